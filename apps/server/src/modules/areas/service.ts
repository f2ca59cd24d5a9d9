import type { Db, DbOrTx } from '../../db/client.ts';
import { listPlaces, localized } from '../catalog/service.ts';
import * as repo from './repo.ts';
import type { AreaView } from './schema.ts';

const PLACE_TYPES = ['welfare_centre', 'welfare_point'] as const;

/** The welfare areas with their centres first, then their points. */
export async function listAreasWithPlaces(db: Db): Promise<AreaView[]> {
  const [areas, places] = await Promise.all([repo.listAreas(db), listPlaces(db, PLACE_TYPES)]);
  return areas.map((area) => ({
    id: area.id,
    code: area.code,
    name: localized(area.nameFi, area.nameSv, area.nameEn),
    places: places
      .filter((l) => l.areaId === area.id)
      .map((l) => ({
        id: l.id,
        type: l.type as AreaView['places'][number]['type'],
        name: localized(l.nameFi, l.nameSv, l.nameEn),
        address: { street: l.street, postalCode: l.postalCode, city: l.city },
        coordinates: { lat: l.lat, lon: l.lon },
      })),
  }));
}

export const saveArea = repo.upsertArea;

export async function hasAnyArea(db: DbOrTx): Promise<boolean> {
  return (await repo.listAreas(db)).length > 0;
}
