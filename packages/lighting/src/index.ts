export * from "./attributes"
export * from "./metadata"
export * from "./catalog-query"
export * from "./prior-price"
