// The drizzle schema, split by domain. Imported whole by db/index.ts and drizzle.config.ts.
export * from "./enums";
export * from "./auth";
export * from "./organizations";
export * from "./locks";
export * from "./sites";
export * from "./resources";
export * from "./communities";
export * from "./bookings";
export * from "./access";
export * from "./notifications";
export * from "./audit";
