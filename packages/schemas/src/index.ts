export * from "./contact"
export * from "./address"
export * from "./password"
export * from "./account"
