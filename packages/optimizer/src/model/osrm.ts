import type { Location, TravelMode } from './problem.ts';
import type { TravelMatrixProvider } from './travel.ts';

export interface OsrmOptions {
  /** e.g. http://localhost:5000 */
  readonly baseUrl: string;
  /** OSRM profile per travel mode (defaults: driving, cycling, walking). */
  readonly profiles?: Partial<Record<TravelMode, string>>;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

const DEFAULT_PROFILES: Record<TravelMode, string> = { car: 'driving', bicycle: 'cycling', walking: 'walking' };

/**
 * Client for the OSRM `table` service (GET /table/v1/{profile}/{lon,lat;...}?annotations=duration).
 * OSRM answers in seconds from its own speed profile, so `speedKmh` is not used; unreachable pairs
 * (null) are an error rather than a silent zero.
 */
export class OsrmTableProvider implements TravelMatrixProvider {
  constructor(private readonly opts: OsrmOptions) {}

  async matrix(points: readonly Location[], mode: TravelMode, _speedKmh?: number): Promise<Float64Array> {
    const coords = points.map((p) => {
      if (!('lat' in p)) throw new Error('OSRM needs coordinates, not matrix indices');
      return `${p.lon.toFixed(6)},${p.lat.toFixed(6)}`;
    });
    const profile = this.opts.profiles?.[mode] ?? DEFAULT_PROFILES[mode];
    const url = `${this.opts.baseUrl.replace(/\/$/, '')}/table/v1/${profile}/${coords.join(';')}?annotations=duration`;
    const doFetch = this.opts.fetch ?? fetch;
    const res = await doFetch(url, { signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000) });
    if (!res.ok) throw new Error(`OSRM table failed: HTTP ${res.status}`);
    const body = (await res.json()) as { code?: string; message?: string; durations?: (number | null)[][] };
    if (body.code !== 'Ok' || !body.durations) throw new Error(`OSRM table failed: ${body.code ?? 'no code'} ${body.message ?? ''}`.trim());
    const n = points.length;
    const out = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const s = body.durations[i]?.[j];
        if (s === null || s === undefined) throw new Error(`OSRM table: no route ${i}→${j}`);
        out[i * n + j] = s / 60;
      }
    }
    return out;
  }
}
