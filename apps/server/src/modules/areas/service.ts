import type { Db } from '../../db/client.ts';
import * as repo from './repo.ts';
import type { AreaView } from './schema.ts';

const localized = (fi: string, sv: string | null, en: string | null) => ({
  fi,
  ...(sv ? { sv } : {}),
  ...(en ? { en } : {}),
});

/** The welfare areas with their centres first, then their points. */
export async function listAreasWithPlaces(db: Db): Promise<AreaView[]> {
  const [areas, locations] = await Promise.all([repo.listAreas(db), repo.listLocations(db)]);
  return areas.map((area) => ({
    id: area.id,
    code: area.code,
    name: localized(area.nameFi, area.nameSv, area.nameEn),
    places: locations
      .filter((l) => l.areaId === area.id && (l.type === 'welfare_centre' || l.type === 'welfare_point'))
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
export const saveLocation = repo.upsertLocation;
export async function hasAnyArea(db: Db): Promise<boolean> {
  return (await repo.listAreas(db)).length > 0;
}
