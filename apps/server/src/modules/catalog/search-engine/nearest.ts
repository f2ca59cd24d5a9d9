import { unitVector, type RowStore } from './rows.ts';
import type { TopK } from './top-k.ts';

const RADIANS = Math.PI / 180;
const EARTH_KM = 6371;

/** Great-circle distance in km, the formula the SQL search used. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const a = Math.sin(((lat2 - lat1) * RADIANS) / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(((lon2 - lon1) * RADIANS) / 2) ** 2;
  return EARTH_KM * 2 * Math.asin(Math.sqrt(a));
}

/** Squared chord between unit vectors for a great-circle distance in km. */
const chordSquared = (km: number) => (2 * Math.sin(km / EARTH_KM / 2)) ** 2;
/** Chord lengths and bounds come from other arithmetic than the distance: compare with a margin. */
const SLACK = 1e-9;

export interface Position {
  lat: number;
  lon: number;
}

/**
 * Offers rows to a page by distance. The exact distance (trigonometry) is computed only for rows
 * whose chord — a few multiplications — could place them on the page: after the cursor and
 * nearer than the farthest row kept so far.
 */
class NearestOffer {
  private readonly x: number;
  private readonly y: number;
  private readonly z: number;
  private readonly floor: number;
  private bound = Infinity;
  private boundKey = Infinity;

  constructor(
    private readonly rows: RowStore,
    private readonly near: Position,
    private readonly top: TopK,
  ) {
    [this.x, this.y, this.z] = unitVector(near.lat, near.lon);
    this.floor = top.floor === -Infinity ? -1 : chordSquared(top.floor) * (1 - SLACK) - SLACK;
  }

  offer(list: Int32Array, start: number, end: number) {
    const { rows, x, y, z, floor, top, near } = this;
    for (let k = start; k < end; k++) {
      const row = list[k]!;
      const dx = rows.x[row]! - x;
      const dy = rows.y[row]! - y;
      const dz = rows.z[row]! - z;
      const chord = dx * dx + dy * dy + dz * dz;
      if (chord < floor) continue;
      if (top.bound !== this.boundKey) {
        this.boundKey = top.bound;
        this.bound = this.boundKey === Infinity ? Infinity : chordSquared(this.boundKey) * (1 + SLACK) + SLACK;
      }
      if (chord > this.bound) continue;
      top.offer(row, distanceKm(near.lat, near.lon, rows.lat[row]!, rows.lon[row]!));
    }
  }
}

/** Offers every one of the rows by distance. */
export function offerNearest(rows: RowStore, near: Position, list: Int32Array, top: TopK) {
  new NearestOffer(rows, near, top).offer(list, 0, list.length);
}

/** About this many rows a cell: a few cells around a position hold a page's nearest rows. */
const ROWS_PER_CELL = 16;
const MAX_SIDE = 1024;

/**
 * Matched rows grouped by cells of a latitude–longitude grid over their extent, so the nearest
 * are found by visiting the cells ring by ring outward from a position, stopping once a ring is
 * farther than the farthest row on the page: a page costs the rows near the position, not all.
 */
export class PlaceGrid {
  private constructor(
    private readonly minLat: number,
    private readonly minLon: number,
    private readonly cellLat: number,
    private readonly cellLon: number,
    private readonly columns: number,
    private readonly lines: number,
    /** cos of the greatest latitude of the rows: how short a degree of longitude can get. */
    private readonly cosMaxLat: number,
    /** Rows by cell (line by line), and where each cell's rows start. */
    readonly rows: Int32Array,
    private readonly starts: Int32Array,
  ) {}

  /** What the grid holds, for the memory budget. */
  get bytes(): number {
    return this.rows.byteLength + this.starts.byteLength;
  }

