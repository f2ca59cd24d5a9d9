import type { DbOrTx } from '../db/client.ts';
import { regionPlaces, saveAreaBoundary, saveAssignments, savePostalCodeRow } from '../modules/areas/service.ts';
import { OULU_POSTAL_CODES } from './oulu-postal-codes.ts';
import { APPROXIMATE_BOUNDARY_SOURCE, derivePopulationResponsibility } from './population-responsibility.ts';

/** Oulu's postal codes, their responsible welfare centres and the areas' boundaries. */
export async function loadPopulationResponsibility(db: DbOrTx, areaCodes: Map<string, string>): Promise<void> {
  const places = await regionPlaces(db);
  const { postalCodes, areaBoundaries } = derivePopulationResponsibility(OULU_POSTAL_CODES, places);
  for (const [i, derived] of postalCodes.entries()) {
    const source = OULU_POSTAL_CODES[i]!;
    await savePostalCodeRow(db, {
      code: source.code,
      postOffice: source.postOffice,
      district: source.district,
      lat: source.lat,
      lon: source.lon,
      boundary: derived.boundary,
      boundarySource: APPROXIMATE_BOUNDARY_SOURCE,
    });
    await saveAssignments(
      db,
      source.code,
      derived.assignments.map((a) => ({ ...a, placeName: source.district ?? source.postOffice })),
    );
  }
  for (const [areaId, boundary] of areaBoundaries) {
    const code = areaCodes.get(areaId);
    if (code) await saveAreaBoundary(db, code, boundary);
  }
}
