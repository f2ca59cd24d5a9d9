import type { Db } from '../../../db/client.ts';
import { localized } from '../localized.ts';
import type { SearchHit } from '../schema.ts';
import { Lru } from './lru.ts';
import type { PlaceGrid } from './nearest.ts';
import { PostingIndex } from './postings.ts';
import { RankedHead } from './top-k.ts';
import { Remembered, type Memo } from './remembered.ts';
import * as repo from './repo.ts';
import { jsonBytes, RowStore } from './rows.ts';
import { WeeklyHoursBook, type DatedException, type OpenAtMoment } from './hours.ts';
import type { Facets } from './facets.ts';
import type { Expansion, TextPlan } from './text-query.ts';
import { parseTsvector } from './tsvector.ts';
import { Vocabulary } from './vocabulary.ts';

const BATCH = 5000;
/** Bytes searches may hold in what they remember, unless the engine is told otherwise. */
export const DEFAULT_REMEMBERED_BYTES = 256 * 2 ** 20;
/** Beyond its arrays, what a remembered value holds: the map entry, its key, facet counts. */
const ENTRY_BYTES = 512;
const FACETS_BYTES = 2048;

/** The rows matching a query's text and filters (before the hours filters), and their facet counts. */
export interface Matches {
  key: string;
  rows: Int32Array;
  facets: Facets;
  /** Whether a search has ordered them by distance (the next one makes a grid of them). */
  orderedByDistance?: boolean;
}
/** Relevance of remembered matches in one language, aligned with their rows, and the head of their ranking once ranked again. */
export interface Relevance {
  rows: Int32Array;
  scores: Float64Array;
  /** How often they were ranked (the second time makes the head). */
  ranked: number;
  head: RankedHead | null;
}

const seconds = (t: string | null) => (t === null ? null : Number(t.slice(0, 2)) * 3600 + Number(t.slice(3, 5)) * 60 + Number(t.slice(6, 8) || 0));

/**
 * Everything a search reads, in memory: the rows' columns, the lexeme and word postings, the
 * vocabulary, what hits show, and the locations' hours. Built from the database at one version
 * and brought forward by replacing the rows of changed services.
 */
export class SearchIndex {
  readonly rows = new RowStore();
  readonly lexemes = new PostingIndex();
  readonly terms = new PostingIndex();
  readonly vocabulary = new Vocabulary();
  /** Query words' expansions, keyed with the vocabulary's size: a grown vocabulary asks again. */
  readonly expansions = new Lru<string, Expansion>(5000);
  /** What searches remember, under one budget; emptied whenever the rows change. */
  private readonly remembered: Remembered;
  /** Matched rows and facet counts by what decides the matches. */
  readonly matches: Memo<Matches>;
  /** Relevance of remembered matches by language, aligned with their rows. */
  readonly relevance: Memo<Relevance>;
  /**
   * The rows a query's words match (dead rows included) by the words, and their relevance by
   * language and words, aligned with them: searches with the same words and other filters share them.
   */
  readonly texts: Memo<Int32Array>;
  /** The rows each query word matches (dead rows included), by what the word matches. */
  readonly tokenRows: Memo<Int32Array>;
  readonly textScores: Memo<Float64Array>;
  /** Query words' plans by language and words. */
  readonly plans: Memo<TextPlan>;
  /** Remembered matches grouped by map cells, for distance order. */
  readonly places: Memo<{ matched: Int32Array; grid: PlaceGrid }>;
  /** Locations' numbers by id, and their exceptions by date then number, for "open now" over many rows. */
  private readonly locations = new Map<string, number>();
  readonly exceptionsByDate = new Map<string, Map<number, DatedException>>();
  /** The rows' distinct weekly hours, and which rows are open at recent moments (see OpenAtMoment). */
  readonly weeklyHours = new WeeklyHoursBook();
  readonly openAtMoment = new Lru<string, OpenAtMoment>(64);

