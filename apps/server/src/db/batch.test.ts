import { describe, expect, it } from 'vitest';
import { Batcher } from './batch.ts';

function countingBatcher(maxBatch?: number) {
  const loads: number[][] = [];
  const batcher = new Batcher(async (keys: number[]) => {
    loads.push(keys);
    return keys.map((k) => k * 10);
  }, maxBatch);
  return { batcher, loads };
}

describe('Batcher', () => {
  it('answers lookups asked in the same turn with one load, each with its own answer', async () => {
    const { batcher, loads } = countingBatcher();
    const answers = await Promise.all([1, 2, 3].map((k) => batcher.get(k)));
    expect(answers).toEqual([10, 20, 30]);
    expect(loads).toEqual([[1, 2, 3]]);
  });

  it('loads again for lookups asked after the batch went', async () => {
    const { batcher, loads } = countingBatcher();
    await batcher.get(1);
    await batcher.get(2);
    expect(loads).toEqual([[1], [2]]);
  });

  it('splits a rush into batches of at most the given size', async () => {
    const { batcher, loads } = countingBatcher(2);
    expect(await Promise.all([1, 2, 3, 4, 5].map((k) => batcher.get(k)))).toEqual([10, 20, 30, 40, 50]);
    expect(loads).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('rejects every lookup of a batch whose load failed, and the next batch still works', async () => {
    let fail = true;
    const batcher = new Batcher(async (keys: number[]) => {
      if (fail) throw new Error('database gone');
      return keys;
    });
    const results = await Promise.allSettled([batcher.get(1), batcher.get(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await batcher.get(3)).toBe(3);
  });
});
