import { AppError, containsPoint, distanceKm, isAreaGeometry, type LatLon } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { localized } from '../catalog/service.ts';
import type { Geocoder, GeocodeResult } from './geocoder.ts';
import { placeViews, regionPlaces } from './places.ts';
import * as repo from './repo.ts';
import type { LookupView } from './schema.ts';

const NEAREST_PLACES = 4;

/** The postal code whose area holds the point, for a position given without one. */
async function postalCodeAt(db: DbOrTx, point: LatLon): Promise<string | null> {
  const codes = await repo.listPostalCodes(db);
  const holding = codes.find((c) => isAreaGeometry(c.boundary) && containsPoint(c.boundary, point));
  return holding?.code ?? null;
}

/**
 * "My welfare centre": from an address, postal code or position to the welfare area, the centre
 * responsible for the resident (population responsibility) and the nearest centres and points.
 */
export async function lookupResponsibility(
  db: DbOrTx,
  geocoder: Geocoder,
  input: { q?: string | undefined; lat?: number | undefined; lon?: number | undefined },
): Promise<LookupView> {
  let location: GeocodeResult | null;
  if (input.q !== undefined) {
    location = await geocoder.geocode(db, input.q);
    if (!location) {
      throw new AppError('not_found', `No address or postal code of the region matches "${input.q}". Give a street address with its postal code, or a postal code.`);
    }
  } else {
    const point = { lat: input.lat!, lon: input.lon! };
    location = { label: `${point.lat.toFixed(5)}, ${point.lon.toFixed(5)}`, postalCode: await postalCodeAt(db, point), coordinates: point, precision: 'address' };
  }
  const postal = location.postalCode ? await repo.findPostalCode(db, location.postalCode) : undefined;
  const assignments = postal ? await repo.assignmentsOf(db, postal.code) : [];
  if (!postal || assignments.length === 0) {
    throw new AppError('not_found', `${location.label} is outside the region's population responsibility: no welfare centre is responsible for it.`);
  }

  const point = location.coordinates;
  const inPart = assignments.filter((a) => isAreaGeometry(a.part) && containsPoint(a.part, point));
  // A split postal code needs the exact address; without it every candidate centre is shown.
  const decided = assignments.length === 1 ? assignments : location.precision === 'address' && inPart.length > 0 ? inPart.slice(0, 1) : [];
  const candidateIds = new Set((decided.length > 0 ? decided : assignments).map((a) => a.centreLocationId));

  const [places, view, areas] = await Promise.all([regionPlaces(db), placeViews(db), repo.listAreas(db)]);
  const candidates = places.filter((p) => candidateIds.has(p.id));
  const responsible = decided.length === 1 ? candidates[0] : undefined;
  const area = areas.find((a) => a.id === (decided[0] ?? assignments[0]!).areaId)!;
  const nearest = places
    .filter((p) => p.id !== responsible?.id)
    .sort((a, b) => distanceKm(point, a.coordinates) - distanceKm(point, b.coordinates))
    .slice(0, NEAREST_PLACES);

  return {
    location,
    postalCode: { code: postal.code, postOffice: postal.postOffice, district: postal.district },
    area: { code: area.code, name: localized(area.nameFi, area.nameSv, area.nameEn) },
    responsibleCentre: responsible ? view(responsible, point) : null,
    candidates: responsible ? [] : candidates.map((c) => view(c, point)),
    nearestPlaces: nearest.map((p) => view(p, point)),
  };
}
