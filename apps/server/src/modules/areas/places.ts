import { distanceKm, type LatLon } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { listPlaces, localized } from '../catalog/service.ts';
import * as repo from './repo.ts';
import type { AreaView } from './schema.ts';

export const PLACE_TYPES = ['welfare_centre', 'welfare_point'] as const;
export type Place = AreaView['places'][number] & { areaId: string | null };

/** The region's welfare centres and points, as the areas module shows them. */
export async function regionPlaces(db: DbOrTx): Promise<Place[]> {
  const rows = await listPlaces(db, PLACE_TYPES);
  return rows.map((l) => ({
    id: l.id,
    type: l.type as Place['type'],
    name: localized(l.nameFi, l.nameSv, l.nameEn),
    address: { street: l.street, postalCode: l.postalCode, city: l.city },
    coordinates: { lat: l.lat, lon: l.lon },
    areaId: l.areaId,
  }));
}

/** A place as the API shows it: without internal ids, with its area code and distance. */
export async function placeViews(db: DbOrTx) {
  const areas = new Map((await repo.listAreas(db)).map((a) => [a.id, a.code]));
  return (place: Place, from: LatLon) => {
    const { areaId, ...view } = place;
    return { ...view, areaCode: areaId ? (areas.get(areaId) ?? null) : null, distanceKm: Math.round(distanceKm(from, place.coordinates) * 100) / 100 };
  };
}

export const publicPlace = ({ areaId: _areaId, ...view }: Place) => view;
