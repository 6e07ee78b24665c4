import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import redisLocking from "@medusajs/medusa/locking-redis"
import FairRedisLockingProvider from "./service"

/** Medusa's Redis locking (its connection loader, its locks) with a fair queue per key in each process. */
export default ModuleProvider(Modules.LOCKING, { services: [FairRedisLockingProvider], loaders: redisLocking.loaders })
