/** Public API of the home-care routing and scheduling engine. */
export type {
  HomeCareProblem,
  HomeCareSolution,
  Location,
  ObjectiveParts,
  ObjectiveWeights,
  PlannedVisit,
  Staff,
  StaffRoute,
  TimeWindow,
  TravelMode,
  Visit,
  VisitType,
} from './model/problem.ts';
export { DEFAULT_SPEED_KMH, DEFAULT_WEIGHTS } from './model/problem.ts';
export { problemSchema, solutionSchema } from './model/schema.ts';
export { ProblemValidationError, validateProblem } from './model/validate.ts';
export type { TravelMatrixProvider } from './model/travel.ts';
export { GivenMatrixProvider, HaversineProvider, haversineKm } from './model/travel.ts';
export { OsrmTableProvider } from './model/osrm.ts';
export type { OsrmOptions } from './model/osrm.ts';
export type { VrptwInstance } from './model/vrptw.ts';
export { readSolomon } from './model/vrptw.ts';
export { dataDir } from './model/data-dir.ts';
export { solveHomeCare } from './homecare/solve.ts';
export type { HomeCareOptions, HomeCareRun } from './homecare/solve.ts';
export { generateOuluDay } from './homecare/generate.ts';
export { solveVrptw } from './solver/vrptw.ts';
export type { VrptwOptions } from './solver/vrptw.ts';
export type { HgsResult, Progress } from './solver/hgs.ts';
export { solveInWorker } from './solver/run-in-worker.ts';
export type { WorkerRequest, WorkerResult } from './solver/worker-protocol.ts';
export { checkHomeCare } from './check/homecare-check.ts';
export type { HomeCareCheck, TravelFn } from './check/homecare-check.ts';
export { checkVrptw } from './check/vrptw-check.ts';
export type { VrptwCheck } from './check/vrptw-check.ts';
export { applyChanges, replan } from './replan.ts';
export type { PlanChange, ReplanOptions, ReplanResult } from './replan.ts';
