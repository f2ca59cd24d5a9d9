import { AppError, type AreaGeometry } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { SessionUser } from '../auth/service.ts';
import { recordAudit } from '../audit/service.ts';
import { regionPlaces } from './places.ts';
import * as repo from './repo.ts';
import type { PostalCodeInput } from './schema.ts';
import { localized } from '../catalog/service.ts';

const actor = (u: SessionUser) => ({ id: u.id, name: u.displayName, role: u.role });

/** Every postal code with its boundary and the centres responsible for it (a part each when split). */
export async function postalCodeViews(db: DbOrTx) {
  const [codes, assignments, places, areas] = await Promise.all([repo.listPostalCodes(db), repo.listAssignments(db), regionPlaces(db), repo.listAreas(db)]);
  const placeById = new Map(places.map((p) => [p.id, p]));
  const areaCode = new Map(areas.map((a) => [a.id, a.code]));
  return codes.map((c) => ({
    code: c.code,
    postOffice: c.postOffice,
    district: c.district,
    coordinates: { lat: c.lat, lon: c.lon },
    boundary: (c.boundary as AreaGeometry | null) ?? null,
    boundarySource: c.boundarySource,
    assignments: assignments
      .filter((a) => a.postalCode === c.code)
      .map((a) => ({
        centreLocationId: a.centreLocationId,
        centreName: placeById.get(a.centreLocationId)?.name ?? { fi: '?' },
        areaCode: areaCode.get(a.areaId) ?? '?',
        part: (a.part as AreaGeometry | null) ?? null,
      })),
  }));
}

/**
 * Creates or replaces a postal code and its population responsibility. A split code names the
 * part of each centre; the welfare area follows from the centre.
 */
export async function savePostalCode(db: Db, user: SessionUser, code: string, input: PostalCodeInput, requestId: string) {
  await db.transaction(async (tx) => {
    const places = new Map((await regionPlaces(tx)).map((p) => [p.id, p]));
    const errors = input.assignments.flatMap((a, i) => {
      const centre = places.get(a.centreLocationId);
      const problems = [];
      if (!centre || centre.type !== 'welfare_centre' || !centre.areaId) {
        problems.push({ field: `body.assignments.${i}.centreLocationId`, message: 'is not a welfare centre of the region' });
      }
      if (input.assignments.length > 1 && !a.part) {
        problems.push({ field: `body.assignments.${i}.part`, message: 'is required when the postal code is split between centres' });
      }
      return problems;
    });
    if (errors.length > 0) throw new AppError('validation', 'The population responsibility of the postal code is not valid.', { errors });
    await repo.upsertPostalCode(tx, {
      code,
      postOffice: input.postOffice,
      district: input.district,
      lat: input.coordinates.lat,
      lon: input.coordinates.lon,
      boundary: input.boundary,
      boundarySource: input.boundarySource,
    });
    await repo.replaceAssignments(
      tx,
      code,
      input.assignments.map((a) => ({
        centreLocationId: a.centreLocationId,
        areaId: places.get(a.centreLocationId)!.areaId!,
        placeName: input.district ?? input.postOffice,
        part: a.part,
      })),
    );
    await recordAudit(tx, { actor: actor(user), action: 'areas.postal_code.save', outcome: 'success', resourceType: 'postal_code', resourceId: code, requestId });
  });
  return (await postalCodeViews(db)).find((c) => c.code === code)!;
}

export async function areaViews(db: DbOrTx) {
  return (await repo.listAreas(db)).map((a) => ({
    id: a.id,
    code: a.code,
    name: localized(a.nameFi, a.nameSv, a.nameEn),
    boundary: (a.boundary as AreaGeometry | null) ?? null,
  }));
}

/** Renames a welfare area or replaces its boundary. */
export async function changeArea(
  db: Db,
  user: SessionUser,
  code: string,
  patch: { name?: { fi: string; sv?: string | undefined; en?: string | undefined } | undefined; boundary?: AreaGeometry | null | undefined },
  requestId: string,
) {
  return db.transaction(async (tx) => {
    const row = await repo.updateArea(tx, code, {
      ...(patch.name ? { nameFi: patch.name.fi, nameSv: patch.name.sv ?? null, nameEn: patch.name.en ?? null } : {}),
      ...(patch.boundary !== undefined ? { boundary: patch.boundary } : {}),
    });
    if (!row) throw new AppError('not_found', `No welfare area with the code "${code}".`);
    await recordAudit(tx, { actor: actor(user), action: 'areas.area.update', outcome: 'success', resourceType: 'welfare_area', resourceId: row.id, requestId });
    return (await areaViews(tx)).find((a) => a.code === code)!;
  });
}
