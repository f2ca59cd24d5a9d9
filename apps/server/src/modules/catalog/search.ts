import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import type { SearchHit, SearchQuery } from './schema.ts';
import { engineFor } from './search-engine/engine.ts';
import { assembleHits } from './search-engine/hits.ts';

export interface SearchPage {
  items: SearchHit[];
  total: number;
  nextCursor: string | null;
  facets: Record<string, Record<string, number>>;
}

/**
 * Finds published services at their locations: text (stems in fi/sv/en, prefixes, typos and
 * compound words), filters, relevance or distance order, facet counts and a cursor. Answered
 * from this process's in-memory index, brought up to date with the database first.
 */
export async function searchCatalog(db: Db, query: SearchQuery, now: Date): Promise<SearchPage> {
  const { index, result } = await engineFor(db).search(query, now);
  return { items: assembleHits(index, result.rows, now), total: result.total, nextCursor: result.nextCursor, facets: result.facets };
}

/** Builds the index in the background when the server starts, so the first search need not wait. */
export function warmSearch(db: Db, log: FastifyBaseLogger): void {
  const engine = engineFor(db);
  engine.log = log;
  void engine.warm();
}

/** Lets a build in progress finish before the database closes. */
export const settleSearch = (db: Db) => engineFor(db).settle();
