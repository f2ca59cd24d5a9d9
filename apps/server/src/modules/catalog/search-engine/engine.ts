import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { SearchQuery } from '../schema.ts';
import { execute, type EngineResult } from './execute.ts';
import { VersionReader } from './freshness.ts';
import { changedServices, type IndexVersion } from './repo.ts';
import { DEFAULT_REMEMBERED_BYTES, SearchIndex } from './snapshot.ts';
import { Stemmer } from './stemmer.ts';
import { planText, queryTokens } from './text-query.ts';

/** More changed services than this since the index's version: reloading everything is quicker. */
const MAX_INCREMENTAL = 2000;

type Log = Pick<FastifyBaseLogger, 'info' | 'error'>;

/**
 * The search engine of one database in this process: an in-memory index of the search rows that
 * is brought up to date before every search (each search reads the version; changed services are
 * reloaded, or everything when many changed), so a change is visible to the next search in
 * every process.
 */
export class SearchEngine {
  private index: SearchIndex | null = null;
  private updating: Promise<void> | null = null;
  private readonly versions: VersionReader;
  readonly stemmer: Stemmer;
  log: Log | null = null;
  /** What each index may hold of remembered matches and relevance (SEARCH_CACHE_MB). */
  rememberedBytes = DEFAULT_REMEMBERED_BYTES;

  constructor(private readonly db: Db) {
    this.versions = new VersionReader(db);
    this.stemmer = new Stemmer(db);
  }

  /** The index at least as new as the version read now. */
  async current(): Promise<SearchIndex> {
    const target = await this.versions.read();
    for (;;) {
      const index = this.index;
      if (index && index.version >= target.version) return index;
      if (!this.updating) {
        this.updating = this.bringTo(target).finally(() => {
          this.updating = null;
        });
      }
      await this.updating;
    }
  }

  private async bringTo(target: IndexVersion): Promise<void> {
    const index = this.index;
    if (index && index.version >= target.changesSince && !index.worn) {
      const services = await changedServices(this.db, index.version, MAX_INCREMENTAL + 1);
      if (services.length <= MAX_INCREMENTAL) {
        await index.update(this.db, services, target.version);
        return;
      }
    }
    const started = performance.now();
    const built = await SearchIndex.build(this.db, target.version, this.rememberedBytes);
    this.index = built;
    this.log?.info(
      { rows: built.rows.live, postings: built.lexemes.postings, words: built.vocabulary.size, version: built.version, ms: Math.round(performance.now() - started), hitMb: Math.round(built.rows.hits.bytes / 1e6), rssMb: Math.round(process.memoryUsage().rss / 1e6) },
      'catalogue search index built',
    );
  }

  async search(query: SearchQuery, now: Date): Promise<{ index: SearchIndex; result: EngineResult }> {
    const index = await this.current();
    const tokens = queryTokens(query.q ?? '');
    // Lexeme ids stay valid in this index while stemming awaits, even if it is updated meanwhile.
    const plan = tokens.length > 0 ? await planText(index, this.stemmer, tokens, query.lang) : null;
    return { index, result: execute(index, query, plan, now) };
  }

  /** Builds the index ahead of the first search; failures are logged and the first search retries. */
  warm(): Promise<void> {
    return this.current().then(
      () => undefined,
      (err: unknown) => this.log?.error({ err }, 'building the catalogue search index failed'),
    );
  }

  /** Waits for a build or update in progress (before the database closes). */
  async settle(): Promise<void> {
    await this.updating?.catch(() => undefined);
  }
}

const engines = new WeakMap<Db, SearchEngine>();

/** The one engine of a database in this process. */
export function engineFor(db: Db): SearchEngine {
  let engine = engines.get(db);
  if (!engine) engines.set(db, (engine = new SearchEngine(db)));
  return engine;
}
