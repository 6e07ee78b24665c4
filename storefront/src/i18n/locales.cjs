// The shop's languages, Dutch first, from the contract both apps share; a CommonJS file so that the plain
// Node server in front of the app (src/lib/page-cache.cjs) reads them as the app (routing.ts) does.
module.exports = { LOCALES: require("@helder/contract").LOCALES }
