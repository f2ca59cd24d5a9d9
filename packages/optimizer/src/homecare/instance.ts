import type { HomeCareProblem, ObjectiveWeights } from '../model/problem.ts';

/**
 * Numeric, index-based form of a validated home-care problem used by the search. A double-staffed
 * visit becomes two tasks (copies) linked through `partner`; they must go to different staff and
 * start at the same minute.
 */
export interface HcInstance {
  readonly problem: HomeCareProblem;
  readonly weights: ObjectiveWeights;
  readonly nLoc: number;
  readonly nStaff: number;
  readonly staffIds: readonly string[];
  /** Travel minutes nLoc×nLoc for each staff (staff with the same mode and speed share one). */
  readonly staffMatrix: readonly Float64Array[];
  readonly staffStart: Int32Array;
  readonly staffEnd: Int32Array;
  readonly shiftStart: Float64Array;
  readonly shiftEnd: Float64Array;
  readonly breakStart: Float64Array;
  readonly breakEnd: Float64Array;
  /** 0 = no break. */
  readonly breakDur: Float64Array;
  readonly maxWork: Float64Array;

  readonly nTasks: number;
  readonly nVisits: number;
  readonly taskVisit: Int32Array;
  readonly taskLoc: Int32Array;
  readonly taskDur: Float64Array;
  /** The other copy of a double-staffed visit, or -1. */
  readonly partner: Int32Array;
  /** Windows of each task, sorted by start; a pinned start becomes the single window [p, p]. */
  readonly winStart: readonly Float64Array[];
  readonly winEnd: readonly Float64Array[];
  readonly winSoft: readonly Uint8Array[];
  readonly winPenalty: readonly Float64Array[];
  readonly priority: Float64Array;
  /** allowed[t * nStaff + k] = 1 when staff k may do task t (skills, refusals, pins). */
  readonly allowed: Uint8Array;
  /** Continuity cost of giving task t to staff k (0 for preferred staff or no preference). */
  readonly assignCost: Float64Array;
}
