/**
 * Capacitated VRP with hard time windows (Solomon / Gehring–Homberger), as read from the classic
 * text layout. Node 0 is the depot; its due date is the planning horizon.
 */
export interface VrptwInstance {
  readonly name: string;
  readonly capacity: number;
  /** Upper bound on vehicles given by the instance (not the number used). */
  readonly maxVehicles: number;
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly demand: readonly number[];
  readonly ready: readonly number[];
  readonly due: readonly number[];
  readonly service: readonly number[];
}

/** Parses the Solomon text format. Throws on malformed input rather than guessing. */
export function readSolomon(text: string): VrptwInstance {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const name = lines.find((l) => l.length > 0) ?? 'unnamed';
  const vehicleIdx = lines.findIndex((l) => l.toUpperCase() === 'VEHICLE');
  if (vehicleIdx < 0) throw new Error('Solomon file: VEHICLE section missing');
  let fleetLine: number[] | undefined;
  let rowStart = -1;
  for (let i = vehicleIdx + 1; i < lines.length; i++) {
    const nums = numbers(lines[i] ?? '');
    if (!fleetLine && nums?.length === 2) fleetLine = nums;
    if ((lines[i] ?? '').toUpperCase() === 'CUSTOMER') rowStart = i + 1;
  }
  if (!fleetLine || rowStart < 0) throw new Error('Solomon file: fleet line or CUSTOMER section missing');
  const rows: number[][] = [];
  for (let i = rowStart; i < lines.length; i++) {
    const nums = numbers(lines[i] ?? '');
    if (nums?.length === 7) rows.push(nums);
  }
  if (rows.length < 2) throw new Error('Solomon file: no customers');
  rows.forEach((r, i) => {
    if (r[0] !== i) throw new Error(`Solomon file: customer ${i} out of order`);
  });
  const col = (c: number) => rows.map((r) => r[c] ?? 0);
  return {
    name,
    maxVehicles: fleetLine[0] ?? 0,
    capacity: fleetLine[1] ?? 0,
    x: col(1),
    y: col(2),
    demand: col(3),
    ready: col(4),
    due: col(5),
    service: col(6),
  };
}

function numbers(line: string): number[] | undefined {
  if (line.length === 0) return undefined;
  const parts = line.split(/\s+/);
  const out = parts.map(Number);
  return out.every((v) => Number.isFinite(v)) ? out : undefined;
}

/** Euclidean distances in double precision (the SINTEF convention), row-major n×n. */
export function euclideanMatrix(inst: VrptwInstance): Float64Array {
  const n = inst.x.length;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      d[i * n + j] = Math.hypot((inst.x[i] ?? 0) - (inst.x[j] ?? 0), (inst.y[i] ?? 0) - (inst.y[j] ?? 0));
    }
  }
  return d;
}
