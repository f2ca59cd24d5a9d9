/**
 * Small geometry for places in one region: distances on the sphere, GeoJSON point-in-polygon, and
 * the approximate postal-code areas (Voronoi cells) used until real boundaries are imported.
 */

export interface LatLon {
  lat: number;
  lon: number;
}

/** A GeoJSON position [lon, lat] (an altitude may follow) and a linear ring, first equal to last. */
export type Position = [number, number, ...number[]];
export type Ring = Position[];
export interface GeoPolygon {
  type: 'Polygon';
  coordinates: Ring[];
}
export interface GeoMultiPolygon {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}
export type AreaGeometry = GeoPolygon | GeoMultiPolygon;

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance (haversine), the same formula the search uses in SQL. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Ray casting; a point exactly on an edge may fall either way, which is fine for areas that tile. */
function inRing(point: LatLon, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > point.lat !== yj > point.lat && point.lon < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(point: LatLon, rings: Ring[]): boolean {
  const [outer, ...holes] = rings;
  return outer !== undefined && inRing(point, outer) && !holes.some((hole) => inRing(point, hole));
}

export function containsPoint(geometry: AreaGeometry, point: LatLon): boolean {
  return geometry.type === 'Polygon'
    ? inPolygon(point, geometry.coordinates)
    : geometry.coordinates.some((polygon) => inPolygon(point, polygon));
}

/** A structural check of untrusted GeoJSON: closed rings of at least four finite positions. */
export function isAreaGeometry(value: unknown): value is AreaGeometry {
  if (typeof value !== 'object' || value === null) return false;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  const isPosition = (p: unknown) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
  const isRing = (r: unknown) => {
    if (!Array.isArray(r) || r.length < 4 || !r.every(isPosition)) return false;
    const first = r[0] as number[];
    const last = r[r.length - 1] as number[];
    return first[0] === last[0] && first[1] === last[1];
  };
  const isPolygon = (p: unknown) => Array.isArray(p) && p.length >= 1 && p.every(isRing);
  if (type === 'Polygon') return isPolygon(coordinates);
  if (type === 'MultiPolygon') return Array.isArray(coordinates) && coordinates.length >= 1 && coordinates.every(isPolygon);
  return false;
}

// Cells are cut in a local plane where a degree of longitude is shortened by cos(latitude), so
// that bisectors are close to true equal-distance lines inside one region.
type Plane = [number, number];

/** Keeps the part of a closed ring where a·x + b·y <= c (Sutherland–Hodgman against one line). */
function clipRing(ring: Plane[], a: number, b: number, c: number): Plane[] {
  const open = ring.slice(0, -1);
  const out: Plane[] = [];
  const side = (p: Plane) => a * p[0] + b * p[1] - c;
  for (let i = 0; i < open.length; i++) {
    const current = open[i]!;
    const next = open[(i + 1) % open.length]!;
    const sc = side(current);
    const sn = side(next);
    if (sc <= 0) out.push(current);
    if ((sc < 0 && sn > 0) || (sc > 0 && sn < 0)) {
      const t = sc / (sc - sn);
      out.push([current[0] + t * (next[0] - current[0]), current[1] + t * (next[1] - current[1])]);
    }
  }
  return out.length >= 3 ? [...out, out[0]!] : [];
}

function planeOf(latitude: number) {
  const scale = Math.cos(radians(latitude));
  const toPlane = (p: LatLon): Plane => [p.lon * scale, p.lat];
  const fromPlane = (ring: Plane[]): Ring => ring.map(([x, y]) => [round(x / scale), round(y)]);
  return { toPlane, fromPlane };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The half-plane of points nearer to `p` than to `q`, as a·x + b·y <= c. */
function nearerHalfPlane(p: Plane, q: Plane): [number, number, number] {
  const a = q[0] - p[0];
  const b = q[1] - p[1];
  return [a, b, (q[0] ** 2 + q[1] ** 2 - p[0] ** 2 - p[1] ** 2) / 2];
}

/**
 * The Voronoi cell of every site inside a bounding ring: the points nearer to that site than to
 * any other. Sites at the same position share nothing, so each gets the cell of the first.
 */
export function voronoiCells(sites: readonly LatLon[], bounds: Ring): Ring[] {
  const midLatitude = bounds.reduce((sum, [, lat]) => sum + lat, 0) / bounds.length;
  const { toPlane, fromPlane } = planeOf(midLatitude);
  const points = sites.map(toPlane);
  const boundary = bounds.map(([lon, lat]) => toPlane({ lat, lon }));
  return points.map((p, i) => {
    let cell = boundary;
    points.forEach((q, j) => {
      if (j === i || cell.length === 0 || (q[0] === p[0] && q[1] === p[1])) return;
      cell = clipRing(cell, ...nearerHalfPlane(p, q));
    });
    return fromPlane(cell);
  });
}

/** Splits a ring by the line of equal distance to two points: [part nearer to a, part nearer to b]. */
export function splitBetween(ring: Ring, a: LatLon, b: LatLon): [Ring, Ring] {
  const midLatitude = (a.lat + b.lat) / 2;
  const { toPlane, fromPlane } = planeOf(midLatitude);
  const plane = ring.map(([lon, lat]) => toPlane({ lat, lon }));
  const pa = toPlane(a);
  const pb = toPlane(b);
  return [fromPlane(clipRing(plane, ...nearerHalfPlane(pa, pb))), fromPlane(clipRing(plane, ...nearerHalfPlane(pb, pa)))];
}

/** A rectangle around the points with a margin in degrees, as a closed ring. */
export function boundingRing(points: readonly LatLon[], margin: number): Ring {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const [south, north] = [Math.min(...lats) - margin, Math.max(...lats) + margin];
  const [west, east] = [Math.min(...lons) - margin, Math.max(...lons) + margin];
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}