  static of(store: RowStore, matched: Int32Array): PlaceGrid {
    let minLat = Infinity;
    let maxLat = -Infinity;
    let minLon = Infinity;
    let maxLon = -Infinity;
    for (let k = 0; k < matched.length; k++) {
      const lat = store.lat[matched[k]!]!;
      const lon = store.lon[matched[k]!]!;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
    }
    const cosMaxLat = Math.cos(Math.max(Math.abs(minLat), Math.abs(maxLat)) * RADIANS);
    const heightKm = Math.max((maxLat - minLat) * RADIANS * EARTH_KM, 1e-6);
    const widthKm = Math.max((maxLon - minLon) * RADIANS * EARTH_KM * Math.cos(((minLat + maxLat) / 2) * RADIANS), 1e-6);
    const cells = Math.max(1, Math.ceil(matched.length / ROWS_PER_CELL));
    const columns = Math.min(MAX_SIDE, Math.max(1, Math.round(Math.sqrt((cells * widthKm) / heightKm))));
    const lines = Math.min(MAX_SIDE, Math.max(1, Math.ceil(cells / columns)));
    // A hair wider than the extent, so the last row falls inside the last cell.
    const cellLat = ((maxLat - minLat) * (1 + 1e-9) + 1e-12) / lines;
    const cellLon = ((maxLon - minLon) * (1 + 1e-9) + 1e-12) / columns;
    const cellOf = new Int32Array(matched.length);
    const starts = new Int32Array(columns * lines + 1);
    for (let k = 0; k < matched.length; k++) {
      const row = matched[k]!;
      const line = Math.min(lines - 1, Math.floor((store.lat[row]! - minLat) / cellLat));
      const column = Math.min(columns - 1, Math.floor((store.lon[row]! - minLon) / cellLon));
      const cell = line * columns + column;
      cellOf[k] = cell;
      starts[cell + 1]!++;
    }
    for (let c = 1; c < starts.length; c++) starts[c]! += starts[c - 1]!;
    const next = starts.slice(0, -1);
    const rows = new Int32Array(matched.length);
    for (let k = 0; k < matched.length; k++) rows[next[cellOf[k]!]!++] = matched[k]!;
    return new PlaceGrid(minLat, minLon, cellLat, cellLon, columns, lines, cosMaxLat, rows, starts);
  }

  /**
   * The least distance in km from a position to any row in a cell `rings` or more cells away
   * (by lines or columns): that many whole cells of latitude, or of longitude where a degree is
   * shortest (at the greater latitude of the two points).
   */
  private beyond(rings: number, near: Position): number {
    if (rings <= 0) return 0;
    const byLatitude = rings * this.cellLat * RADIANS * EARTH_KM;
    const cosLat = Math.min(this.cosMaxLat, Math.cos(Math.abs(near.lat) * RADIANS));
    const lonRadians = Math.min(Math.PI, rings * this.cellLon * RADIANS);
    const byLongitude = 2 * EARTH_KM * Math.asin(Math.min(1, cosLat * Math.sin(lonRadians / 2)));
    return Math.min(byLatitude, byLongitude) * (1 - SLACK) - SLACK;
  }

  /** Offers the rows nearest the position (after the page's cursor) until the page is decided. */
  offerNearest(store: RowStore, near: Position, top: TopK) {
    const offer = new NearestOffer(store, near, top);
    const line = Math.floor((near.lat - this.minLat) / this.cellLat);
    const column = Math.floor((near.lon - this.minLon) / this.cellLon);
    const last = Math.max(line, this.lines - 1 - line, column, this.columns - 1 - column);
    const cells = (l: number, from: number, to: number) => {
      if (l < 0 || l >= this.lines) return;
      const a = Math.max(0, from);
      const b = Math.min(this.columns - 1, to);
      // The cells of a line are consecutive: their rows are one run.
      if (a <= b) offer.offer(this.rows, this.starts[l * this.columns + a]!, this.starts[l * this.columns + b + 1]!);
    };
    // Rings nearer than this hold no cell of the grid (the position may lie outside it).
    const first = Math.max(0, line - (this.lines - 1), -line, column - (this.columns - 1), -column);
    for (let ring = first; ring <= last; ring++) {
      // Rows of ring r are at least r - 1 whole cells away: the position may be anywhere in its cell.
      if (top.bound < this.beyond(ring - 1, near)) return;
      if (ring === 0) {
        cells(line, column, column);
        continue;
      }
      cells(line - ring, column - ring, column + ring);
      cells(line + ring, column - ring, column + ring);
      for (let l = Math.max(0, line - ring + 1); l <= Math.min(this.lines - 1, line + ring - 1); l++) {
        cells(l, column - ring, column - ring);
        cells(l, column + ring, column + ring);
      }
    }
  }
}
