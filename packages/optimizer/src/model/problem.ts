/**
 * Home-care routing and scheduling problem as exchanged with the outside world (JSON). Times are
 * minutes from midnight of the planning day; durations are minutes.
 */

/** A place: coordinates (WGS84) or a row/column of a travel matrix given in the input. */
export type Location = { readonly lat: number; readonly lon: number } | { readonly index: number };

export interface TimeWindow {
  /** Earliest start of service. */
  readonly start: number;
  /** Latest start of service (a soft window may be exceeded at a cost). */
  readonly end: number;
  readonly soft?: boolean;
  /** Cost per minute of starting after `end` (soft windows only). */
  readonly latenessPenalty?: number;
}

export type VisitType = 'basic' | 'demanding' | 'rehabilitating' | 'families';
export type TravelMode = 'car' | 'bicycle' | 'walking';

export interface Visit {
  readonly id: string;
  readonly location: Location;
  readonly duration: number;
  /** Alternative windows; service starts inside one of them. Empty = any time in the shift. */
  readonly windows: readonly TimeWindow[];
  readonly skills?: readonly string[];
  /** Weight of leaving the visit unassigned (default 1). */
  readonly priority?: number;
  /** Staff the client knows (continuity of care): any other staff costs a continuity penalty. */
  readonly preferredStaff?: readonly string[];
  readonly refusedStaff?: readonly string[];
  /** 2 = double-staffed: two different staff start together. */
  readonly staffCount?: 1 | 2;
  /** Fixed assignment: these staff (one per required person), optionally at a fixed start. */
  readonly pinned?: { readonly staff: readonly string[]; readonly start?: number };
  readonly type?: VisitType;
}

export interface Staff {
  readonly id: string;
  readonly shift: { readonly start: number; readonly end: number };
  readonly startLocation: Location;
  /** Defaults to the start location. */
  readonly endLocation?: Location;
  readonly skills?: readonly string[];
  /** A break of `duration` minutes lying entirely inside [start, end]. */
  readonly break?: { readonly start: number; readonly end: number; readonly duration: number };
  readonly maxWorkMinutes?: number;
  readonly travelMode?: TravelMode;
  /** Overrides the default speed of the travel mode. */
  readonly speedKmh?: number;
}

export interface ObjectiveWeights {
  /** Per unit of priority of an unassigned visit; must dominate the rest (lexicographic). */
  readonly unassigned: number;
  /** Per minute of travel. */
  readonly travel: number;
  /** Per visit served by someone outside its preferred staff. */
  readonly continuity: number;
  /** Multiplies each window's lateness penalty. */
  readonly lateness: number;
}

export interface HomeCareProblem {
  readonly name?: string;
  readonly visits: readonly Visit[];
  readonly staff: readonly Staff[];
  /** Travel minutes between `index` locations, used for every travel mode. */
  readonly travelMatrix?: readonly (readonly number[])[];
  /** Road distance ÷ straight-line distance for the haversine provider (default 1.3). */
  readonly detourFactor?: number;
  readonly weights?: Partial<ObjectiveWeights>;
}

export interface PlannedVisit {
  readonly visitId: string;
  readonly start: number;
  readonly end: number;
}

export interface StaffRoute {
  readonly staffId: string;
  readonly visits: readonly PlannedVisit[];
  readonly break?: { readonly start: number; readonly end: number };
  readonly departure: number;
  readonly arrival: number;
  readonly travelMinutes: number;
}

export interface ObjectiveParts {
  readonly unassignedWeighted: number;
  readonly travelTime: number;
  readonly continuityPenalty: number;
  readonly lateness: number;
  readonly total: number;
}

export interface HomeCareSolution {
  readonly routes: readonly StaffRoute[];
  readonly unassigned: readonly { readonly visitId: string; readonly reason: string }[];
  readonly objective: ObjectiveParts;
}

export const DEFAULT_WEIGHTS: ObjectiveWeights = { unassigned: 100_000, travel: 1, continuity: 10, lateness: 1 };
export const DEFAULT_SPEED_KMH: Record<TravelMode, number> = { car: 35, bicycle: 15, walking: 5 };
