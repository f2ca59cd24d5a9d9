import { parseAddressQuery, streetKey, type LatLon } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { locationsOnStreet } from '../catalog/service.ts';
import * as repo from './repo.ts';

export interface GeocodeResult {
  label: string;
  postalCode: string | null;
  coordinates: LatLon;
  /** `address`: the building; `postal_code`: only the postal-code area is known. */
  precision: 'address' | 'postal_code';
}

/** Turns what a resident typed into a position. National address services plug in here. */
export interface Geocoder {
  geocode(db: DbOrTx, text: string): Promise<GeocodeResult | null>;
}

/**
 * Works without any outside service: the addresses of the catalogue's own places, then postal
 * codes and the names of post offices and districts.
 */
export const localGeocoder: Geocoder = {
  async geocode(db, text) {
    const query = parseAddressQuery(text);
    if (query.street) {
      const key = streetKey(query.street);
      const found = (await locationsOnStreet(db, key.split(' ')[0]!)).find(
        (l) => streetKey(l.street) === key && (!query.postalCode || l.postalCode === query.postalCode),
      );
      if (found) {
        return { label: `${found.street}, ${found.postalCode} ${found.city}`, postalCode: found.postalCode, coordinates: { lat: found.lat, lon: found.lon }, precision: 'address' };
      }
    }
    const byCode = query.postalCode ? await repo.findPostalCode(db, query.postalCode) : undefined;
    const named = !byCode && !query.postalCode ? (await repo.postalCodesNamed(db, query.street ?? query.city ?? ''))[0] : undefined;
    const area = byCode ?? named;
    if (!area) return null;
    return { label: `${area.code} ${area.postOffice}`, postalCode: area.code, coordinates: { lat: area.lat, lon: area.lon }, precision: 'postal_code' };
  },
};

interface PeliasResponse {
  features?: { geometry?: { coordinates?: [number, number] }; properties?: { label?: string; postalcode?: string; layer?: string } }[];
}

/**
 * The Digitransit geocoding API (Pelias; national address data of the Digital and Population
 * Data Services Agency). Falls back to the local geocoder when it finds nothing or fails.
 */
export function digitransitGeocoder(options: { url: string; apiKey: string | undefined; fetch?: typeof fetch; fallback?: Geocoder }): Geocoder {
  const fetchFn = options.fetch ?? fetch;
  const fallback = options.fallback ?? localGeocoder;
  return {
    async geocode(db, text) {
      const url = new URL(`${options.url.replace(/\/$/, '')}/search`);
      url.searchParams.set('text', text);
      url.searchParams.set('size', '1');
      url.searchParams.set('boundary.country', 'FIN');
      try {
        const response = await fetchFn(url, {
          headers: options.apiKey ? { 'digitransit-subscription-key': options.apiKey } : {},
          signal: AbortSignal.timeout(3000),
        });
        if (response.ok) {
          const feature = ((await response.json()) as PeliasResponse).features?.[0];
          const position = feature?.geometry?.coordinates;
          if (feature && position) {
            const address = feature.properties?.layer === 'address' || feature.properties?.layer === 'venue';
            return {
              label: feature.properties?.label ?? text,
              postalCode: feature.properties?.postalcode ?? null,
              coordinates: { lat: position[1], lon: position[0] },
              precision: address ? 'address' : 'postal_code',
            };
          }
        }
      } catch {
        // The national service being down must not stop residents finding their centre.
      }
      return fallback.geocode(db, text);
    },
  };
}
