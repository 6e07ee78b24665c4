export * from "./mail-catcher"
