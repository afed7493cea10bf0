/** The shape of a message tree with every string widened: the other language must match it. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
