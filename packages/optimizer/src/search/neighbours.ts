import type { SearchData } from '../eval/data.ts';

/**
 * Granular neighbourhoods: for each client the k most related clients, where relatedness adds to
 * the distance the minimum waiting time and time warp that visiting j right after i would cause
 * (PyVRP's weights 0.2 and 1), made symmetric by taking the smaller of both directions.
 */
export function computeNeighbours(data: SearchData, k: number): Int32Array[] {
  const { n, dist, early, late, service } = data;
  const prox = (i: number, j: number) => {
    const d = dist[i * n + j]!;
    const wait = Math.max(early[j]! - service[i]! - d - late[i]!, 0);
    const warp = Math.max(early[i]! + service[i]! + d - late[j]!, 0);
    return d + 0.2 * wait + warp;
  };
  const out: Int32Array[] = [new Int32Array(0)];
  const cand: { j: number; p: number }[] = [];
  for (let i = 1; i < n; i++) {
    cand.length = 0;
    for (let j = 1; j < n; j++) if (j !== i) cand.push({ j, p: Math.min(prox(i, j), prox(j, i)) });
    // index tie-break keeps the order deterministic
    cand.sort((a, b) => a.p - b.p || a.j - b.j);
    out.push(Int32Array.from(cand.slice(0, Math.min(k, cand.length)), (c) => c.j));
  }
  return out;
}
