/**
 * A bounded map that forgets the least recently used entries first. The bound is a count of
 * entries, or of whatever `weigh` measures (rows held, say).
 */
export class Lru<K, V> {
  private readonly entries = new Map<K, { value: V; at: number }>();
  private weight = 0;
  /** Counts insertions: an entry's `at` tells how many came after it. */
  private clock = 0;

  constructor(
    private readonly capacity: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    // Moving an entry to the newest end costs a delete and an insert: only one in the older
    // half is moved, which is all eviction (from the oldest end) needs to spare what is used.
    if (this.clock - entry.at > this.entries.size >> 1) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      entry.at = ++this.clock;
    }
    return entry.value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    const weight = this.weigh(value);
    if (weight > this.capacity) return;
    while (this.entries.size > 0 && this.weight + weight > this.capacity) this.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, at: ++this.clock });
    this.weight += weight;
  }

  private delete(key: K): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.weight -= this.weigh(entry.value);
  }

  clear(): void {
    this.entries.clear();
    this.weight = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}
