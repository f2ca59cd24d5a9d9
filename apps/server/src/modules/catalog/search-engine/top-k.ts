import type { Cursor } from './cursor.ts';
import { idKeyOf, type RowStore } from './rows.ts';

/**
 * The first k rows in (key, id) order after a cursor, kept in a max-heap so a page out of many
 * matches costs n·log k, not a sort of them all. Ids compare by their first 52 bits, then whole.
 */
export class TopK {
  private readonly heap: { row: number; key: number }[] = [];
  private cursor: { k: number; idKey: number; id: string } | null = null;

  constructor(
    private readonly k: number,
    private readonly rows: RowStore,
  ) {}

  after(cursor: Cursor | null) {
    this.cursor = cursor ? { k: cursor.k, idKey: idKeyOf(cursor.id), id: cursor.id } : null;
  }

  /** Negative when (keyA, rowA) comes first. */
  private compare(keyA: number, rowA: number, keyB: number, rowB: number): number {
    if (keyA !== keyB) return keyA < keyB ? -1 : 1;
    const a = this.rows.idKey[rowA]!;
    const b = this.rows.idKey[rowB]!;
    if (a !== b) return a < b ? -1 : 1;
    const idA = this.rows.ids[rowA]!;
    const idB = this.rows.ids[rowB]!;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  }

  private afterCursor(row: number, key: number): boolean {
    const c = this.cursor!;
    if (key !== c.k) return key > c.k;
    const idKey = this.rows.idKey[row]!;
    if (idKey !== c.idKey) return idKey > c.idKey;
    return this.rows.ids[row]! > c.id;
  }

  offer(row: number, key: number) {
    if (this.cursor && !this.afterCursor(row, key)) return;
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push({ row, key });
      this.up(heap.length - 1);
    } else if (this.k > 0 && this.compare(key, row, heap[0]!.key, heap[0]!.row) < 0) {
      heap[0] = { row, key };
      this.down(0);
    }
  }

  /** The key a row must not exceed to enter (Infinity until k rows are kept). */
  get bound(): number {
    return this.heap.length < this.k ? Infinity : this.heap[0]!.key;
  }

  /** The cursor's key: rows with a smaller one come before it. */
  get floor(): number {
    return this.cursor ? this.cursor.k : -Infinity;
  }

  sorted(): { row: number; key: number }[] {
    return [...this.heap].sort((a, b) => this.compare(a.key, a.row, b.key, b.row));
  }

  // The root is the last of the kept rows, so a better row replaces it.
  private worse(i: number, j: number) {
    const a = this.heap[i]!;
    const b = this.heap[j]!;
    return this.compare(a.key, a.row, b.key, b.row) > 0;
  }

  private swap(i: number, j: number) {
    const t = this.heap[i]!;
    this.heap[i] = this.heap[j]!;
    this.heap[j] = t;
  }

  private up(i: number) {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number) {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let top = i;
      if (left < this.heap.length && this.worse(left, top)) top = left;
      if (right < this.heap.length && this.worse(right, top)) top = right;
      if (top === i) return;
      this.swap(i, top);
      i = top;
    }
  }
}

/**
 * The first `count` rows after the cursor out of rows already in (key, id) order, `keys` aligned
 * with them (none: every key is 0, a search without words): a binary search and a slice.
 */
export function pageInOrder(rows: RowStore, ordered: Int32Array, keys: Float64Array | null, cursor: Cursor | null, count: number): { row: number; key: number }[] {
  let start = 0;
  if (cursor) {
    const idKey = idKeyOf(cursor.id);
    let high = ordered.length;
    while (start < high) {
      const middle = (start + high) >>> 1;
      const row = ordered[middle]!;
      const key = keys ? keys[middle]! : 0;
      const rowIdKey = rows.idKey[row]!;
      const before = key !== cursor.k ? key < cursor.k : rowIdKey !== idKey ? rowIdKey < idKey : rows.ids[row]! <= cursor.id;
      if (before) start = middle + 1;
      else high = middle;
    }
  }
  return Array.from(ordered.subarray(start, start + count), (row, k) => ({ row, key: keys ? keys[start + k]! : 0 }));
}

/** Rows enough for the first pages of a ranking: most residents never page further. */
const HEAD_ROWS = 256;

/**
 * The first rows of a ranking, in order, made once for matches that are ranked again: their
 * pages are then slices, and only pages past the head rank all the matches again.
 */
export class RankedHead {
  private constructor(
    private readonly ordered: Int32Array,
    private readonly keys: Float64Array,
    /** Whether the head holds every row ranked. */
    private readonly whole: boolean,
  ) {}

  static of(rows: RowStore, matched: Int32Array, keyOf: (k: number) => number): RankedHead {
    const top = new TopK(HEAD_ROWS, rows);
    for (let k = 0; k < matched.length; k++) top.offer(matched[k]!, keyOf(k));
    const sorted = top.sorted();
    return new RankedHead(Int32Array.from(sorted, (s) => s.row), Float64Array.from(sorted, (s) => s.key), sorted.length === matched.length);
  }

  /** The page after the cursor, or null when it reaches past the head. */
  page(rows: RowStore, cursor: Cursor | null, count: number): { row: number; key: number }[] | null {
    const page = pageInOrder(rows, this.ordered, this.keys, cursor, count);
    if (page.length === count || this.whole) return page;
    return null;
  }

  static readonly bytes = HEAD_ROWS * 12;
}
