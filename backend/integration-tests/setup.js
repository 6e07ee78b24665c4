// Each suite boots Medusa anew; MikroORM keeps entity metadata globally, so clear it between suites.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
MetadataStorage.clear()
