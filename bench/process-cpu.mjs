// CPU time of the processes a bench started, read from /proc: what a server spent, counted by the kernel,
// whatever the load script saw. Linux only.
import { readdirSync, readFileSync, readlinkSync } from "node:fs"
import path from "node:path"

/** Milliseconds per clock tick of /proc/<pid>/stat (USER_HZ: 100 on every Linux this runs on). */
const TICK_MS = 10

/** Every process under /proc with its parent, state and CPU time (user + system, ms); gone ones are skipped. */
function processes() {
  const list = []
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8")
      // The command name may hold spaces and parentheses: the fields start after its last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"))
      list.push({
        pid: Number(name),
        ppid: Number(fields[1]),
        comm,
        cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
      })
    } catch {
      // ended while we looked
    }
  }
  return list
}

function cwdOf(pid) {
  try {
    return readlinkSync(`/proc/${pid}/cwd`)
  } catch {
    return ""
  }
}

/**
 * The CPU milliseconds so far of this script's descendants, per process with its group: `groups` maps a
 * name to a folder, and a process belongs to the first group whose folder its working directory is in (its
 * children too, wherever they run); PostgreSQL's processes count as "postgres".
 */
export function cpuSnapshot(groups) {
  const all = processes()
  const children = new Map()
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p])
  const snapshot = new Map()
  const visit = (p, group) => {
    let mine = group
    if (!mine) {
      if (p.comm === "postgres") mine = "postgres"
      else {
        const cwd = cwdOf(p.pid)
        mine = Object.entries(groups).find(([, dir]) => cwd === dir || cwd.startsWith(dir + path.sep))?.[0]
      }
    }
    if (mine) snapshot.set(p.pid, { group: mine, cpuMs: p.cpuMs })
    for (const child of children.get(p.pid) ?? []) visit(child, mine)
  }
  for (const child of children.get(process.pid) ?? []) visit(child, null)
  return snapshot
}

/**
 * A group's CPU milliseconds between two snapshots: each process's growth, a new one's whole time. A process
 * that ended in between loses what it spent since the first snapshot (PostgreSQL ends a connection's process
 * when the pool lets it go), so that figure is a floor.
 */
export function cpuBetween(before, after, group) {
  let total = 0
  for (const [pid, now] of after) if (now.group === group) total += now.cpuMs - (before.get(pid)?.cpuMs ?? 0)
  return total
}

/**
 * Waits until a group's processes have gone quiet (under `idleMs` of CPU in a second), at most `maxMs`:
 * work an order leaves behind (subscribers, invoices, mails) is counted before the next round starts.
 */
export async function settle(groups, name, { idleMs = 30, maxMs = 60_000 } = {}) {
  const started = Date.now()
  let last = cpuSnapshot(groups)
  while (Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const now = cpuSnapshot(groups)
    if (cpuBetween(last, now, name) < idleMs) return
    last = now
  }
}
