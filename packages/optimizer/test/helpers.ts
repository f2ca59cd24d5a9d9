import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../src/model/data-dir.ts';
import type { VrptwInstance } from '../src/model/vrptw.ts';
import { readSolomon } from '../src/model/vrptw.ts';

export function solomon(name: string): VrptwInstance {
  return readSolomon(readFileSync(path.join(dataDir(), 'vrptw', 'solomon', `${name}.txt`), 'utf8'));
}

/** A small random VRPTW instance so tests do not depend on the shared data. */
export function randomInstance(n: number, seed: number): VrptwInstance {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const x = [50];
  const y = [50];
  const demand = [0];
  const ready = [0];
  const due = [400];
  const service = [0];
  for (let i = 1; i <= n; i++) {
    x.push(Math.round(rnd() * 100));
    y.push(Math.round(rnd() * 100));
    demand.push(1 + Math.floor(rnd() * 20));
    const r = Math.floor(rnd() * 250);
    ready.push(r);
    due.push(r + 30 + Math.floor(rnd() * 80));
    service.push(10);
  }
  return { name: `rand${n}`, capacity: 60, maxVehicles: n, x, y, demand, ready, due, service };
}
