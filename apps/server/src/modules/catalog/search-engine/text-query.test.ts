import { describe, expect, it } from 'vitest';
import { canonicalPlan, type TokenPlan } from './text-query.ts';

const token = (lexemes: number[], terms: number[] = [], groups: number[][] = []): TokenPlan => ({ lexemes, terms, groups });

describe('canonicalPlan', () => {
  it('gives words matching the same ids one key, whatever their order or repetition', () => {
    const a = canonicalPlan([token([3, 1, 2], [9, 8]), token([7], [], [[5, 4]])], [2, 1], [{ term: 9, similarity: 0.7 }]);
    const b = canonicalPlan([token([7], [], [[4, 5]]), token([1, 2, 3], [8, 9]), token([2, 3, 1], [9, 8])], [1, 2], [{ term: 9, similarity: 0.7 }]);
    expect(b.key).toBe(a.key);
    expect(b.rankKey).toBe(a.rankKey);
    expect(b.tokens).toEqual(a.tokens);
    expect(a.tokens).toHaveLength(2);
    expect(a.tokens.find((t) => t.lexemes.length === 3)).toEqual(token([1, 2, 3], [8, 9]));
  });

  it('keeps plans that match or rank differently apart', () => {
    const base = canonicalPlan([token([1, 2])], [1], []);
    expect(canonicalPlan([token([1, 2, 3])], [1], []).key).not.toBe(base.key);
    expect(canonicalPlan([token([1], [2])], [1], []).key).not.toBe(base.key);
    expect(canonicalPlan([token([1]), token([2])], [1], []).key).not.toBe(base.key);
    expect(canonicalPlan([token([1, 2])], [2], []).rankKey).not.toBe(base.rankKey);
    expect(canonicalPlan([token([1, 2])], [1], [{ term: 4, similarity: 0.6 }]).rankKey).not.toBe(canonicalPlan([token([1, 2])], [1], [{ term: 4, similarity: 0.7 }]).rankKey);
  });
});
