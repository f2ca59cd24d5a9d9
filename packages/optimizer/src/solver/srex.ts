import type { SearchData } from '../eval/data.ts';
import type { Rng } from './rng.ts';

export interface Offspring {
  readonly routes: number[][];
  /** Clients that are in no route yet; the local search inserts them first. */
  readonly missing: number[];
}

/**
 * Selective route exchange (SREX, Nagata & Kobayashi; as in PyVRP): a run of consecutive routes
 * (ordered by polar angle) of parent A is replaced by the most similar run of routes of parent B.
 * Duplicates are dropped, either from B's routes or from A's remaining routes (chosen at random),
 * and clients left out are returned as `missing`. Offspring stay close to both parents, so the
 * local search that follows converges in few moves.
 */
export function srex(data: SearchData, a: readonly (readonly number[])[], b: readonly (readonly number[])[], rng: Rng): Offspring {
  const ra = byAngle(data, a);
  const rb = byAngle(data, b);
  const nA = ra.length;
  const nB = rb.length;
  if (nA === 0 || nB === 0) return { routes: ra.map((r) => [...r]), missing: [] };
  const moved = 1 + rng.int(Math.max(1, Math.min(nA, nB) - 1));
  const startA = rng.int(nA);
  let startB = startA < nB ? startA : 0;
  const setA = collect(ra, startA, moved);
  const cost = (sB: number) => difference(setA, collect(rb, sB, moved));
  let current = cost(startB);
  for (let steps = 0; steps < nB; steps++) {
    const left = cost((startB - 1 + nB) % nB);
    const right = cost((startB + 1) % nB);
    if (left < current && left <= right) {
      startB = (startB - 1 + nB) % nB;
      current = left;
    } else if (right < current) {
      startB = (startB + 1) % nB;
      current = right;
    } else break;
  }
  const setB = collect(rb, startB, moved);
  const keptA: number[][] = [];
  for (let i = 0; i < nA; i++) {
    if ((i - startA + nA) % nA >= moved) keptA.push([...ra[i]!]);
  }
  const movedB: number[][] = [];
  for (let k = 0; k < moved; k++) movedB.push([...rb[(startB + k) % nB]!]);
  let routes: number[][];
  if (rng.next() < 0.5) {
    // keep A's other routes intact: drop from B's routes what A already serves elsewhere
    routes = [...keptA, ...movedB.map((r) => r.filter((c) => !(setB.has(c) && !setA.has(c))))];
  } else {
    // keep B's routes intact: drop those clients from A's remaining routes
    routes = [...keptA.map((r) => r.filter((c) => !setB.has(c))), ...movedB];
  }
  const present = new Uint8Array(data.n);
  for (const r of routes) for (const c of r) present[c] = 1;
  const missing: number[] = [];
  for (let c = 1; c < data.n; c++) if (!present[c]) missing.push(c);
  return { routes: routes.filter((r) => r.length > 0), missing };
}

function collect(routes: readonly (readonly number[])[], start: number, count: number): Set<number> {
  const s = new Set<number>();
  for (let k = 0; k < count; k++) for (const c of routes[(start + k) % routes.length]!) s.add(c);
  return s;
}

function difference(a: Set<number>, b: Set<number>): number {
  let d = 0;
  for (const c of a) if (!b.has(c)) d++;
  for (const c of b) if (!a.has(c)) d++;
  return d;
}

/** Routes sorted by the polar angle of their centroid (as given when angles are unknown). */
function byAngle(data: SearchData, routes: readonly (readonly number[])[]): (readonly number[])[] {
  const angle = data.angle;
  if (!angle) return [...routes];
  const key = routes.map((r, i) => {
    let sx = 0;
    let sy = 0;
    for (const c of r) {
      sx += Math.cos(angle[c]!);
      sy += Math.sin(angle[c]!);
    }
    return { i, a: Math.atan2(sy, sx) };
  });
  key.sort((p, q) => p.a - q.a || p.i - q.i);
  return key.map((k) => routes[k.i]!);
}
