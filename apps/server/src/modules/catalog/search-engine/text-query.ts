import type { Language } from '@avain/domain';
import type { PostingIndex } from './postings.ts';
import type { SearchIndex } from './snapshot.ts';
import type { Stemmer, Stems } from './stemmer.ts';
import type { SimilarTerm } from './vocabulary.ts';

/** Words of a query: letters and digits only, at most eight. */
export const queryTokens = (q: string) =>
  q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length >= 2)
    .slice(0, 8);

/** A query word, its typo corrections, and the known words containing one of them. */
export interface Expansion {
  alternatives: string[];
  similar: SimilarTerm[];
}

export function expand(index: SearchIndex, token: string): Expansion {
  const key = `${index.vocabulary.size}:${token}`;
  const cached = index.expansions.get(key);
  if (cached) return cached;
  const alternatives = index.vocabulary.corrections(token);
  const best = new Map<string, number>();
  for (const a of alternatives) {
    for (const { term, similarity } of index.vocabulary.containing(a)) best.set(term, Math.max(similarity, best.get(term) ?? 0));
  }
  const expansion = { alternatives, similar: [...best].map(([term, similarity]) => ({ term, similarity })) };
  index.expansions.set(key, expansion);
  return expansion;
}

/** How one query word matches: any of `lexemes`, all of one of `groups`, or any of `terms`. */
export interface TokenPlan {
  lexemes: number[];
  groups: number[][];
  terms: number[];
}

/**
 * The words to match and what ranks a match: lexemes (weighted) and similar words (their
 * similarity). `key` names what the tokens match and `rankKey` what ranks, in ids: misspellings
 * corrected to the same words, or the same words in another order, share them, and so share what
 * searches remember.
 */
export interface TextPlan {
  tokens: TokenPlan[];
  rank: number[];
  bonus: { term: number; similarity: number }[];
  key: string;
  rankKey: string;
}

const ascending = (a: number, b: number) => a - b;
export const tokenKey = (t: TokenPlan) => `${t.lexemes.join(',')}/${t.groups.map((g) => g.join('+')).join(',')}/${t.terms.join(',')}`;

/** A plan in one order (ids ascending, tokens by key, repeated ones once) with its keys: equal plans match alike, row for row. */
export function canonicalPlan(tokens: TokenPlan[], rank: number[], bonus: TextPlan['bonus']): TextPlan {
  const keyed = new Map<string, TokenPlan>();
  for (const t of tokens) {
    const sorted = { lexemes: [...t.lexemes].sort(ascending), groups: t.groups.map((g) => [...g].sort(ascending)), terms: [...t.terms].sort(ascending) };
    sorted.groups.sort((a, b) => (a.join('+') < b.join('+') ? -1 : a.join('+') > b.join('+') ? 1 : 0));
    keyed.set(tokenKey(sorted), sorted);
  }
  const keys = [...keyed.keys()].sort();
  const sortedRank = [...rank].sort(ascending);
  const sortedBonus = [...bonus].sort((a, b) => a.term - b.term);
  return {
    tokens: keys.map((k) => keyed.get(k)!),
    rank: sortedRank,
    bonus: sortedBonus,
    key: keys.join('|'),
    rankKey: `${sortedRank.join(',')}/${sortedBonus.map((b) => `${b.term}:${b.similarity}`).join(',')}`,
  };
}

/** Lexeme ids of a stem: one, all of several (a word the parser split), or none when unknown. */
function stemIds(index: SearchIndex, lexemes: string[]): number[] | null {
  const ids = lexemes.map((l) => index.lexemes.idOf(l));
  return ids.length > 0 && ids.every((id) => id !== undefined) ? (ids as number[]) : null;
}

/**
 * Turns query words into lexeme and word ids: a word matches by prefix, by its stem in Finnish,
 * Swedish or English, or through a known word containing it or a correction of it. Ranking uses
 * the prefix and the stem in the query's language, plus the best similarity of a fuzzy word.
 */
export async function planText(index: SearchIndex, stemmer: Stemmer, tokens: string[], lang: Language): Promise<TextPlan> {
  const expansions = tokens.map((t) => expand(index, t));
  const words = [...new Set(expansions.flatMap((e) => e.alternatives))];
  const stems = new Map<string, Stems>();
  await Promise.all(words.map(async (w) => stems.set(w, stemmer.cached(w) ?? (await stemmer.stems(w)))));

  const rank = new Set<number>();
  const bonus = new Map<number, number>();
  const plans = expansions.map(({ alternatives, similar }): TokenPlan => {
    const lexemes = new Set<number>();
    const groups: number[][] = [];
    for (const a of alternatives) {
      for (const id of index.lexemes.withPrefix(a)) {
        lexemes.add(id);
        rank.add(id);
      }
      const stem = stems.get(a)!;
      for (const language of ['fi', 'sv', 'en'] as const) {
        const ids = stemIds(index, stem[language]);
        if (!ids) continue;
        if (ids.length === 1) lexemes.add(ids[0]!);
        else groups.push(ids);
        if (language === lang) for (const id of ids) rank.add(id);
      }
    }
    const terms: number[] = [];
    for (const { term, similarity } of similar) {
      const id = index.terms.idOf(term);
      if (id === undefined) continue;
      terms.push(id);
      bonus.set(id, Math.max(similarity, bonus.get(id) ?? 0));
    }
    return { lexemes: [...lexemes], groups, terms };
  });
  return canonicalPlan(plans, [...rank], [...bonus].map(([term, similarity]) => ({ term, similarity })));
}

