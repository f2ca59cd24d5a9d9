import { growInto } from './typed-arrays.ts';

/**
 * Word → rows, for the lexemes of the documents (with each row's weight) and for the words of
 * names and keywords. Built once in compact arrays (CSR); rows added later by incremental
 * updates go to a small overlay; removed rows stay and are skipped by the row store's `alive`.
 */
export class PostingIndex {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** Words in code-unit order for prefix ranges: the sealed ones, and those added after sealing. */
  private sorted: number[] = [];
  private addedSorted: number[] = [];
  private offsets = new Int32Array(1);
  private rows = new Int32Array(0);
  private weights = new Float32Array(0);
  // Before sealing, postings collect in growing typed arrays: millions of them, compactly.
  private pendingWord = new Int32Array(1 << 16);
  private pendingRow = new Int32Array(1 << 16);
  private pendingWeight = new Float32Array(1 << 16);
  private pendingCount = 0;
  private readonly overlay = new Map<number, { rows: number[]; weights: number[] }>();
  private sealed = false;

  idOf(word: string): number | undefined {
    return this.ids.get(word);
  }

  private intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      if (this.sealed) insertSorted(this.addedSorted, id, this.words);
    }
    return id;
  }

  add(word: string, row: number, weight = 0): void {
    const id = this.intern(word);
    if (!this.sealed) {
      if (this.pendingCount === this.pendingRow.length) this.growPending();
      this.pendingWord[this.pendingCount] = id;
      this.pendingRow[this.pendingCount] = row;
      this.pendingWeight[this.pendingCount++] = weight;
      return;
    }
    let entry = this.overlay.get(id);
    if (!entry) this.overlay.set(id, (entry = { rows: [], weights: [] }));
    entry.rows.push(row);
    entry.weights.push(weight);
  }

  private growPending() {
    const size = this.pendingRow.length * 2;
    this.pendingWord = growInto(this.pendingWord, new Int32Array(size));
    this.pendingRow = growInto(this.pendingRow, new Int32Array(size));
    this.pendingWeight = growInto(this.pendingWeight, new Float32Array(size));
  }

  /** Turns what was added into the compact arrays; later additions go to the overlay. */
  seal(): void {
    const count = this.words.length;
    const offsets = new Int32Array(count + 1);
    const n = this.pendingCount;
    for (let k = 0; k < n; k++) offsets[this.pendingWord[k]! + 1]!++;
    for (let i = 0; i < count; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, count);
    const rows = new Int32Array(n);
    const weights = new Float32Array(n);
    for (let k = 0; k < n; k++) {
      const at = fill[this.pendingWord[k]!]!++;
      rows[at] = this.pendingRow[k]!;
      weights[at] = this.pendingWeight[k]!;
    }
    this.offsets = offsets;
    this.rows = rows;
    this.weights = weights;
    this.pendingWord = new Int32Array(0);
    this.pendingRow = new Int32Array(0);
    this.pendingWeight = new Float32Array(0);
    this.pendingCount = 0;
    this.sorted = [...this.words.keys()].sort((a, b) => compare(this.words[a]!, this.words[b]!));
    this.sealed = true;
  }

  /**
   * The rows holding a word (removed rows included) as `rows[start..end)` with their weights, plus
   * those added since sealing: hot loops read these directly instead of calling back per row.
   */
  postingsOf(id: number): { rows: Int32Array; weights: Float32Array; start: number; end: number; added?: { rows: number[]; weights: number[] } } {
    const sealed = id + 1 < this.offsets.length;
    return {
      rows: this.rows,
      weights: this.weights,
      start: sealed ? this.offsets[id]! : 0,
      end: sealed ? this.offsets[id + 1]! : 0,
      added: this.overlay.get(id),
    };
  }

  /** Calls `visit(row, weight)` for every row holding the word (removed rows included). */
  forEach(id: number, visit: (row: number, weight: number) => void): void {
    const { rows, weights, start, end, added } = this.postingsOf(id);
    for (let k = start; k < end; k++) visit(rows[k]!, weights[k]!);
    if (added) for (let k = 0; k < added.rows.length; k++) visit(added.rows[k]!, added.weights[k]!);
  }

  /** Ids of the words starting with the prefix. */
  withPrefix(prefix: string): number[] {
    return [...prefixRange(this.sorted, this.words, prefix), ...prefixRange(this.addedSorted, this.words, prefix)];
  }

  /** Postings added since sealing: when many, a full rebuild is cheaper to query. */
  get overlaySize(): number {
    let n = 0;
    for (const entry of this.overlay.values()) n += entry.rows.length;
    return n;
  }

  get postings(): number {
    return this.rows.length;
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function lowerBound(sorted: number[], words: string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[sorted[mid]!]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(sorted: number[], id: number, words: string[]) {
  sorted.splice(lowerBound(sorted, words, words[id]!), 0, id);
}

function prefixRange(sorted: number[], words: string[], prefix: string): number[] {
  const out: number[] = [];
  for (let i = lowerBound(sorted, words, prefix); i < sorted.length && words[sorted[i]!]!.startsWith(prefix); i++) out.push(sorted[i]!);
  return out;
}
