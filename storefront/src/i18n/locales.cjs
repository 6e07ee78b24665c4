// The shop's languages, Dutch first, in one place that both the app (routing.ts) and the plain Node
// server in front of it (src/lib/page-cache.cjs) can read.
module.exports = { LOCALES: ["nl", "en"] }
