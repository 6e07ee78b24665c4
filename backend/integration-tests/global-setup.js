module.exports = require("./database-template").createTemplate
