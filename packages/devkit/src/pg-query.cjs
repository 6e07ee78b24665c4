// One query against a database, on a connection of its own. CommonJS, so both the ESM scripts of the
// devkit and CommonJS callers (db-roles.cjs, loaded by the backend's Jest tests too) can use it.
const pg = require("pg")

/** Runs one query against a database and closes the connection. */
async function query(settings, database, text, values = []) {
  const client = new pg.Client({ ...settings, database })
  await client.connect()
  try {
    return (await client.query(text, values)).rows
  } finally {
    await client.end()
  }
}

module.exports = { query }
