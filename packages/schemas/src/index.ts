export * from "./address"
