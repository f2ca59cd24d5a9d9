import { describe, expect, it } from 'vitest';
import { Lru } from './lru.ts';

describe('Lru', () => {
  it('forgets the least recently used first', () => {
    const lru = new Lru<string, number>(4);
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) lru.set(key, i);
    expect(lru.get('a')).toBe(0);
    lru.set('e', 4);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(0);
    expect(lru.size).toBe(4);
  });

  it('keeps an entry used at least once in every half of its capacity of insertions, and forgets one no longer used', () => {
    const lru = new Lru<string, number>(100);
    lru.set('hot', 0);
    lru.set('cold', 0);
    for (let i = 0; i < 2000; i++) {
      lru.set(`k${i}`, i);
      if (i % 45 === 0) expect(lru.get('hot')).toBe(0);
    }
    expect(lru.get('cold')).toBeUndefined();
    expect(lru.size).toBe(100);
  });

  it('bounds the sum of the weights, and does not keep a value heavier than the whole', () => {
    const lru = new Lru<string, number[]>(10, (rows) => rows.length);
    lru.set('six', [1, 2, 3, 4, 5, 6]);
    lru.set('three', [1, 2, 3]);
    lru.set('four', [1, 2, 3, 4]);
    expect(lru.get('six')).toBeUndefined();
    expect(lru.get('three')).toHaveLength(3);
    lru.set('eleven', Array.from({ length: 11 }, (_, i) => i));
    expect(lru.get('eleven')).toBeUndefined();
    expect(lru.get('four')).toHaveLength(4);
    lru.set('three', [1]);
    lru.set('five', [1, 2, 3, 4, 5]);
    expect([lru.get('three'), lru.get('four'), lru.get('five')].map((v) => v?.length)).toEqual([1, 4, 5]);
  });
});
