import { RowBitmaps } from './bitmaps.ts';
import { HitBytes } from './hit-bytes.ts';
import { growInto } from './typed-arrays.ts';

/** Text values of one column as small integer codes, so filters and facets compare numbers. */
export class Codebook {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  constructor(private readonly limit: number) {}

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      if (this.values.length >= this.limit) throw new Error(`more than ${this.limit} distinct values: ${value}`);
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }

  find(value: string): number | undefined {
    return this.codes.get(value);
  }

  /** A set of values as bits of one 32-bit word. */
  mask(values: readonly string[]): number {
    let bits = 0;
    for (const v of values) bits |= 1 << this.code(v);
    return bits >>> 0;
  }
}

/** Distinct packed combinations of small codes, each numbered as first seen. */
export class Combinations {
  readonly packed: number[] = [];
  private readonly codes = new Map<number, number>();

  code(packed: number): number {
    let code = this.codes.get(packed);
    if (code === undefined) {
      code = this.packed.length;
      this.codes.set(packed, code);
      this.packed.push(packed);
    }
    return code;
  }

  get size(): number {
    return this.packed.length;
  }
}

/** UTF-8 bytes of a value's JSON, after the given ASCII (a member's name, say): what pages are copied together from. */
export const jsonBytes = (value: unknown, before = ''): Buffer => Buffer.from(before + JSON.stringify(value));

/**
 * The searchable rows as columns (one typed array per attribute), appended as they load; a
 * service's rows are removed by marking them dead, so row numbers never move.
 */
export class RowStore {
  capacity = 1024;
  count = 0;
  lifeCourse = new Uint8Array(this.capacity);
  serviceClass = new Uint8Array(this.capacity);
  producerType = new Uint8Array(this.capacity);
  area = new Int8Array(this.capacity);
  channels = new Uint32Array(this.capacity);
  languages = new Uint32Array(this.capacity);
  accessibility = new Uint32Array(this.capacity);
  free = new Uint8Array(this.capacity);
  lat = new Float64Array(this.capacity);
  lon = new Float64Array(this.capacity);
  /** The position as a point on the unit sphere: a chord's length orders rows as distance does. */
  x = new Float64Array(this.capacity);
  y = new Float64Array(this.capacity);
  z = new Float64Array(this.capacity);
  /** The first 52 bits of the id as a number: orders ties like the uuid does, without strings. */
  idKey = new Float64Array(this.capacity);
  /** The location's number in the index (its exceptions to the hours are kept by it). */
  location = new Int32Array(this.capacity);
  /** The numbers of the row's weekly opening and walk-in hours (see WeeklyHoursBook). */
  openHours = new Int32Array(this.capacity);
  walkInHours = new Int32Array(this.capacity);
  /** Whether the row offers walk-in with hours: only then can a hit be "walk-in now". */
  hasWalkIn = new Uint8Array(this.capacity);
  /**
   * The row's combination of facet values: one code for its life-course group, class, producer
   * type and area, one for its channels and languages. Facets count combinations (two counters
   * a row), then values; few combinations occur, so both tallies stay small.
   */
  singleCombo = new Int32Array(this.capacity);
  setCombo = new Int32Array(this.capacity);
  readonly singleCombos = new Combinations();
  readonly setCombos = new Combinations();
  alive = new Uint8Array(this.capacity);
  ids: string[] = [];
  readonly hits = new HitBytes();
  dead = 0;
  readonly bitmaps = new RowBitmaps();

  readonly codes = {
    lifeCourse: new Codebook(255),
    serviceClass: new Codebook(255),
    producerType: new Codebook(255),
    area: new Codebook(127),
    // Facets count these per combination of values (2^n counters): keep them few.
    channels: new Codebook(16),
    languages: new Codebook(16),
    accessibility: new Codebook(32),
  };

  private readonly byService = new Map<string, number[]>();
  /**
   * Rows in id order (dead ones too) as far as known: rows below `ordered` are in order by row
   * number when `order` is null. A full build loads rows in id order, so that is the usual case;
   * rows appended by an update are merged in when the order is next asked for.
   */
  private order: Int32Array | null = null;
  private ordered = 0;

