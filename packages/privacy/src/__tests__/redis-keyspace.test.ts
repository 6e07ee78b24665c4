import { DATA_CATEGORIES } from "../data-categories"
import { REDIS_KEYSPACE, redisFamiliesOf } from "../redis-keyspace"
import { COLUMN_MARKERS } from "../schema-inventory"

describe("the Redis keyspace inventory", () => {
  it("classifies each family as data categories of the map or none, and only personal families with a time to live", () => {
    const known = new Set<string>([...DATA_CATEGORIES.map((category) => category.id), ...COLUMN_MARKERS])
    expect(REDIS_KEYSPACE.flatMap((family) => family.holds.filter((cls) => !known.has(cls)))).toEqual([])
    const personal = REDIS_KEYSPACE.filter((family) => family.holds.some((cls) => cls !== "none"))
    expect(personal.filter((family) => family.lifetime !== "ttl").map((family) => family.pattern)).toEqual([])
  })

  it("puts each key the backend writes in exactly one family, and a key nobody declared in none", () => {
    const keys = [
      "mc:0f1e2d3c4b5a6978",
      "mc:tag:0f1e2d3c4b5a6978",
      "mc:tags:0f1e2d3c4b5a6978",
      `helder-rl-login:${"ab".repeat(32)}`,
      "RedisEventBusService:events-queue:1509",
      "staging:01M989AJQB522716XMNVP76PMS",
      "bull:medusa-workflows-jobs:repeat",
      "medusa_lock:cart_01",
    ]
    expect(keys.map((key) => redisFamiliesOf(key).length)).toEqual(keys.map(() => 1))
    for (const stranger of [
      "sess:abc",
      "mc:customer:anna@example.nl",
      "helder-rl-login:anna@example.nl",
      "bull:other:1",
    ])
      expect(redisFamiliesOf(stranger)).toEqual([])
  })
})
