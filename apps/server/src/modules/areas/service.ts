import type { Db, DbOrTx } from '../../db/client.ts';
import { localized } from '../catalog/service.ts';
import { publicPlace, regionPlaces } from './places.ts';
import * as repo from './repo.ts';
import type { AreaView } from './schema.ts';

export { areaViews, changeArea, postalCodeViews, savePostalCode } from './admin.ts';
export { chooseCentre, myCentre } from './choices.ts';
export { digitransitGeocoder, localGeocoder, type Geocoder } from './geocoder.ts';
export { lookupResponsibility } from './lookup.ts';

/** The welfare areas with their centres first, then their points. */
export async function listAreasWithPlaces(db: Db): Promise<AreaView[]> {
  const [areas, places] = await Promise.all([repo.listAreas(db), regionPlaces(db)]);
  return areas.map((area) => ({
    id: area.id,
    code: area.code,
    name: localized(area.nameFi, area.nameSv, area.nameEn),
    places: places.filter((p) => p.areaId === area.id).map(publicPlace),
  }));
}

export const saveArea = repo.upsertArea;

export async function hasAnyArea(db: DbOrTx): Promise<boolean> {
  return (await repo.listAreas(db)).length > 0;
}

export const savePostalCodeRow = repo.upsertPostalCode;
export const saveAssignments = repo.replaceAssignments;
export { regionPlaces } from './places.ts';

export async function saveAreaBoundary(db: DbOrTx, code: string, boundary: unknown): Promise<void> {
  await repo.updateArea(db, code, { boundary });
}

/** Area codes by area id. */
export async function areaCodesById(db: DbOrTx): Promise<Map<string, string>> {
  return new Map((await repo.listAreas(db)).map((a) => [a.id, a.code]));
}

/** The code of the area responsible for a postal code (the first part of a split one), or null. */
export async function areaCodeOfPostalCode(db: DbOrTx, postalCode: string): Promise<string | null> {
  const [assignment] = await repo.assignmentsOf(db, postalCode);
  if (!assignment) return null;
  return (await areaCodesById(db)).get(assignment.areaId) ?? null;
}
