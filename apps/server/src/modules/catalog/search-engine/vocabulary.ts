import { similarityOfCounts, uniqueTrigrams, wordSimilarity } from './trigrams.ts';

/** Thresholds of the SQL search they replace: pg_trgm's `%` narrowed to 0.45, and `<%` (0.6). */
const CORRECTION_SIMILARITY = 0.45;
const CONTAINED_SIMILARITY = 0.6;
const MAX_CORRECTIONS = 3;

export interface SimilarTerm {
  term: string;
  similarity: number;
}

/**
 * The words of the catalogue's names and keywords with a trigram index: corrects typos to known
 * words and finds the known words that contain a query word ("neuvola" in "lastenneuvola").
 */
export class Vocabulary {
  private readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly trigramCounts: number[] = [];
  private readonly byTrigram = new Map<string, number[]>();
  private shared = new Int32Array(1024);

  get size() {
    return this.terms.length;
  }

  has(term: string) {
    return this.ids.has(term);
  }

  /** Adds a word; answers whether it was new. */
  add(term: string): boolean {
    if (this.ids.has(term)) return false;
    const id = this.terms.length;
    this.terms.push(term);
    this.ids.set(term, id);
    const trigrams = uniqueTrigrams(term);
    this.trigramCounts.push(trigrams.length);
    for (const t of trigrams) {
      const list = this.byTrigram.get(t);
      if (list) list.push(id);
      else this.byTrigram.set(t, [id]);
    }
    return true;
  }

  /** Known words sharing trigrams with the text, with how many distinct ones each shares. */
  private candidates(text: string): { ids: number[]; counts: Int32Array; queryCount: number } {
    if (this.shared.length < this.terms.length) this.shared = new Int32Array(this.terms.length * 2);
    const counts = this.shared;
    const ids: number[] = [];
    const trigrams = uniqueTrigrams(text);
    for (const t of trigrams) {
      for (const id of this.byTrigram.get(t) ?? []) {
        if (counts[id] === 0) ids.push(id);
        counts[id]!++;
      }
    }
    return { ids, counts, queryCount: trigrams.length };
  }

  /**
   * A token and the known words closest to it (similarity ≥ 0.45, best three), or the token alone
   * when it is a known word or too short to correct.
   */
  corrections(token: string): string[] {
    if (token.length < 4 || this.ids.has(token)) return [token];
    const { ids, counts, queryCount } = this.candidates(token);
    const close: SimilarTerm[] = [];
    for (const id of ids) {
      const value = similarityOfCounts(counts[id]!, queryCount, this.trigramCounts[id]!);
      counts[id] = 0;
      if (value >= CORRECTION_SIMILARITY) close.push({ term: this.terms[id]!, similarity: value });
    }
    close.sort((a, b) => b.similarity - a.similarity || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    return [token, ...close.slice(0, MAX_CORRECTIONS).map((c) => c.term)];
  }

  /** Known words containing the word closely enough (word similarity ≥ 0.6), with that similarity. */
  containing(word: string): SimilarTerm[] {
    const { ids, counts, queryCount } = this.candidates(word);
    const out: SimilarTerm[] = [];
    for (const id of ids) {
      // A stretch of the known word can share at most the shared trigrams: skip hopeless ones.
      const possible = Math.fround(counts[id]! / queryCount) >= CONTAINED_SIMILARITY;
      counts[id] = 0;
      if (!possible) continue;
      const value = wordSimilarity(word, this.terms[id]!);
      if (value >= CONTAINED_SIMILARITY) out.push({ term: this.terms[id]!, similarity: value });
    }
    return out;
  }
}
