import { describe, expect, it } from 'vitest';
import { PostingIndex } from './postings.ts';
import type { SearchIndex } from './snapshot.ts';
import { canonicalPlan, intersectSorted, matchText, tokenKey, tokenRows, type TokenPlan } from './text-query.ts';

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

describe('matching words to rows', () => {
  // A deterministic pseudo-random sequence, so a failure can be replayed.
  const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const ascendingSet = (next: () => number, size: number, share: number) =>
    Int32Array.from(Array.from({ length: size }, (_, row) => row).filter(() => next() < share));
  const both = (a: Int32Array, b: Int32Array) => {
    const inB = new Set(b);
    return Int32Array.from([...a].filter((row) => inB.has(row)));
  };

  it('intersects ascending lists of any sizes, by lookup or by merge', () => {
    const next = random(7);
    for (const [shareA, shareB] of [[0.5, 0.5], [0.01, 0.9], [0.9, 0.002], [0, 0.5], [1, 1], [0.3, 0]]) {
      const a = ascendingSet(next, 5000, shareA!);
      const b = ascendingSet(next, 5000, shareB!);
      expect(intersectSorted(a, b)).toEqual(both(a, b));
      expect(intersectSorted(b, a)).toEqual(both(a, b));
    }
    expect(intersectSorted(Int32Array.of(3, 4999), Int32Array.from({ length: 200 }, (_, k) => k))).toEqual(Int32Array.of(3));
  });

  it('matches every word of the plan, fewest rows first, each word once', () => {
    const rowsByToken = new Map([
      ['1//', Int32Array.of(1, 2, 3, 5, 8, 13, 21)],
      ['2//', Int32Array.of(2, 3, 5, 7, 11, 13)],
      ['3//', Int32Array.of(0, 5, 13, 40)],
    ]);
    const asked: string[] = [];
    const rowsOf = (t: TokenPlan) => {
      asked.push(tokenKey(t));
      return rowsByToken.get(tokenKey(t)) ?? new Int32Array(0);
    };
    expect(matchText(canonicalPlan([token([1]), token([2]), token([3])], [], []), rowsOf)).toEqual(Int32Array.of(5, 13));
    expect(asked.sort()).toEqual(['1//', '2//', '3//']);
    expect(matchText(canonicalPlan([token([1])], [], []), rowsOf)).toEqual(rowsByToken.get('1//'));
    expect(matchText(canonicalPlan([token([1]), token([9])], [], []), rowsOf)).toEqual(new Int32Array(0));
  });

  it("gathers a word's rows from its lexemes, words and complete groups, added ones too, ascending and once", () => {
    const next = random(11);
    const rowCount = 4000;
    for (const share of [0.001, 0.2]) {
      const lexemes = new PostingIndex();
      const terms = new PostingIndex();
      const expected = new Set<number>();
      for (let row = 0; row < rowCount; row++) {
        const inA = next() < share;
        const inB = next() < share;
        const inGroup = next() < share;
        if (inA) lexemes.add('a', row, 0.1);
        if (inB) terms.add('b', row);
        lexemes.add('g1', row, 0.1);
        if (inGroup) lexemes.add('g2', row, 0.1);
        if (inA || inB || inGroup) expected.add(row);
      }
      lexemes.seal();
      terms.seal();
      // Added after sealing, out of order, and one already there.
      lexemes.add('a', rowCount + 2, 0.1);
      lexemes.add('a', rowCount + 1, 0.1);
      terms.add('b', rowCount + 1);
      expected.add(rowCount + 1).add(rowCount + 2);
      const index = { rows: { count: rowCount + 3 }, lexemes, terms } as unknown as SearchIndex;
      const rows = tokenRows(index, { lexemes: [lexemes.idOf('a')!], terms: [terms.idOf('b')!], groups: [[lexemes.idOf('g1')!, lexemes.idOf('g2')!]] });
      expect(rows).toEqual(Int32Array.from([...expected].sort((x, y) => x - y)));
    }
  });
});
