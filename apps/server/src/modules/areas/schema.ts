import { z } from 'zod';

export const localizedText = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

export const AREA_CODES = ['south', 'east', 'north', 'central'] as const;
export const LOCATION_TYPES = ['welfare_centre', 'welfare_point'] as const;

export const placeSchema = z.object({
  id: z.string().uuid(),
  type: z.enum(LOCATION_TYPES),
  name: localizedText,
  address: z.object({ street: z.string(), postalCode: z.string(), city: z.string() }),
  coordinates: z.object({ lat: z.number(), lon: z.number() }),
});

export const areaSchema = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: localizedText,
  places: z.array(placeSchema),
});

export const areasResponse = z.array(areaSchema);
export type AreaView = z.infer<typeof areaSchema>;

const coordinatesSchema = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });
const position = z.tuple([z.number(), z.number()]).rest(z.number());
const ring = z
  .array(position)
  .min(4)
  .refine((r) => r[0]![0] === r[r.length - 1]![0] && r[0]![1] === r[r.length - 1]![1], 'A ring must end where it starts');
/** GeoJSON Polygon or MultiPolygon (RFC 7946), WGS 84 [lon, lat]. */
export const areaGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

export const placeWithDistance = placeSchema.extend({ areaCode: z.string().nullable(), distanceKm: z.number() });

export const lookupQuery = z
  .object({
    q: z.string().trim().min(2).max(200).optional(),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
  })
  .refine((v) => v.q !== undefined || (v.lat !== undefined && v.lon !== undefined), {
    message: 'Give an address or postal code (q), or a position (lat and lon)',
    path: ['q'],
  });

export const geocodeQuery = z.object({ q: z.string().trim().min(2).max(200) });
export const geocodeResponse = z.object({
  label: z.string(),
  postalCode: z.string().nullable(),
  coordinates: coordinatesSchema,
  precision: z.enum(['address', 'postal_code']),
});

export const lookupResponse = z.object({
  location: geocodeResponse,
  postalCode: z.object({ code: z.string(), postOffice: z.string(), district: z.string().nullable() }).nullable(),
  area: z.object({ code: z.string(), name: localizedText }),
  /** Null when the postal code is split between centres and only the postal code is known. */
  responsibleCentre: placeWithDistance.nullable(),
  /** The centres of a split postal code, when the street address is needed to tell which. */
  candidates: z.array(placeWithDistance),
  nearestPlaces: z.array(placeWithDistance),
});
export type LookupView = z.infer<typeof lookupResponse>;

const choiceView = z.object({ centre: placeSchema, chosenAt: z.string() });
export const myCentreResponse = z.object({
  current: choiceView.nullable(),
  history: z.array(choiceView),
  /** From when the next change is allowed (once a year); null when a change is allowed now. */
  nextChangeFrom: z.string().nullable(),
});
export type MyCentreView = z.infer<typeof myCentreResponse>;
export const chooseCentreBody = z.object({ locationId: z.string().uuid() });

export const postalCodeView = z.object({
  code: z.string(),
  postOffice: z.string(),
  district: z.string().nullable(),
  coordinates: coordinatesSchema,
  boundary: areaGeometry.nullable(),
  boundarySource: z.string().nullable(),
  assignments: z.array(
    z.object({ centreLocationId: z.string().uuid(), centreName: localizedText, areaCode: z.string(), part: areaGeometry.nullable() }),
  ),
});
export const postalCodeParams = z.object({ code: z.string().regex(/^\d{5}$/, 'A postal code has five digits') });
export const postalCodeBody = z.object({
  postOffice: z.string().trim().min(1).max(100),
  district: z.string().trim().max(100).nullable().default(null),
  coordinates: coordinatesSchema,
  boundary: areaGeometry.nullable().default(null),
  boundarySource: z.string().trim().max(300).nullable().default(null),
  assignments: z
    .array(z.object({ centreLocationId: z.string().uuid(), part: areaGeometry.nullable().default(null) }))
    .min(1, 'Every postal code has a responsible welfare centre')
    .max(10),
});
export type PostalCodeInput = z.infer<typeof postalCodeBody>;

export const areaParams = z.object({ code: z.string().min(1).max(40) });
export const areaPatch = z
  .object({ name: localizedText.extend({ fi: z.string().trim().min(1, 'The Finnish name is required').max(120) }).optional(), boundary: areaGeometry.nullable().optional() })
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'Change at least one field');
export const areaView = z.object({ id: z.string().uuid(), code: z.string(), name: localizedText, boundary: areaGeometry.nullable() });