// Scratch space shared by all searches (they never interleave: matching does not await). A row's
// mark says how many words of the current search it matched: epoch + count.
let marks = new Int32Array(0);
let scores = new Float64Array(0);
let bonuses = new Float64Array(0);
let epoch = 0;

function prepare(rows: number): number {
  if (marks.length < rows) {
    marks = new Int32Array(rows + (rows >> 1));
    scores = new Float64Array(marks.length);
    bonuses = new Float64Array(marks.length);
    epoch = 0;
  }
  if (epoch > 2_000_000_000) {
    marks.fill(0);
    epoch = 0;
  }
  return (epoch += 16);
}

/** Fewer rows than this share of the index are put in order by sorting them, more by a sweep over the marks. */
const SWEEP_FROM = 1 / 16;

/**
 * The rows one query word matches (dead ones included: the caller filters them), ascending and
 * each once: any of its lexemes or words, or every lexeme of one of its groups.
 */
export function tokenRows(index: SearchIndex, token: TokenPlan): Int32Array {
  const count = index.rows.count;
  const stamp = prepare(count);
  const mark = marks;
  const found: number[] = [];
  const visit = (rows: ArrayLike<number>, start: number, end: number) => {
    for (let k = start; k < end; k++) {
      const row = rows[k]!;
      if (mark[row] !== stamp) {
        mark[row] = stamp;
        found.push(row);
      }
    }
  };
  const visitWord = (postings: PostingIndex, id: number) => {
    const { rows, start, end, added } = postings.postingsOf(id);
    visit(rows, start, end);
    if (added) visit(added.rows, 0, added.rows.length);
  };
  for (const id of token.lexemes) visitWord(index.lexemes, id);
  for (const id of token.terms) visitWord(index.terms, id);
  for (const group of token.groups) {
    const counts = new Map<number, number>();
    for (const id of group) index.lexemes.forEach(id, (row) => counts.set(row, (counts.get(row) ?? 0) + 1));
    const complete = [...counts].filter(([, n]) => n === group.length).map(([row]) => row);
    visit(complete, 0, complete.length);
  }
  if (found.length < count * SWEEP_FROM) return Int32Array.from(found).sort();
  const out = new Int32Array(found.length);
  for (let row = 0, k = 0; k < out.length; row++) if (mark[row] === stamp) out[k++] = row;
  return out;
}

/** The rows in both ascending lists, ascending. */
export function intersectSorted(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Int32Array(a.length);
  let n = 0;
  if (a.length * 16 < b.length) {
    // Few against many: look each one up, from where the last was found.
    let lo = 0;
    for (let i = 0; i < a.length; i++) {
      const row = a[i]!;
      let hi = b.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (b[mid]! < row) lo = mid + 1;
        else hi = mid;
      }
      if (lo === b.length) break;
      if (b[lo] === row) out[n++] = row;
    }
  } else {
    for (let i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i]! < b[j]!) i++;
      else if (a[i]! > b[j]!) j++;
      else {
        out[n++] = a[i]!;
        i++;
        j++;
      }
    }
  }
  return out.slice(0, n);
}

/**
 * Rows matching every word of the plan (dead rows included; the caller filters them), ascending:
 * the intersection of each word's rows, fewest first. `rowsOf` gives a word's rows (see
 * tokenRows), so that words searched again, alone or with others, need not be matched again.
 */
export function matchText(plan: TextPlan, rowsOf: (token: TokenPlan) => Int32Array): Int32Array {
  const sets = plan.tokens.map(rowsOf).sort((a, b) => a.length - b.length);
  let rows = sets[0] ?? new Int32Array(0);
  for (let k = 1; k < sets.length && rows.length > 0; k++) rows = intersectSorted(rows, sets[k]!);
  return rows;
}

/**
 * Relevance of the matched rows, in their order: like ts_rank_cd over the rank lexemes (in float4,
 * as PostgreSQL returns it) plus the best similarity of a fuzzy word the row holds.
 */
export function scoreRows(index: SearchIndex, plan: TextPlan, matched: Int32Array): Float64Array {
  const stamp = prepare(index.rows.count);
  const mark = marks;
  const score = scores;
  for (let k = 0; k < matched.length; k++) {
    const row = matched[k]!;
    mark[row] = stamp;
    score[row] = 0;
    bonuses[row] = 0;
  }
  const add = (rows: ArrayLike<number>, weights: ArrayLike<number>, start: number, end: number) => {
    for (let k = start; k < end; k++) if (mark[rows[k]!] === stamp) score[rows[k]!]! += weights[k]!;
  };
  for (const id of plan.rank) {
    const { rows, weights, start, end, added } = index.lexemes.postingsOf(id);
    add(rows, weights, start, end);
    if (added) add(added.rows, added.weights, 0, added.rows.length);
  }
  for (const { term, similarity } of plan.bonus) {
    index.terms.forEach(term, (row) => {
      if (mark[row] === stamp && bonuses[row]! < similarity) bonuses[row] = similarity;
    });
  }
  const out = new Float64Array(matched.length);
  for (let k = 0; k < matched.length; k++) out[k] = Math.fround(score[matched[k]!]!) + bonuses[matched[k]!]!;
  return out;
}
