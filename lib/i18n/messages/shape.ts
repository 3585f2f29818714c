/** The German catalog must have exactly the English catalog's keys (strings may differ). */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
