/**
 * JSON Schemas (draft 2020-12) of the problem and the solution, for API documentation and for
 * clients; the library itself validates with `validateProblem`, which checks the same rules plus
 * the cross-references a schema cannot express.
 */
const location = {
  oneOf: [
    { type: 'object', required: ['lat', 'lon'], properties: { lat: { type: 'number', minimum: -90, maximum: 90 }, lon: { type: 'number', minimum: -180, maximum: 180 } }, additionalProperties: false },
    { type: 'object', required: ['index'], properties: { index: { type: 'integer', minimum: 0 } }, additionalProperties: false },
  ],
} as const;
const minutes = { type: 'number', minimum: 0, maximum: 2880 } as const;
const ids = { type: 'array', items: { type: 'string' } } as const;

export const problemSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://avain.example/schemas/homecare-problem.json',
  title: 'Home-care routing and scheduling problem',
  type: 'object',
  required: ['visits', 'staff'],
  properties: {
    name: { type: 'string' },
    detourFactor: { type: 'number', minimum: 1 },
    travelMatrix: { type: 'array', items: { type: 'array', items: { type: 'number', minimum: 0 } } },
    weights: {
      type: 'object',
      properties: { unassigned: { type: 'number' }, travel: { type: 'number' }, continuity: { type: 'number' }, lateness: { type: 'number' } },
      additionalProperties: false,
    },
    visits: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'location', 'duration', 'windows'],
        properties: {
          id: { type: 'string', minLength: 1 },
          location,
          duration: { type: 'number', minimum: 0 },
          windows: {
            type: 'array',
            items: {
              type: 'object',
              required: ['start', 'end'],
              properties: { start: minutes, end: minutes, soft: { type: 'boolean' }, latenessPenalty: { type: 'number', minimum: 0 } },
              additionalProperties: false,
            },
          },
          skills: ids,
          priority: { type: 'number', exclusiveMinimum: 0 },
          preferredStaff: ids,
          refusedStaff: ids,
          staffCount: { enum: [1, 2] },
          pinned: { type: 'object', required: ['staff'], properties: { staff: ids, start: minutes }, additionalProperties: false },
          type: { enum: ['basic', 'demanding', 'rehabilitating', 'families'] },
        },
        additionalProperties: false,
      },
    },
    staff: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'shift', 'startLocation'],
        properties: {
          id: { type: 'string', minLength: 1 },
          shift: { type: 'object', required: ['start', 'end'], properties: { start: minutes, end: minutes }, additionalProperties: false },
          startLocation: location,
          endLocation: location,
          skills: ids,
          break: {
            type: 'object',
            required: ['start', 'end', 'duration'],
            properties: { start: minutes, end: minutes, duration: { type: 'number', minimum: 0 } },
            additionalProperties: false,
          },
          maxWorkMinutes: { type: 'number', minimum: 0 },
          travelMode: { enum: ['car', 'bicycle', 'walking'] },
          speedKmh: { type: 'number', exclusiveMinimum: 0 },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;

const parts = {
  type: 'object',
  required: ['unassignedWeighted', 'travelTime', 'continuityPenalty', 'lateness', 'total'],
  properties: {
    unassignedWeighted: { type: 'number' },
    travelTime: { type: 'number' },
    continuityPenalty: { type: 'number' },
    lateness: { type: 'number' },
    total: { type: 'number' },
  },
} as const;

export const solutionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://avain.example/schemas/homecare-solution.json',
  title: 'Home-care plan',
  type: 'object',
  required: ['routes', 'unassigned', 'objective'],
  properties: {
    routes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['staffId', 'visits', 'departure', 'arrival', 'travelMinutes'],
        properties: {
          staffId: { type: 'string' },
          visits: {
            type: 'array',
            items: { type: 'object', required: ['visitId', 'start', 'end'], properties: { visitId: { type: 'string' }, start: { type: 'number' }, end: { type: 'number' } } },
          },
          break: { type: 'object', required: ['start', 'end'], properties: { start: { type: 'number' }, end: { type: 'number' } } },
          departure: { type: 'number' },
          arrival: { type: 'number' },
          travelMinutes: { type: 'number' },
        },
      },
    },
    unassigned: {
      type: 'array',
      items: { type: 'object', required: ['visitId', 'reason'], properties: { visitId: { type: 'string' }, reason: { type: 'string' } } },
    },
    objective: parts,
  },
} as const;
