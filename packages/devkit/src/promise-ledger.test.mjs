import { test } from "node:test"
import assert from "node:assert/strict"
import { ledgerGaps, promiseTests } from "./promise-ledger.mjs"

test("reads the promises a test title names, in plain, template, multi-line and table calls, and notes skipped ones", () => {
  // Written with Q- for P-, so the ledger's own scan of this file finds no promises in it.
  const source = [
    `it("[Q-gpc] counts GPC as a refusal", async () => {})`,
    "test(`[Q-cookie-table] [Q-consent-categories] lists ${count} cookies`, async () => {})",
    `test.skip("[Q-proof] not yet", () => {})`,
    `it(`,
    `  "[Q-contact] answers \\"quoted\\" questions",`,
    `  async () => {}`,
    `)`,
    `describe("[Q-not-a-test] a group", () => {})`,
    `it("without a promise", () => {})`,
    `it.each([["a", f(1)], ["b", 2]])("[Q-recipients] holds for %s", (name) => {})`,
  ]
    .join("\n")
    .replaceAll("Q-", "P-")
  assert.deepEqual(
    promiseTests(source).map(({ ids, skipped, line }) => ({ ids, skipped, line })),
    [
      { ids: ["P-gpc"], skipped: false, line: 1 },
      { ids: ["P-cookie-table", "P-consent-categories"], skipped: false, line: 2 },
      { ids: ["P-proof"], skipped: true, line: 3 },
      { ids: ["P-contact"], skipped: false, line: 4 },
      { ids: ["P-recipients"], skipped: false, line: 10 },
    ],
  )
})

test("finds a promise no test names, a name not in the ledger, and a proof that does not run", () => {
  const promises = [{ id: "P-a" }, { id: "P-b" }, { id: "P-c" }]
  const tests = [
    { file: "a.spec.ts", line: 3, ids: ["P-a", "P-x"], skipped: false },
    { file: "b.spec.ts", line: 9, ids: ["P-b"], skipped: true },
  ]
  assert.deepEqual(ledgerGaps(promises, tests), [
    "P-b: no test names it",
    "P-c: no test names it",
    "a.spec.ts:3: names P-x, which is not in the ledger",
    "b.spec.ts:9: proves P-b but is skipped",
  ])
})
