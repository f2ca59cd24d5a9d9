import type { HomeCareProblem, Staff, Visit } from '../src/model/problem.ts';

/** n points, 10 minutes between any two distinct ones; point 0 is the office. */
export function flatMatrix(n: number, minutes = 10): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : minutes)));
}

export function staff(id: string, extra: Partial<Staff> = {}): Staff {
  return { id, shift: { start: 480, end: 960 }, startLocation: { index: 0 }, ...extra };
}

export function visit(id: string, index: number, extra: Partial<Visit> = {}): Visit {
  return { id, location: { index }, duration: 30, windows: [{ start: 480, end: 900 }], ...extra };
}

export function problem(visits: Visit[], staffList: Staff[], n = 12): HomeCareProblem {
  return { visits, staff: staffList, travelMatrix: flatMatrix(n) };
}
