import type { HomeCareProblem } from './problem.ts';

export class ProblemValidationError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`invalid problem: ${issues.slice(0, 5).join('; ')}${issues.length > 5 ? ` (+${issues.length - 5} more)` : ''}`);
    this.name = 'ProblemValidationError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStrArr = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/**
 * The one validation at the edge: checks shape, ranges and cross-references (unique ids, known
 * staff in preferences and pins, matrix indices in range) and returns the problem typed. The search
 * never sees unvalidated data.
 */
export function validateProblem(input: unknown): HomeCareProblem {
  const issues: string[] = [];
  if (!isObj(input)) throw new ProblemValidationError(['problem must be an object']);
  const visits = input['visits'];
  const staff = input['staff'];
  if (!Array.isArray(visits)) issues.push('visits must be an array');
  if (!Array.isArray(staff) || staff.length === 0) issues.push('staff must be a non-empty array');
  if (issues.length) throw new ProblemValidationError(issues);
  const matrix = input['travelMatrix'];
  let matrixSize = 0;
  if (matrix !== undefined) {
    if (!Array.isArray(matrix) || !matrix.every((row) => Array.isArray(row) && row.length === matrix.length && row.every((x) => isNum(x) && x >= 0))) {
      issues.push('travelMatrix must be a square matrix of non-negative minutes');
    } else matrixSize = matrix.length;
  }
  const kinds = new Set<string>();
  const checkLocation = (where: string, loc: unknown) => {
    if (!isObj(loc)) return issues.push(`${where}: location missing`);
    if ('index' in loc) {
      kinds.add('index');
      const i = loc['index'];
      if (!Number.isInteger(i) || (i as number) < 0 || (i as number) >= matrixSize) issues.push(`${where}: index ${String(i)} outside travelMatrix`);
    } else {
      kinds.add('coordinates');
      const { lat, lon } = loc as { lat?: unknown; lon?: unknown };
      if (!isNum(lat) || !isNum(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) issues.push(`${where}: bad coordinates`);
    }
    return 0;
  };
  const staffIds = new Set<string>();
  (staff as unknown[]).forEach((s, k) => {
    const w = `staff[${k}]`;
    if (!isObj(s)) return issues.push(`${w} must be an object`);
    if (typeof s['id'] !== 'string' || !s['id']) issues.push(`${w}.id missing`);
    else if (staffIds.has(s['id'])) issues.push(`${w}: duplicate id ${s['id']}`);
    else staffIds.add(s['id']);
    const shift = s['shift'];
    if (!isObj(shift) || !isNum(shift['start']) || !isNum(shift['end']) || shift['start'] >= shift['end']) issues.push(`${w}.shift must have start < end`);
    checkLocation(`${w}.startLocation`, s['startLocation']);
    if (s['endLocation'] !== undefined) checkLocation(`${w}.endLocation`, s['endLocation']);
    if (s['skills'] !== undefined && !isStrArr(s['skills'])) issues.push(`${w}.skills must be strings`);
    const br = s['break'];
    if (br !== undefined && (!isObj(br) || !isNum(br['start']) || !isNum(br['end']) || !isNum(br['duration']) || br['duration'] < 0 || br['start'] + br['duration'] > br['end'])) {
      issues.push(`${w}.break must fit its duration inside [start, end]`);
    }
    if (s['maxWorkMinutes'] !== undefined && (!isNum(s['maxWorkMinutes']) || s['maxWorkMinutes'] < 0)) issues.push(`${w}.maxWorkMinutes invalid`);
    if (s['travelMode'] !== undefined && !['car', 'bicycle', 'walking'].includes(s['travelMode'] as string)) issues.push(`${w}.travelMode invalid`);
    if (s['speedKmh'] !== undefined && (!isNum(s['speedKmh']) || s['speedKmh'] <= 0)) issues.push(`${w}.speedKmh must be positive`);
    return 0;
  });
  const visitIds = new Set<string>();
  (visits as unknown[]).forEach((v, i) => {
    const w = `visits[${i}]`;
    if (!isObj(v)) return issues.push(`${w} must be an object`);
    if (typeof v['id'] !== 'string' || !v['id']) issues.push(`${w}.id missing`);
    else if (visitIds.has(v['id'])) issues.push(`${w}: duplicate id ${v['id']}`);
    else visitIds.add(v['id']);
    checkLocation(`${w}.location`, v['location']);
    if (!isNum(v['duration']) || v['duration'] < 0) issues.push(`${w}.duration must be ≥ 0`);
    const windows = v['windows'];
    if (!Array.isArray(windows)) issues.push(`${w}.windows must be an array`);
    else
      windows.forEach((tw: unknown, j) => {
        if (!isObj(tw) || !isNum(tw['start']) || !isNum(tw['end']) || tw['start'] > tw['end']) issues.push(`${w}.windows[${j}] must have start ≤ end`);
        else if (tw['latenessPenalty'] !== undefined && (!isNum(tw['latenessPenalty']) || tw['latenessPenalty'] < 0)) issues.push(`${w}.windows[${j}].latenessPenalty invalid`);
      });
    const count = v['staffCount'] ?? 1;
    if (count !== 1 && count !== 2) issues.push(`${w}.staffCount must be 1 or 2`);
    if (v['priority'] !== undefined && (!isNum(v['priority']) || v['priority'] <= 0)) issues.push(`${w}.priority must be > 0`);
    for (const key of ['skills', 'preferredStaff', 'refusedStaff'] as const) {
      if (v[key] !== undefined && !isStrArr(v[key])) issues.push(`${w}.${key} must be strings`);
    }
    for (const key of ['preferredStaff', 'refusedStaff'] as const) {
      if (isStrArr(v[key])) for (const id of v[key]) if (!staffIds.has(id)) issues.push(`${w}.${key}: unknown staff ${id}`);
    }
    const pin = v['pinned'];
    if (pin !== undefined) {
      if (!isObj(pin) || !isStrArr(pin['staff'])) issues.push(`${w}.pinned.staff must be staff ids`);
      else {
        if (pin['staff'].length !== count) issues.push(`${w}.pinned.staff must list ${String(count)} staff`);
        if (new Set(pin['staff']).size !== pin['staff'].length) issues.push(`${w}.pinned.staff must be different people`);
        for (const id of pin['staff']) if (!staffIds.has(id)) issues.push(`${w}.pinned: unknown staff ${id}`);
        if (pin['start'] !== undefined && !isNum(pin['start'])) issues.push(`${w}.pinned.start must be minutes`);
      }
    }
    if (v['type'] !== undefined && !['basic', 'demanding', 'rehabilitating', 'families'].includes(v['type'] as string)) issues.push(`${w}.type invalid`);
    return 0;
  });
  if (kinds.size > 1) issues.push('locations must be all coordinates or all matrix indices');
  if (kinds.has('index') && matrix === undefined) issues.push('index locations need a travelMatrix');
  if (issues.length) throw new ProblemValidationError(issues);
  return input as unknown as HomeCareProblem;
}
