// Medusa's own Next.js starter (medusajs/dtc-starter, apps/storefront) beside Helder's storefront in
// bench:lighthouse: built with `next build` and served with `next start` against the bench shop's
// backend, so both storefronts show the same catalog from the same API.
//
// Set-up, once, outside this repository (the starter has its own dependencies, Next 15.5):
//   git --git-dir=<a clone of medusajs/dtc-starter> archive HEAD apps/storefront | tar -x -C /work/bench-starter
//   cd /work/bench-starter/apps/storefront && npm install
// then BENCH_STARTER_DIR=/work/bench-starter/apps/storefront npm run bench:lighthouse.
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { launch, run, waitForHttp } from "../packages/devkit/src/processes.mjs"
import { benchLog } from "./shop.mjs"

/**
 * Helder's backend answers only the `fields` its own storefront asks for (backend/src/api/surface), so
 * the starter's requests for more answer 400 and its pages fail. Each edit drops the fields Helder
 * refuses and nothing else; where the starter asked for a relation Medusa sends by default, it still
 * gets it. Every other store route the measured pages call is open to the starter as it is.
 */
const EDITS = [
  {
    file: "src/lib/data/products.ts",
    from: `"*variants.calculated_price,+variants.inventory_quantity,*variants.images,*variants.options,+metadata,+tags,"`,
    to: `"*variants.calculated_price,+variants.inventory_quantity,*variants.options,+metadata"`,
    why: "variant images and tags are not in Helder's product lists (the product's own images still come)",
  },
  {
    file: "src/lib/data/categories.ts",
    from: `          fields:\n            "*category_children, *products, *parent_category, *parent_category.parent_category",\n`,
    to: "",
    why: "Medusa's default category fields hold the parent and children; *products only sized a loading skeleton",
  },
  {
    file: "src/lib/data/categories.ts",
    from: `          fields: "*category_children, *products",\n`,
    to: "",
    why: "as above",
  },
  {
    file: "src/lib/data/collections.ts",
    from: `query: { handle, fields: "*products" },`,
    to: `query: { handle },`,
    why: "collections are catalog routes without field lists at Helder (not on a measured page)",
  },
  {
    file: "src/modules/layout/templates/footer/index.tsx",
    from: `listCollections({\n    fields: "*products",\n  });`,
    to: `listCollections({});`,
    why: "the footer lists collection titles only",
  },
  {
    file: "src/app/[countryCode]/(main)/collections/[handle]/page.tsx",
    from: `listCollections({\n    fields: "*products",\n  })`,
    to: `listCollections({})`,
    why: "the collection pages' list of handles, asked for at build time",
  },
  {
    file: "src/app/[countryCode]/(main)/page.tsx",
    from: `listCollections({\n    fields: "id, handle, title",\n  })`,
    to: `listCollections({})`,
    why: "Medusa's default collection fields hold id, handle and title",
  },
  {
    file: "src/modules/store/components/refinement-list/options-picker/index.tsx",
    from: `            fields: "*values",\n`,
    to: "",
    why: "Medusa's default product option fields hold the values",
  },
]

/** Applies the edits to the starter's source once (a marker file says they are made); a missing text throws. */
export function fitStarterToHelder(dir) {
  const marker = path.join(dir, ".fitted-to-helder")
  if (existsSync(marker)) return
  for (const edit of EDITS) {
    const file = path.join(dir, edit.file)
    const text = readFileSync(file, "utf8")
    if (!text.includes(edit.from)) throw new Error(`the starter changed: ${edit.file} no longer has ${edit.from}`)
    writeFileSync(file, text.replace(edit.from, edit.to))
  }
  writeFileSync(marker, EDITS.map((edit) => `${edit.file}: ${edit.why}\n`).join(""))
}

/**
 * Builds the starter against the bench shop (its publishable key, backend URL and the NL region are
 * compiled into the build) and serves it with `next start` on `port`; stopped with the shop.
 */
export async function startStarter(shop, { dir, port }) {
  if (!existsSync(path.join(dir, "node_modules", "next")))
    throw new Error(`${dir} has no node_modules: run npm install there first (see bench/starter.mjs)`)
  fitStarterToHelder(dir)
  const url = `http://localhost:${port}`
  const env = {
    NODE_ENV: "production",
    NEXT_PUBLIC_MEDUSA_BACKEND_URL: shop.backendUrl,
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: shop.key,
    NEXT_PUBLIC_DEFAULT_REGION: "nl",
    NEXT_PUBLIC_BASE_URL: url,
  }
  const next = path.join(dir, "node_modules", "next", "dist", "bin", "next")
  // A fresh bench database has a new publishable key, and the build compiles it in: built every run.
  await run("node", [next, "build"], { cwd: dir, env, quiet: true })
  const child = launch("starter", "node", [next, "start", "-p", String(port)], { cwd: dir, env, onLine: benchLog })
  // The starter's middleware sends / to /nl (NEXT_PUBLIC_DEFAULT_REGION).
  await waitForHttp(`${url}/nl`, { child })
  return url
}
