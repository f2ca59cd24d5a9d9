import type { FastifyBaseLogger } from 'fastify';
import { listenChannel, type Subscription } from '../../../db/channel.ts';
import type { Database, Db } from '../../../db/client.ts';
import type { SearchQuery } from '../schema.ts';
import { execute, type EngineResult } from './execute.ts';
import { VersionReader } from './freshness.ts';
import { changedServices, type IndexVersion } from './repo.ts';
import { DEFAULT_REMEMBERED_BYTES, SearchIndex } from './snapshot.ts';
import { Stemmer } from './stemmer.ts';
import { planText, queryTokens, type TextPlan } from './text-query.ts';

/** More changed services than this since the index's version: reloading everything is quicker. */
const MAX_INCREMENTAL = 2000;

type Log = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

/** Where each new version of the search rows is announced when it commits (migration 0015). */
export const SEARCH_INDEX_CHANNEL = 'avain_search_index';
/** After this process changed the search rows, its searches read the version this long. */
const CHANGED_HERE_MS = 1000;

let changedHere = -Infinity;
/** Called by whatever changes the search rows in this process: its next searches read the version, so the change is seen by the very next one. */
export function searchRowsChanging(): void {
  changedHere = performance.now();
}

/**
 * The search engine of one database in this process: an in-memory index of the search rows that
 * is brought up to date before a search (changed services are reloaded, or everything when many
 * changed). While it follows the announcements of new versions, a search reads the version
 * only when one was announced, when this process changed the rows in the last second, or when
 * it last read it a second ago; otherwise (before following, or with the listening connection
 * lost) every search reads it. So a change is visible to the next search in every process as
 * soon as its announcement arrives, and in the changing process at once.
 */
export class SearchEngine {
  private index: SearchIndex | null = null;
  private updating: Promise<void> | null = null;
  private readonly versions: VersionReader;
  /** The highest version announced, and whether announcements are heard (none missed since a read). */
  private announced = 0;
  private following = false;
  get followingAnnouncements(): boolean {
    return this.following;
  }
  /** Moves on at every loss of the listening connection: a read started before it trusts nothing. */
  private connection = 0;
  private lastRead = -Infinity;
  /** Reads of the version so far (one may serve many searches). */
  versionReads = 0;
  /** While following, a search still reads the version when the last read is this old: a bound on staleness should an announcement go astray. */
  readEveryMs = 1000;
  readonly stemmer: Stemmer;
  log: Log | null = null;
  /** What each index may hold of remembered matches and relevance (SEARCH_CACHE_MB). */
  rememberedBytes = DEFAULT_REMEMBERED_BYTES;

  constructor(private readonly db: Db) {
    this.versions = new VersionReader(db);
    this.stemmer = new Stemmer(db);
  }

  /** Whether the index may answer without reading the version (see the class). */
  private trusted(index: SearchIndex | null): boolean {
    const now = performance.now();
    return this.following && index !== null && index.version >= this.announced && now - this.lastRead < this.readEveryMs && now - changedHere > CHANGED_HERE_MS;
  }

  private readVersion() {
    this.versionReads++;
    this.lastRead = performance.now();
    return this.versions.read();
  }

  /** The index at least as new as every change announced, or as the version read now. */
  async current(): Promise<SearchIndex> {
    const known = this.index;
    if (known && this.trusted(known)) return known;
    const target = await this.readVersion();
    if (target.version > this.announced) this.announced = target.version;
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

  /** The words' plan, remembered by words and language while the index is unchanged (lexeme ids hold as long). */
  private async plan(index: SearchIndex, tokens: string[], lang: SearchQuery['lang']): Promise<TextPlan> {
    const key = `${lang}|${tokens.join(' ')}`;
    const known = index.plans.get(key);
    if (known) return known;
    const version = index.version;
    const plan = await planText(index, this.stemmer, tokens, lang);
    // Updated while stemming awaited: the plan holds for this search, not for the next ones.
    if (index.version === version) index.plans.set(key, plan);
    return plan;
  }

  async search(query: SearchQuery, now: Date): Promise<{ index: SearchIndex; result: EngineResult }> {
    const index = await this.current();
    const tokens = queryTokens(query.q ?? '');
    // Lexeme ids stay valid in this index while stemming awaits, even if it is updated meanwhile.
    const plan = tokens.length > 0 ? await this.plan(index, tokens, query.lang) : null;
    return { index, result: execute(index, query, plan, now) };
  }

  /**
   * Starts hearing announced versions. Announcements are trusted only once a version read has
   * started after the listening did (none can be missed in between), and not while the listening
   * connection is lost.
   */
  async follow(database: Database, log: Log): Promise<Subscription> {
    const trustFromNow = () => {
      const connection = this.connection;
      void this.readVersion().then(
        (read) => {
          if (read.version > this.announced) this.announced = read.version;
          if (connection === this.connection) this.following = true;
        },
        (err: unknown) => log.warn({ err }, 'reading the search index version failed; searches keep reading it'),
      );
    };
    const subscription = await listenChannel(
      database,
      SEARCH_INDEX_CHANNEL,
      (payload) => {
        const version = Number(payload);
        if (version > this.announced) this.announced = version;
      },
      (message) => log.warn(message),
      {
        onLost: () => {
          this.following = false;
          this.connection++;
        },
        onReconnect: trustFromNow,
      },
    );
    trustFromNow();
    return {
      close: async () => {
        this.following = false;
        this.connection++;
        await subscription.close();
      },
    };
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
