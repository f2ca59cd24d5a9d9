type Column = Int8Array | Uint8Array | Int32Array | Uint32Array | Float32Array | Float64Array;

/** `to` (a larger array of the same kind) holding `from`'s values first: how columns grow. */
export function growInto<T extends Column>(from: T, to: T): T {
  to.set(from);
  return to;
}
