import { Lru } from './lru.ts';

interface Weighed {
  value: unknown;
  bytes: number;
}

/**
 * What searches remember while the index is unchanged (matched rows, facet counts, relevance),
 * of every kind under one budget of bytes: whatever was used least recently goes first, so the
 * memory follows the searches residents actually repeat instead of a fixed share per kind.
 */
export class Remembered {
  private readonly store: Lru<string, Weighed>;

  constructor(budgetBytes: number) {
    this.store = new Lru<string, Weighed>(budgetBytes, (entry) => entry.bytes);
  }

  /** One kind of remembered value; `bytesOf` estimates what a value holds on the heap (its key is added). */
  kind<V>(name: string, bytesOf: (value: V) => number): Memo<V> {
    const prefix = `${name}\u0000`;
    return {
      get: (key) => this.store.get(prefix + key)?.value as V | undefined,
      set: (key, value) => this.store.set(prefix + key, { value, bytes: bytesOf(value) + 2 * key.length }),
    };
  }

  clear(): void {
    this.store.clear();
  }
}

export interface Memo<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}
