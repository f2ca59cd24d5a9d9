import type { Db } from '../../../db/client.ts';
import { Lru } from './lru.ts';
import { stemWord } from './repo.ts';
import { parseTsvector } from './tsvector.ts';

/** A word's lexemes per language; a word the parser splits gives several, all of which must match. */
export interface Stems {
  fi: string[];
  sv: string[];
  en: string[];
}

/**
 * Stems words with PostgreSQL's own Finnish, Swedish and English configurations, so a query word
 * meets the lexemes the documents were built with. Stems do not change with the catalogue: each
 * word costs one query once, then comes from memory; concurrent asks for one word share it.
 */
export class Stemmer {
  private readonly known = new Lru<string, Stems>(20_000);
  private readonly pending = new Map<string, Promise<Stems>>();

  constructor(private readonly db: Db) {}

  /** Stems already known; undefined when the database must be asked. */
  cached(word: string): Stems | undefined {
    return this.known.get(word);
  }

  async stems(word: string): Promise<Stems> {
    const known = this.known.get(word);
    if (known) return known;
    let pending = this.pending.get(word);
    if (!pending) {
      pending = stemWord(this.db, word).then(
        (row) => {
          const lexemes = (text: string) => parseTsvector(text).map((l) => l.lexeme);
          const stems = { fi: lexemes(row.fi), sv: lexemes(row.sv), en: lexemes(row.en) };
          this.known.set(word, stems);
          this.pending.delete(word);
          return stems;
        },
        (err: unknown) => {
          this.pending.delete(word);
          throw err;
        },
      );
      this.pending.set(word, pending);
    }
    return pending;
  }
}
