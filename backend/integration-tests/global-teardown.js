module.exports = require("./database-template").dropTemplate