  constructor(
    public version: number,
    rememberedBytes = DEFAULT_REMEMBERED_BYTES,
  ) {
    this.remembered = new Remembered(rememberedBytes);
    this.matches = this.remembered.kind('matches', (m) => m.rows.buffer.byteLength + FACETS_BYTES + ENTRY_BYTES);
    // Its rows are those of the matches, unless they were forgotten first: counted twice, to be safe.
    this.relevance = this.remembered.kind('relevance', (r) => r.rows.buffer.byteLength + r.scores.buffer.byteLength + RankedHead.bytes + ENTRY_BYTES);
    this.texts = this.remembered.kind('texts', (rows) => rows.buffer.byteLength + ENTRY_BYTES);
    this.tokenRows = this.remembered.kind('tokenRows', (rows) => rows.buffer.byteLength + ENTRY_BYTES);
    this.textScores = this.remembered.kind('textScores', (scores) => scores.buffer.byteLength + ENTRY_BYTES);
    this.places = this.remembered.kind('places', (p) => p.grid.bytes + ENTRY_BYTES);
    // Ids in keys and lists, eight bytes or so each.
    this.plans = this.remembered.kind('plans', (plan) => 2 * (plan.key.length + plan.rankKey.length) + 8 * (plan.rank.length + plan.bonus.length) + ENTRY_BYTES);
  }

  /** Forgets what searches remembered (the rows changed, or a test wants a cold start). */
  forget(): void {
    this.remembered.clear();
    this.openAtMoment.clear();
  }

  /** Locations numbered so far: numbers run from 0 below this. */
  get locationCount(): number {
    return this.locations.size;
  }

  /**
   * One object for the rows of one service, organisation or channel list while a load runs
   * (keyed by the flat strings the driver gave), so the heap holds each once.
   */
  private sharing = {
    services: new Map<string, Buffer>(),
    organizations: new Map<string, Buffer>(),
    locations: new Map<string, Buffer>(),
    channels: new Map<string, { json: Buffer; walkIn: boolean }>(),
  };
  private shared<T>(map: Map<string, T>, key: string, make: () => T): T {
    let value = map.get(key);
    if (value === undefined) map.set(key, (value = make()));
    return value;
  }

  private forgetShared() {
    for (const map of Object.values(this.sharing)) map.clear();
  }

  /** The location's number, given when it is first seen and kept while the index lives. */
  private locationCode(id: string): number {
    let code = this.locations.get(id);
    if (code === undefined) this.locations.set(id, (code = this.locations.size));
    return code;
  }

  private add(r: repo.LoadedRow) {
    const { rows } = this;
    const row = rows.reserve();
    const codes = rows.codes;
    rows.lifeCourse[row] = codes.lifeCourse.code(r.life_course_group);
    rows.serviceClass[row] = codes.serviceClass.code(r.service_class);
    rows.producerType[row] = codes.producerType.code(r.producer_type);
    rows.area[row] = r.area === null ? -1 : codes.area.code(r.area);
    rows.channels[row] = codes.channels.mask(r.channels);
    rows.languages[row] = codes.languages.mask(r.languages);
    rows.accessibility[row] = codes.accessibility.mask(r.accessibility);
    rows.free[row] = r.free ? 1 : 0;
    rows.combine(row);
    rows.place(row, Number(r.lat), Number(r.lon));
    rows.alive[row] = 1;
    rows.bitmaps.add(
      row,
      { lifeCourse: rows.lifeCourse[row]!, serviceClass: rows.serviceClass[row]!, producerType: rows.producerType[row]!, area: rows.area[row]! },
      { channels: rows.channels[row]!, languages: rows.languages[row]!, accessibility: rows.accessibility[row]! },
      r.free,
    );
    rows.identify(row, r.id);
    rows.openHours[row] = this.weeklyHours.number(r.open_minutes);
    rows.walkInHours[row] = this.weeklyHours.number(r.walk_in_minutes);
    rows.belongsTo(row, r.service_id);
    rows.location[row] = this.locationCode(r.location_id);
    const channels = this.shared(this.sharing.channels, r.sal_channels, () => {
      const list = JSON.parse(r.sal_channels) as SearchHit['channels'];
      return { json: jsonBytes(list, ',"channels":'), walkIn: list.some((c) => c.type === 'walk_in' && (c.hours?.length ?? 0) > 0) };
    });
    rows.hasWalkIn[row] = channels.walkIn ? 1 : 0;
    rows.hits.set(row, `{"id":${JSON.stringify(r.id)}`, [
      this.shared(this.sharing.services, r.service_id, () =>
        jsonBytes({
          id: r.service_id,
          name: localized(r.s_name_fi, r.s_name_sv, r.s_name_en),
          summary: localized(r.s_summary_fi, r.s_summary_sv, r.s_summary_en),
          serviceClass: r.service_class,
          lifeCourseGroup: r.life_course_group,
          free: r.fee_type === 'free',
        } satisfies SearchHit['service'], ',"service":'),
      ),
      this.shared(this.sharing.organizations, r.organization_id, () =>
        jsonBytes({
          id: r.organization_id,
          name: localized(r.o_name_fi, r.o_name_sv, r.o_name_en),
          type: r.o_type as SearchHit['organization']['type'],
        } satisfies SearchHit['organization'], ',"organization":'),
      ),
      this.shared(this.sharing.locations, r.location_id, () =>
        jsonBytes({
          id: r.location_id,
          name: localized(r.l_name_fi, r.l_name_sv, r.l_name_en),
          type: r.l_type,
          address: { street: r.street, postalCode: r.postal_code, city: r.city },
          coordinates: { lat: r.lat, lon: r.lon },
        } satisfies SearchHit['location'], ',"location":'),
      ),
      channels.json,
    ]);
    for (const { lexeme, weight } of parseTsvector(r.document)) this.lexemes.add(lexeme, row, weight);
    for (const term of r.terms) {
      this.terms.add(term, row);
      this.vocabulary.add(term);
    }
  }

