import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { CLIENT_NAMESPACES, clientMessages } from "../client-messages"
import nl from "../../../messages/nl.json"

const SRC = path.resolve(__dirname, "../..")

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return name === "__tests__" ? [] : sourceFiles(file)
    return /\.tsx?$/.test(name) ? [file] : []
  })
}

/** An import of the storefront's own code, as a file path; packages are not followed. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(SRC, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null
  if (!base) return null
  return [".tsx", ".ts", "/index.tsx", "/index.ts"].map((ext) => base + ext).find((file) => existsSync(file)) ?? null
}

/** Namespaces asked for by code that runs in the browser: "use client" files and everything they import. */
function browserNamespaces(): Map<string, string> {
  const queue = sourceFiles(SRC).filter((file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8")))
  const seen = new Set<string>()
  const found = new Map<string, string>()
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    const text = readFileSync(file, "utf8")
    for (const match of text.matchAll(/useTranslations\(\s*([^)]*)\)/g)) {
      const namespace = /^["']([^"'.]+)/.exec(match[1] ?? "")?.[1] ?? `(all messages: ${match[0]})`
      found.set(namespace, path.relative(SRC, file))
    }
    for (const match of text.matchAll(/from\s+["']([^"']+)["']/g)) {
      const imported = resolveImport(file, match[1]!)
      if (imported) queue.push(imported)
    }
  }
  return found
}

describe("messages sent to the browser", () => {
  it("hold every namespace that browser code asks for", () => {
    const missing = [...browserNamespaces()].filter(
      ([namespace]) => !(CLIENT_NAMESPACES as readonly string[]).includes(namespace),
    )
    expect(missing).toEqual([])
  })

  it("finds the browser code's namespaces (the scan reads the forms and the variant picker)", () => {
    const found = browserNamespaces()
    expect(found.get("product")).toBeDefined()
    expect(found.get("newsletter")).toBe("modules/newsletter/forms.tsx")
  })

  it("leave out the texts only the server renders", () => {
    const sent = clientMessages(nl)
    expect(Object.keys(sent).sort()).toEqual([...CLIENT_NAMESPACES].sort())
    expect(sent).not.toHaveProperty("privacy")
    expect(sent).not.toHaveProperty("shopInfo")
  })
})
