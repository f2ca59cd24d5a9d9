type Column = Int8Array | Uint8Array | Int32Array | Uint32Array | Float32Array | Float64Array;

/** `to` (a larger array of the same kind) holding `from`'s values first: how columns grow. */
export function growInto<T extends Column>(from: T, to: T): T {
  to.set(from);
  return to;
}

// Searches never interleave (nothing between picking rows and copying them out awaits), so they
// can share one scratch array instead of making and dropping one the size of every input.
let scratch = new Int32Array(1 << 16);

/**
 * Scratch space of at least `length` rows, for picking rows before copying out the kept ones: only
 * what is kept is allocated, which spares the collector (V8 collects early when much memory is
 * made). The caller must copy what it keeps before anything else uses the scratch.
 */
export function rowScratch(length: number): Int32Array {
  if (scratch.length < length) scratch = new Int32Array(Math.max(length, scratch.length * 2));
  return scratch;
}
