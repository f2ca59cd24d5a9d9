import type { Db } from './client.ts';

interface Waiting<K, V> {
  key: K;
  resolve: (value: V) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the lookups asked for while the current I/O events are handled and answers them with
 * one query. Under a rush hundreds of requests each read a session or check a time at the same
 * moment; one statement for all of them spares the database and the socket a round trip each.
 * Alone, a lookup waits only for the end of the current turn of the event loop.
 */
export class Batcher<K, V> {
  private waiting: Waiting<K, V>[] = [];
  private scheduled = false;

  constructor(
    /** Answers for the keys, in their order. */
    private readonly load: (keys: K[]) => Promise<V[]>,
    private readonly maxBatch = 500,
  ) {}

  get(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      if (this.waiting.length >= this.maxBatch) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.flush();
        });
      }
    });
  }

  private flush(): void {
    const batch = this.waiting;
    if (batch.length === 0) return;
    this.waiting = [];
    this.load(batch.map((w) => w.key)).then(
      (values) => batch.forEach((w, i) => w.resolve(values[i]!)),
      (error: unknown) => batch.forEach((w) => w.reject(error)),
    );
  }
}

/** One batcher per database, like `preparedPerDatabase`. */
export function batchedPerDatabase<K, V>(load: (db: Db, keys: K[]) => Promise<V[]>): (db: Db) => Batcher<K, V> {
  const batchers = new WeakMap<Db, Batcher<K, V>>();
  return (db) => {
    let batcher = batchers.get(db);
    if (batcher === undefined) batchers.set(db, (batcher = new Batcher((keys) => load(db, keys))));
    return batcher;
  };
}
