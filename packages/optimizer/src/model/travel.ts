import type { Location, TravelMode } from './problem.ts';

/**
 * Source of travel times. Implementations return minutes between every pair of `points`, row-major
 * (points.length²), for one travel mode and speed. Async because a routing service may be remote.
 */
export interface TravelMatrixProvider {
  matrix(points: readonly Location[], mode: TravelMode, speedKmh: number): Promise<Float64Array>;
}

const EARTH_RADIUS_KM = 6371.0088;

export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Default provider: great-circle distance × detour factor ÷ speed. No network, deterministic. */
export class HaversineProvider implements TravelMatrixProvider {
  constructor(private readonly detourFactor = 1.3) {}

  matrix(points: readonly Location[], _mode: TravelMode, speedKmh: number): Promise<Float64Array> {
    const n = points.length;
    const out = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      const a = points[i]!;
      for (let j = 0; j < n; j++) {
        const b = points[j]!;
        if (i === j || !('lat' in a) || !('lat' in b)) continue;
        out[i * n + j] = ((haversineKm(a, b) * this.detourFactor) / speedKmh) * 60;
      }
    }
    return Promise.resolve(out);
  }
}

/**
 * Travel minutes given with the problem (`travelMatrix`), looked up by location index. The same
 * minutes serve every mode: a matrix from a routing engine already reflects its profile.
 */
export class GivenMatrixProvider implements TravelMatrixProvider {
  constructor(private readonly minutes: readonly (readonly number[])[]) {}

  matrix(points: readonly Location[], _mode?: TravelMode, _speedKmh?: number): Promise<Float64Array> {
    const n = points.length;
    const out = new Float64Array(n * n);
    const idx = points.map((p) => ('index' in p ? p.index : -1));
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const v = this.minutes[idx[i]!]?.[idx[j]!];
        if (v === undefined) throw new Error(`travel matrix has no entry for ${idx[i]}→${idx[j]}`);
        out[i * n + j] = v;
      }
    }
    return Promise.resolve(out);
  }
}