  /** Replaces the exceptions to the hours of locations (of every location when `only` is omitted). */
  private setExceptions(exceptions: repo.ExceptionRow[], only?: Set<string>) {
    if (only) {
      for (const id of only) {
        const code = this.locations.get(id);
        if (code !== undefined) for (const byLocation of this.exceptionsByDate.values()) byLocation.delete(code);
      }
    } else this.exceptionsByDate.clear();
    for (const e of exceptions) {
      const code = this.locations.get(e.location_id);
      if (code === undefined) continue;
      let byLocation = this.exceptionsByDate.get(e.date);
      if (!byLocation) this.exceptionsByDate.set(e.date, (byLocation = new Map()));
      byLocation.set(code, { opens: seconds(e.opens), closes: seconds(e.closes) });
    }
  }

  /** Loads every row, a batch at a time so the process keeps answering meanwhile. */
  static async build(db: Db, version: number, rememberedBytes?: number): Promise<SearchIndex> {
    const index = new SearchIndex(version, rememberedBytes);
    for (const term of await repo.loadTerms(db)) index.vocabulary.add(term);
    let after: string | null = null;
    for (;;) {
      const batch = await repo.loadRows(db, { after, limit: BATCH });
      for (const r of batch) index.add(r);
      if (batch.length < BATCH) break;
      after = batch[batch.length - 1]!.id;
    }
    index.setExceptions(await repo.loadExceptions(db));
    index.lexemes.seal();
    index.terms.seal();
    index.forgetShared();
    return index;
  }

  /** Brings the rows of the given services to their present state. */
  async update(db: Db, services: string[], version: number) {
    const loaded = services.length > 0 ? await repo.loadRows(db, { services }) : [];
    const locationIds = [...new Set(loaded.map((r) => r.location_id))];
    const exceptions = locationIds.length > 0 ? await repo.loadExceptions(db, locationIds) : [];
    // Nothing awaited from here on: a search never sees a half-updated index.
    for (const id of services) this.rows.removeService(id);
    for (const r of loaded) this.add(r);
    this.setExceptions(exceptions, new Set(locationIds));
    this.forgetShared();
    this.forget();
    this.version = version;
  }

  /** After many incremental changes a rebuild answers faster than the overlay and dead rows. */
  get worn(): boolean {
    return this.rows.dead > this.rows.count * 0.2 || this.lexemes.overlaySize > this.lexemes.postings * 0.2;
  }
}
