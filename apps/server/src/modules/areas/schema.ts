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
