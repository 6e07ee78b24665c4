/**
 * Pages read once for several kinds of an export. Reading a page yields one part per reader (a kind's rows, the
 * zip's list of PDFs); each part is kept until its reader takes it and dropped then, so what waits between the
 * readers is the rows each kind shows, never the page's raw read. A part taken a second time reads its page again.
 */
export class SharedPages<P extends Record<string, unknown>> {
  private readonly pending = new Map<number, { page: Promise<P>; taken: Set<keyof P> }>()

  constructor(
    /** How many pages there are. */
    readonly count: number,
    private readonly read: (index: number) => Promise<P>,
  ) {}

  /** One part of every page, in page order; a page is read when its first part is asked for. */
  async *part<K extends keyof P>(key: K): AsyncIterable<P[K]> {
    for (let index = 0; index < this.count; index++) yield await this.take(index, key)
  }

  private async take<K extends keyof P>(index: number, key: K): Promise<P[K]> {
    let entry = this.pending.get(index)
    if (!entry || entry.taken.has(key)) {
      entry = { page: this.read(index), taken: new Set() }
      this.pending.set(index, entry)
    }
    entry.taken.add(key)
    const current = entry
    let page: P
    try {
      page = await current.page
    } catch (error) {
      // A failed read is not kept: whoever asks next reads the page again.
      if (this.pending.get(index) === current) this.pending.delete(index)
      throw error
    }
    const part = page[key]
    // Handed over: the page keeps only the parts still to be taken, and goes once they all are.
    Reflect.deleteProperty(page, key)
    if (!Object.keys(page).length && this.pending.get(index) === current) this.pending.delete(index)
    return part
  }
}
