/** The shape a translation must have: the same keys as the Danish source, any string values. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