  /** Room for one more row, doubling the columns when full. */
  reserve(): number {
    if (this.count === this.capacity) {
      const size = this.capacity * 2;
      this.lifeCourse = growInto(this.lifeCourse, new Uint8Array(size));
      this.serviceClass = growInto(this.serviceClass, new Uint8Array(size));
      this.producerType = growInto(this.producerType, new Uint8Array(size));
      this.area = growInto(this.area, new Int8Array(size));
      this.channels = growInto(this.channels, new Uint32Array(size));
      this.languages = growInto(this.languages, new Uint32Array(size));
      this.accessibility = growInto(this.accessibility, new Uint32Array(size));
      this.free = growInto(this.free, new Uint8Array(size));
      this.lat = growInto(this.lat, new Float64Array(size));
      this.lon = growInto(this.lon, new Float64Array(size));
      this.x = growInto(this.x, new Float64Array(size));
      this.y = growInto(this.y, new Float64Array(size));
      this.z = growInto(this.z, new Float64Array(size));
      this.idKey = growInto(this.idKey, new Float64Array(size));
      this.location = growInto(this.location, new Int32Array(size));
      this.hasWalkIn = growInto(this.hasWalkIn, new Uint8Array(size));
      this.openHours = growInto(this.openHours, new Int32Array(size));
      this.walkInHours = growInto(this.walkInHours, new Int32Array(size));
      this.singleCombo = growInto(this.singleCombo, new Int32Array(size));
      this.setCombo = growInto(this.setCombo, new Int32Array(size));
      this.alive = growInto(this.alive, new Uint8Array(size));
      this.capacity = size;
    }
    return this.count++;
  }

  /** Sets the row's id; rows usually arrive in id order, and then need no sorting. */
  identify(row: number, id: string) {
    this.ids[row] = id;
    this.idKey[row] = idKeyOf(id);
    if (this.order === null && this.ordered === row && (row === 0 || this.compareIds(row - 1, row) < 0)) this.ordered = row + 1;
  }

  /** Negative when row a's id comes before row b's (the first 52 bits decide all but ties). */
  compareIds(a: number, b: number): number {
    const ka = this.idKey[a]!;
    const kb = this.idKey[b]!;
    if (ka !== kb) return ka < kb ? -1 : 1;
    const ia = this.ids[a]!;
    const ib = this.ids[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  }

  /** Whether row numbers are in id order: the rows of a bitmap then come out sorted by id. */
  get inIdOrder(): boolean {
    return this.order === null && this.ordered === this.count;
  }

  /** Every row in id order: the known order merged with the rows appended since (sorted, few). */
  idOrder(): Int32Array {
    if (this.ordered === this.count && this.order) return this.order;
    const known = this.order ?? Int32Array.from({ length: this.ordered }, (_, row) => row);
    const added = Int32Array.from({ length: this.count - this.ordered }, (_, k) => this.ordered + k).sort((a, b) => this.compareIds(a, b));
    const merged = new Int32Array(this.count);
    for (let i = 0, j = 0, n = 0; n < merged.length; n++) {
      merged[n] = j >= added.length || (i < known.length && this.compareIds(known[i]!, added[j]!) < 0) ? known[i++]! : added[j++]!;
    }
    this.order = merged;
    this.ordered = this.count;
    return merged;
  }

  place(row: number, lat: number, lon: number) {
    this.lat[row] = lat;
    this.lon[row] = lon;
    const [x, y, z] = unitVector(lat, lon);
    this.x[row] = x;
    this.y[row] = y;
    this.z[row] = z;
  }

  /** Codes the row's facet combinations, once its facet columns are set. */
  combine(row: number) {
    this.singleCombo[row] = this.singleCombos.code(this.lifeCourse[row]! | (this.serviceClass[row]! << 8) | (this.producerType[row]! << 16) | ((this.area[row]! + 1) << 24));
    this.setCombo[row] = this.setCombos.code(this.channels[row]! | (this.languages[row]! << 16));
  }

  belongsTo(row: number, serviceId: string) {
    const rows = this.byService.get(serviceId);
    if (rows) rows.push(row);
    else this.byService.set(serviceId, [row]);
  }

  removeService(serviceId: string) {
    for (const row of this.byService.get(serviceId) ?? []) {
      if (this.alive[row]) this.dead++;
      this.alive[row] = 0;
      this.bitmaps.remove(row);
    }
    this.byService.delete(serviceId);
  }

  get live() {
    return this.count - this.dead;
  }
}

export const idKeyOf = (uuid: string) => parseInt(uuid.slice(0, 8) + uuid.slice(9, 13) + uuid.slice(14, 15), 16);

const RADIANS = Math.PI / 180;
export const unitVector = (lat: number, lon: number): [number, number, number] => [
  Math.cos(lat * RADIANS) * Math.cos(lon * RADIANS),
  Math.cos(lat * RADIANS) * Math.sin(lon * RADIANS),
  Math.sin(lat * RADIANS),
];
