/**
 * Trigram similarity as pg_trgm computes it, so that typo correction and compound matching in
 * memory give the answers the SQL search gave (`similarity`, `word_similarity`). Words are runs of
 * letters and digits, each padded with two spaces in front and one behind.
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** The trigrams of a text in order, duplicates kept (pg_trgm's generate_trgm_only). */
export function positionalTrigrams(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  }
  return out;
}

export const uniqueTrigrams = (text: string): string[] => [...new Set(positionalTrigrams(text))];

/** pg_trgm computes in float4; rounding the same way keeps thresholds and ties identical. */
const ratio = (shared: number, a: number, b: number) => Math.fround(shared / (a + b - shared));

/** `similarity(a, b)`: shared distinct trigrams over all distinct trigrams of both. */
export function similarity(a: string, b: string): number {
  const ta = new Set(positionalTrigrams(a));
  const tb = new Set(positionalTrigrams(b));
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return ta.size + tb.size === 0 ? 0 : ratio(shared, ta.size, tb.size);
}

/** Similarity from counts already known (shared distinct trigrams, distinct trigrams of each). */
export const similarityOfCounts = (shared: number, a: number, b: number) => ratio(shared, a, b);

/**
 * `word_similarity(query, text)`: the best similarity between the query's trigrams and a
 * continuous stretch of the text's trigrams (pg_trgm's iterate_word_similarity, not strict).
 */
export function wordSimilarity(query: string, text: string): number {
  const ids = new Map<string, number>();
  const found: boolean[] = [];
  for (const t of positionalTrigrams(query)) {
    if (!ids.has(t)) {
      ids.set(t, ids.size);
      found.push(true);
    }
  }
  const queryCount = ids.size;
  const indexes = positionalTrigrams(text).map((t) => {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
      found.push(false);
    }
    return id;
  });
  if (queryCount === 0) return 0;

  const lastPos = new Int32Array(ids.size).fill(-1);
  let textCount = 0;
  let count = 0;
  let lower = -1;
  let best = 0;
  for (let i = 0; i < indexes.length; i++) {
    const id = indexes[i]!;
    if (lower >= 0 || found[id]) {
      if (lastPos[id]! < 0) {
        textCount++;
        if (found[id]) count++;
      }
      lastPos[id] = i;
    }
    if (!found[id]) continue;
    const upper = i;
    if (lower === -1) {
      lower = i;
      textCount = 1;
    }
    let current = ratio(count, queryCount, textCount);
    // Moving the start of the stretch right may drop unmatched trigrams and raise the similarity.
    let tryCount = count;
    let tryTextCount = textCount;
    const previousLower = lower;
    for (let tryLower = lower; tryLower <= upper; tryLower++) {
      const candidate = ratio(tryCount, queryCount, tryTextCount);
      if (candidate > current) {
        current = candidate;
        textCount = tryTextCount;
        lower = tryLower;
        count = tryCount;
      }
      const dropped = indexes[tryLower]!;
      if (lastPos[dropped] === tryLower) {
        tryTextCount--;
        if (found[dropped]) tryCount--;
      }
    }
    best = Math.max(best, current);
    for (let k = previousLower; k < lower; k++) {
      const dropped = indexes[k]!;
      if (lastPos[dropped] === k) lastPos[dropped] = -1;
    }
  }
  return best;
}
