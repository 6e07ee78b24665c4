import assert from "node:assert/strict"
import { readdirSync, readFileSync, existsSync } from "node:fs"
import path from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")

/** Every workspace folder of the root package.json ("packages/*" expanded). */
function workspaces() {
  const { workspaces } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"))
  return workspaces.flatMap((pattern) =>
    pattern.endsWith("/*")
      ? readdirSync(path.join(root, pattern.slice(0, -2)))
          .map((name) => `${pattern.slice(0, -2)}/${name}`)
          .filter((dir) => existsSync(path.join(root, dir, "package.json")))
      : [pattern],
  )
}

test("the image installs every workspace: each package.json is copied in before npm ci", () => {
  const dockerfile = readFileSync(path.join(root, "Dockerfile"), "utf8")
  const beforeInstall = dockerfile.slice(0, dockerfile.indexOf("RUN npm ci"))
  const copied = new Set([...beforeInstall.matchAll(/^COPY (\S+)\/package\.json \1\/$/gm)].map((match) => match[1]))
  assert.ok(workspaces().length >= 8)
  assert.deepEqual(
    workspaces().filter((dir) => !copied.has(dir)),
    [],
  )
})
