import type { HomeCareProblem, Staff, Visit, VisitType } from '../model/problem.ts';
import { Rng } from '../solver/rng.ts';

export interface GenerateOptions {
  readonly visits: number;
  readonly staff: number;
  readonly seed?: number;
  /** Share of double-staffed visits (default 0.05). */
  readonly doubleShare?: number;
}

/** Oulu city centre (Rotuaari); clients are spread over the city districts around it. */
const OULU = { lat: 65.0121, lon: 25.4651 };
const OFFICES = [
  { lat: 65.0121, lon: 25.4651 },
  { lat: 65.0583, lon: 25.4672 },
  { lat: 64.9903, lon: 25.5297 },
];
const TYPES: readonly VisitType[] = ['basic', 'demanding', 'rehabilitating', 'families'];

/**
 * A synthetic but plausible home-care day in Oulu: morning and evening shifts from three offices,
 * skills (medication by a nurse, lifting aid), continuity preferences, refusals, 5 % double-staffed
 * visits, soft and hard windows, lunch breaks, mixed travel modes. Deterministic for a seed.
 */
export function generateOuluDay(opts: GenerateOptions): HomeCareProblem {
  const rng = new Rng(opts.seed ?? 1);
  const staff: Staff[] = [];
  for (let k = 0; k < opts.staff; k++) {
    const morning = k % 5 < 3;
    const start = morning ? 7 * 60 : 13 * 60;
    const office = OFFICES[k % OFFICES.length]!;
    const mode = k % 10 === 9 ? 'bicycle' : 'car';
    staff.push({
      id: `s${k + 1}`,
      shift: { start, end: start + 8 * 60 },
      startLocation: office,
      skills: [...(k % 3 === 0 ? ['medication'] : []), ...(k % 2 === 0 ? ['lifting'] : []), ...(k % 7 === 0 ? ['rehab'] : [])],
      break: { start: start + 180, end: start + 300, duration: 30 },
      maxWorkMinutes: 8 * 60,
      travelMode: mode,
    });
  }
  const visits: Visit[] = [];
  const double = opts.doubleShare ?? 0.05;
  for (let i = 0; i < opts.visits; i++) {
    const r = 0.06 * Math.sqrt(rng.next());
    const a = rng.next() * 2 * Math.PI;
    const lat = OULU.lat + r * Math.sin(a) * 0.9;
    const lon = OULU.lon + (r * Math.cos(a) * 2.2) / 1;
    const roll = rng.next();
    const type = TYPES[roll < 0.7 ? 0 : roll < 0.8 ? 1 : roll < 0.9 ? 2 : 3]!;
    const duration = type === 'demanding' ? 30 : type === 'rehabilitating' ? 30 : type === 'families' ? 40 : 10 + 5 * rng.int(2);
    const slot = rng.next();
    const center = slot < 0.6 ? 7.5 * 60 + rng.int(5 * 60) : 13.5 * 60 + rng.int(6 * 60);
    const width = [30, 60, 90, 120][rng.int(4)]!;
    const soft = rng.next() < 0.3;
    const skills = [
      ...(rng.next() < 0.2 ? ['medication'] : []),
      ...(type === 'demanding' && rng.next() < 0.5 ? ['lifting'] : []),
      ...(type === 'rehabilitating' && rng.next() < 0.3 ? ['rehab'] : []),
    ];
    const isDouble = rng.next() < double;
    const preferred = rng.next() < 0.6 ? [`s${1 + rng.int(opts.staff)}`, `s${1 + rng.int(opts.staff)}`] : [];
    const refused = rng.next() < 0.05 ? [`s${1 + rng.int(opts.staff)}`] : [];
    visits.push({
      id: `v${i + 1}`,
      location: { lat: round(lat), lon: round(lon) },
      duration,
      windows: [{ start: center - width / 2, end: center + width / 2, ...(soft ? { soft: true, latenessPenalty: 2 } : {}) }],
      ...(skills.length ? { skills } : {}),
      priority: type === 'demanding' ? 3 : 1,
      ...(preferred.length ? { preferredStaff: [...new Set(preferred)].filter((p) => !refused.includes(p)) } : {}),
      ...(refused.length ? { refusedStaff: refused } : {}),
      ...(isDouble ? { staffCount: 2 as const } : {}),
      type,
    });
  }
  return { name: `oulu-${opts.visits}-${opts.staff}`, visits, staff };
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
