import { growInto, rowScratch } from './typed-arrays.ts';

/**
 * One bit per row for each value of the filter columns, so a filter over the whole catalogue is
 * a few thousand word operations instead of a test of every row.
 */
export class RowBitmaps {
  private words = 0;
  alive = new Uint32Array(0);
  free = new Uint32Array(0);
  readonly byColumn = {
    lifeCourse: [] as Uint32Array[],
    serviceClass: [] as Uint32Array[],
    producerType: [] as Uint32Array[],
    area: [] as Uint32Array[],
    channels: [] as Uint32Array[],
    languages: [] as Uint32Array[],
    accessibility: [] as Uint32Array[],
  };

  get size() {
    return this.words;
  }

  /** Makes room for rows up to `rows` (exclusive). */
  reserve(rows: number) {
    const words = (rows + 31) >>> 5;
    if (words <= this.words) return;
    const size = Math.max(words, this.words * 2);
    this.alive = growInto(this.alive, new Uint32Array(size));
    this.free = growInto(this.free, new Uint32Array(size));
    for (const list of Object.values(this.byColumn)) list.forEach((b, i) => (list[i] = growInto(b, new Uint32Array(size))));
    this.words = size;
  }

  private bit(list: Uint32Array[], code: number, row: number) {
    while (list.length <= code) list.push(new Uint32Array(this.words));
    list[code]![row >>> 5]! |= 1 << (row & 31);
  }

  /** Sets the row's bits: one code per single-valued column, every bit of the multi-valued ones. */
  add(row: number, single: { lifeCourse: number; serviceClass: number; producerType: number; area: number }, masks: { channels: number; languages: number; accessibility: number }, free: boolean) {
    this.reserve(row + 1);
    const word = row >>> 5;
    const bit = 1 << (row & 31);
    this.alive[word]! |= bit;
    if (free) this.free[word]! |= bit;
    for (const column of ['lifeCourse', 'serviceClass', 'producerType', 'area'] as const) {
      if (single[column] >= 0) this.bit(this.byColumn[column], single[column], row);
    }
    for (const column of ['channels', 'languages', 'accessibility'] as const) {
      for (let m = masks[column]; m !== 0; m &= m - 1) this.bit(this.byColumn[column], 31 - Math.clz32(m & -m), row);
    }
  }

  remove(row: number) {
    this.alive[row >>> 5]! &= ~(1 << (row & 31));
  }
}

// One selection is made at a time (see rowScratch): its words live in this shared space.
let selectionWords = new Uint32Array(0);

/**
 * A filter result under construction: starts as the live rows, narrowed column by column. Its
 * words are shared scratch space: use one selection at a time, and only until the next is made.
 */
export class Selection {
  readonly words: Uint32Array;

  constructor(bitmaps: RowBitmaps) {
    if (selectionWords.length < bitmaps.alive.length) selectionWords = new Uint32Array(bitmaps.alive.length);
    this.words = selectionWords.subarray(0, bitmaps.alive.length);
    this.words.set(bitmaps.alive);
  }

  /** Keeps rows having any of the given bitmaps (none given: no rows). */
  any(bitmaps: (Uint32Array | undefined)[]) {
    const w = this.words;
    const present = bitmaps.filter((b): b is Uint32Array => b !== undefined);
    for (let i = 0; i < w.length; i++) {
      let union = 0;
      for (const b of present) union |= b[i]!;
      w[i]! &= union;
    }
  }

  /** The selected rows in order. */
  rows(): Int32Array {
    const w = this.words;
    let count = 0;
    for (let i = 0; i < w.length; i++) count += popcount(w[i]!);
    const out = new Int32Array(count);
    let n = 0;
    for (let i = 0; i < w.length; i++) {
      for (let bits = w[i]!; bits !== 0; bits &= bits - 1) out[n++] = (i << 5) | (31 - Math.clz32(bits & -bits));
    }
    return out;
  }

  /** The given rows that are selected, in their order, in an array of their own. */
  keep(rows: ArrayLike<number>): Int32Array {
    const w = this.words;
    const out = rowScratch(rows.length);
    let n = 0;
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      if ((w[row >>> 5]! & (1 << (row & 31))) !== 0) out[n++] = row;
    }
    return out.slice(0, n);
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
