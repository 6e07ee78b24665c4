// Run by `medusa exec bench/check-erasures.cjs` from the backend's build on a shop's database: the night's residue
// check (jobs/check-erasures) for every erasure waiting for it, timed. Prints `check: <ms> ms, <counts>`.
const { createRequire } = require("node:module")
const path = require("node:path")

async function checkErasures({ container }) {
  const build = createRequire(path.join(process.cwd(), "package.json"))
  const { default: checkErasuresJob } = build("./src/jobs/check-erasures.js")
  const started = performance.now()
  const counts = await checkErasuresJob(container)
  console.log(`check: ${Math.round(performance.now() - started)} ms, ${JSON.stringify(counts)}`)
}

module.exports = { default: checkErasures }
