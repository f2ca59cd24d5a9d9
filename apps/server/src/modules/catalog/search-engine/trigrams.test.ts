import { describe, expect, it } from 'vitest';
import { PostingIndex } from './postings.ts';
import { parseTsvector } from './tsvector.ts';
import { positionalTrigrams, similarity, wordSimilarity } from './trigrams.ts';
import { Vocabulary } from './vocabulary.ts';

describe('trigrams as pg_trgm computes them', () => {
  it('pads each word with two spaces before and one after', () => {
    expect(positionalTrigrams('cat')).toEqual(['  c', ' ca', 'cat', 'at ']);
  });

  it('gives the similarities pg_trgm documents and returns (float4)', () => {
    // select similarity('word', 'two words'), word_similarity('word', 'two words') → 0.36363637, 0.8
    expect(similarity('word', 'two words')).toBe(Math.fround(4 / 11));
    expect(wordSimilarity('word', 'two words')).toBe(Math.fround(0.8));
    // Values PostgreSQL 15's pg_trgm returned for these pairs.
    const pairs: [string, string, number][] = [
      ['neuvola', 'lastenneuvola', 0.75],
      ['neuvola', 'neuvonta', 0.625],
      ['neuvola', 'hammashoitola', 0.25],
      ['kotihoito', 'kotihoitopalvelu', 0.9],
      ['neuvla', 'lastenneuvola', 0.3],
    ];
    for (const [word, text, expected] of pairs) expect(wordSimilarity(word, text), `${word} in ${text}`).toBe(Math.fround(expected));
    expect(similarity('neuvla', 'neuvola')).toBe(0.5);
    expect(wordSimilarity('abc', 'xyz')).toBe(0);
  });
});

describe('vocabulary', () => {
  const words = new Vocabulary();
  for (const w of ['neuvola', 'lastenneuvola', 'äitiysneuvola', 'hammashoitola', 'neuvonta']) words.add(w);

  it('corrects a typo to the closest known words, and leaves known and short words alone', () => {
    expect(words.corrections('neuvla')).toEqual(['neuvla', 'neuvola']);
    expect(words.corrections('neuvola')).toEqual(['neuvola']);
    expect(words.corrections('neu')).toEqual(['neu']);
  });

  it('finds the compound words containing a word', () => {
    const found = new Map(words.containing('neuvola').map((s) => [s.term, s.similarity]));
    expect([...found.keys()].sort()).toEqual(['lastenneuvola', 'neuvola', 'neuvonta', 'äitiysneuvola']);
    expect(found.get('neuvola')).toBe(1);
  });
});

describe('postings and documents', () => {
  it('reads tsvector text with weights summed over positions', () => {
    expect(parseTsvector(`'lastenneuvola':1A,4 'neuvol':2B 'o''brien':3C`)).toEqual([
      { lexeme: 'lastenneuvola', weight: 1.1 },
      { lexeme: 'neuvol', weight: 0.4 },
      { lexeme: "o'brien", weight: 0.2 },
    ]);
  });

  it('finds words by prefix before and after sealing, and rows added later', () => {
    const index = new PostingIndex();
    index.add('neuvola', 0, 1);
    index.add('neuvonta', 1, 0.4);
    index.add('kotihoito', 2, 1);
    index.seal();
    index.add('neuvolapalvelu', 3, 1);
    index.add('neuvola', 4, 0.2);
    const words = (ids: number[]) => ids.map((id) => ['neuvola', 'neuvonta', 'kotihoito', 'neuvolapalvelu'][id]).sort();
    expect(words(index.withPrefix('neuvo'))).toEqual(['neuvola', 'neuvolapalvelu', 'neuvonta']);
    expect(words(index.withPrefix('neuvola'))).toEqual(['neuvola', 'neuvolapalvelu']);
    const rows: [number, number][] = [];
    index.forEach(index.idOf('neuvola')!, (row, weight) => rows.push([row, Math.round(weight * 10) / 10]));
    expect(rows).toEqual([
      [0, 1],
      [4, 0.2],
    ]);
  });
});
