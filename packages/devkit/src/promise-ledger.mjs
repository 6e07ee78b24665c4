// The promise ledger's static half: every promise of packages/privacy/src/promises.ts is named by a
// test title (`[P-…]`), every promise a title names is in the ledger, and no such test is skipped.
// (The browser half, storefront/e2e/promise-ledger.spec.ts, checks that every rendered sentence
// carries a promise id and every promise of a surface is rendered.)
//   node promise-ledger.mjs --check               fails (exit 1) on any gap; `npm test` runs it
//   node promise-ledger.mjs --write <file.json>   the proof page's data, at the storefront's build
import { execFileSync } from "node:child_process"
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises"
import { dirname, join, relative } from "node:path"
import { ROOT } from "./paths.mjs"

/** Where tests live: Jest (unit and integration), node:test and Playwright. */
const TEST_ROOTS = ["backend/integration-tests", "backend/src", "packages", "storefront/e2e", "storefront/src"]
const TEST_FILE = /(\.spec|\.test)\.(ts|tsx|mjs|js)$|__tests__\/.*\.(ts|tsx|mjs|js)$/
/** Where `npm test` notes its last full pass (packages/devkit/src/test.mjs). */
export const LAST_PASS_FILE = join(ROOT, ".proof", "last-pass.json")

async function* testFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    if (entry.name === "node_modules" || entry.name === "dist" || entry.name.startsWith(".")) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* testFiles(path)
    else if (TEST_FILE.test(path)) yield path
  }
}

/**
 * The tests of one source file that name promises: `it(…)`/`test(…)` calls (Jest, node:test, Playwright), `.each`
 * tables included, whose title, a plain or template string, holds `[P-…]`. `skipped`: it.skip, test.skip, test.fixme,
 * xit — a promise is never proven by a test that does not run.
 */
export function promiseTests(source) {
  const found = []
  // it(…), it.skip(…), and it.each(table)(…): the title is the first string of the call.
  const call =
    /\b(x?it|test)((?:\.(?:only|skip|fixme|concurrent|failing))*)(?:\.each\b[\s\S]*?\)\s*)?\(\s*(["'`])((?:\\.|(?!\3)[\s\S])*?)\3/g
  for (const match of source.matchAll(call)) {
    const title = match[4]
    const ids = [...title.matchAll(/\[(P-[a-z0-9-]+)\]/g)].map((m) => m[1])
    if (!ids.length) continue
    const skipped = match[1] === "xit" || /\.(skip|fixme)/.test(match[2])
    found.push({ title, ids, skipped, line: source.slice(0, match.index).split("\n").length })
  }
  return found
}

/** Every promise-naming test of the repository, with its file relative to the root. */
export async function collectPromiseTests() {
  const tests = []
  for (const root of TEST_ROOTS) {
    for await (const file of testFiles(join(ROOT, root))) {
      for (const test of promiseTests(await readFile(file, "utf8"))) tests.push({ file: relative(ROOT, file), ...test })
    }
  }
  return tests
}

/** What is wrong with the ledger: promises no test names, names no promise has, skipped proofs. */
export function ledgerGaps(promises, tests) {
  const known = new Set(promises.map((p) => p.id))
  const gaps = []
  for (const promise of promises) {
    if (!tests.some((t) => !t.skipped && t.ids.includes(promise.id))) gaps.push(`${promise.id}: no test names it`)
  }
  for (const test of tests) {
    for (const id of test.ids)
      if (!known.has(id)) gaps.push(`${test.file}:${test.line}: names ${id}, which is not in the ledger`)
    if (test.skipped) gaps.push(`${test.file}:${test.line}: proves ${test.ids.join(", ")} but is skipped`)
  }
  return gaps
}

/** The commit this source is, when git knows it (a Docker build has no .git: HELDER_BUILD_COMMIT, else null). */
function currentCommit() {
  if (process.env.HELDER_BUILD_COMMIT) return process.env.HELDER_BUILD_COMMIT
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim()
  } catch {
    return null
  }
}

/** Notes a full pass of `npm test` for the current commit (called by test.mjs). */
export async function recordPass(at = new Date()) {
  await mkdir(dirname(LAST_PASS_FILE), { recursive: true })
  await writeFile(LAST_PASS_FILE, JSON.stringify({ commit: currentCommit(), at: at.toISOString() }, null, 2) + "\n")
}

/**
 * The ledger itself, loaded only when asked: test.mjs imports this file before the build made @helder/privacy's dist.
 */
async function ledger() {
  return (await import("@helder/privacy")).PROMISES
}

/** The proof page's data: each promise with its tests, and the last full pass of this very commit. */
export async function proofData() {
  const [tests, promises] = await Promise.all([collectPromiseTests(), ledger()])
  const commit = currentCommit()
  const pass = await readFile(LAST_PASS_FILE, "utf8").then(JSON.parse, () => null)
  return {
    commit,
    lastPass: pass && commit && pass.commit === commit ? pass.at : null,
    promises: promises.map((promise) => ({
      ...promise,
      tests: tests
        .filter((t) => !t.skipped && t.ids.includes(promise.id))
        .map(({ file, line, title }) => ({ file, line, title })),
    })),
  }
}

async function main(args) {
  if (args[0] === "--write" && args[1]) {
    await mkdir(dirname(args[1]), { recursive: true })
    await writeFile(args[1], JSON.stringify(await proofData(), null, 2) + "\n")
    return 0
  }
  if (args[0] === "--check") {
    const [tests, promises] = await Promise.all([collectPromiseTests(), ledger()])
    const gaps = ledgerGaps(promises, tests)
    console.log(`Promise ledger: ${promises.length} promises, ${tests.length} tests name them, ${gaps.length} gaps`)
    for (const gap of gaps) console.error(`  ${gap}`)
    return gaps.length ? 1 : 0
  }
  console.error("usage: promise-ledger.mjs --check | --write <file.json>")
  return 2
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(await main(process.argv.slice(2)))
