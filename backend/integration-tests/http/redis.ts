import { gunzipSync } from "node:zlib"
import Redis from "ioredis"

/** A Redis database the suite may empty: RETENTION_TEST_REDIS_URL's server, this database number. */
export function testRedisUrl(database: number): string {
  const url = new URL(process.env.RETENTION_TEST_REDIS_URL || "redis://127.0.0.1:6379")
  url.pathname = `/${database}`
  return url.toString()
}

/** A connection for the suite (call inside the test suite); its database is emptied after the suite. */
export function redisForSuite(url: string): () => Redis {
  let redis: Redis
  beforeAll(async () => {
    redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 })
    await redis.connect()
  })
  afterAll(async () => {
    await redis.flushdb()
    redis.disconnect()
  })
  return () => redis
}

export type RedisKey = { key: string; ttl: number; text: string }

/** Every key matching `match` with its time to live and all the text it holds: members, fields, values, unpacked. */
export async function keyspace(redis: Redis, match = "*"): Promise<RedisKey[]> {
  const keys: RedisKey[] = []
  for await (const batch of redis.scanStream({ match, count: 500 }) as AsyncIterable<string[]>) {
    for (const key of batch) {
      const type = await redis.type(key)
      const parts: string[] = []
      if (type === "string") parts.push(unpack(await redis.getBuffer(key)))
      if (type === "set") parts.push(...(await redis.smembers(key)))
      if (type === "zset") parts.push(...(await redis.zrange(key, 0, -1)))
      if (type === "list") parts.push(...(await redis.lrange(key, 0, -1)))
      if (type === "hash")
        for (const [field, value] of Object.entries(await redis.hgetallBuffer(key))) parts.push(field, unpack(value))
      if (type === "stream") parts.push(JSON.stringify(await redis.xrange(key, "-", "+")))
      keys.push({ key, ttl: await redis.ttl(key), text: parts.join("\n") })
    }
  }
  return keys
}

/** Medusa's cache marks its values: a 0 byte before plain JSON, a 1 before gzip. */
function unpack(value: Buffer | null): string {
  if (!value) return ""
  if (value[0] === 0) return value.subarray(1).toString("utf8")
  if (value[0] !== 1) return value.toString("utf8")
  try {
    return gunzipSync(value.subarray(1)).toString("utf8")
  } catch {
    return value.toString("utf8")
  }
}
