/**
 * ts_rank_cd's default weights of the document's labels; a one-word match scores the weight of
 * each position it occurs at, so a lexeme's score in a row is the sum over its positions.
 */
const WEIGHTS: Record<string, number> = { A: 1, B: 0.4, C: 0.2, D: 0.1 };

export interface Lexeme {
  lexeme: string;
  weight: number;
}

/**
 * Reads PostgreSQL's text form of a tsvector: `'word':1A,5 'other':3B`. Quotes inside a lexeme
 * are doubled and backslashes escaped; positions without a letter carry weight D.
 */
export function parseTsvector(text: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "'") {
      i++;
      continue;
    }
    // Slices, not characters appended one by one: flat strings hash fast when interned.
    let end = text.indexOf("'", i + 1);
    while (text[end + 1] === "'") end = text.indexOf("'", end + 2);
    let lexeme = text.slice(i + 1, end);
    if (lexeme.includes("'") || lexeme.includes('\\')) lexeme = lexeme.replace(/''/g, "'").replace(/\\(.)/g, '$1');
    i = end + 1;
    let weight = 0;
    if (text[i] === ':') {
      i++;
      while (i < text.length && text[i] !== ' ') {
        while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
        const label = text[i];
        if (label !== undefined && label in WEIGHTS) {
          weight += WEIGHTS[label]!;
          i++;
        } else weight += WEIGHTS.D!;
        if (text[i] === ',') i++;
      }
    } else weight = WEIGHTS.D!;
    out.push({ lexeme, weight });
  }
  return out;
}
