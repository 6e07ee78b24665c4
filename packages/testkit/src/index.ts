export * from "./mail-catcher"
export * from "./zip"
