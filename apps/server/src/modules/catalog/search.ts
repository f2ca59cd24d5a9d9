import type { FastifyBaseLogger } from 'fastify';
import type { Subscription } from '../../db/channel.ts';
import type { Database, Db } from '../../db/client.ts';
import type { SearchQuery } from './schema.ts';
import { engineFor } from './search-engine/engine.ts';
import { pageJson } from './search-engine/hits.ts';

/**
 * Finds published services at their locations: text (stems in fi/sv/en, prefixes, typos and
 * compound words), filters, relevance or distance order, facet counts and a cursor. Answered
 * from this process's in-memory index, brought up to date with the database first. The page
 * comes as the UTF-8 JSON of `searchResponse`, ready to send, in memory from `allocate` when given.
 */
export async function searchCatalog(db: Db, query: SearchQuery, now: Date, allocate?: (length: number) => Buffer): Promise<Buffer> {
  const { index, result } = await engineFor(db).search(query, now);
  return pageJson(index, result, now, allocate);
}

/**
 * Builds the index in the background when the server starts, so the first search need not wait,
 * and follows the announced versions; without them (the listening failed) searches read the version.
 */
export async function warmSearch(database: Database, log: FastifyBaseLogger, cacheMb: number): Promise<Subscription | null> {
  const engine = engineFor(database.db);
  engine.log = log;
  engine.rememberedBytes = cacheMb * 2 ** 20;
  void engine.warm();
  return engine.follow(database, log).catch((err: unknown) => {
    log.warn({ err }, 'cannot hear search index versions; every search reads the version');
    return null;
  });
}

/** Lets a build in progress finish before the database closes. */
export const settleSearch = (db: Db) => engineFor(db).settle();
