import { boundingRing, distanceKm, splitBetween, voronoiCells, type GeoMultiPolygon, type GeoPolygon, type LatLon, type Ring } from '@avain/domain';

export interface ResponsibilityPlace {
  id: string;
  type: string;
  areaId: string | null;
  coordinates: LatLon;
}

export interface PostalPoint extends LatLon {
  code: string;
}

/** A postal code lies "between" two centres when the second is at most this much farther. */
const SPLIT_RATIO = 1.12;
const BOUNDS_MARGIN_DEGREES = 0.06;
export const APPROXIMATE_BOUNDARY_SOURCE =
  "Approximation: the postal code's Voronoi cell among the region's postal-code points. Replace with Statistics Finland's postal code areas (Paavo).";

const polygon = (ring: Ring): GeoPolygon => ({ type: 'Polygon', coordinates: [ring] });

/**
 * The demo region's population responsibility, derived by a written rule because the real one is
 * a decision of the region: a postal code belongs to its nearest welfare centre and that centre's
 * welfare area; a code lying between two centres is split between them along the line of equal
 * distance.
 */
export function derivePopulationResponsibility(codes: readonly PostalPoint[], places: readonly ResponsibilityPlace[]) {
  const cells = voronoiCells(codes, boundingRing(codes, BOUNDS_MARGIN_DEGREES));
  const byDistance = (point: LatLon, candidates: readonly ResponsibilityPlace[]) =>
    [...candidates].sort((a, b) => distanceKm(point, a.coordinates) - distanceKm(point, b.coordinates));

  const postalCodes = codes.map((code, i) => {
    const cell = cells[i]!;
    const [first, second] = byDistance(code, places.filter((p) => p.type === 'welfare_centre' && p.areaId !== null));
    if (!first) throw new Error('The region has no welfare centre in a welfare area');
    const between = second !== undefined && distanceKm(code, second.coordinates) <= SPLIT_RATIO * distanceKm(code, first.coordinates);
    const parts = between ? splitBetween(cell, first.coordinates, second.coordinates) : null;
    const assignments =
      parts && parts.every((p) => p.length > 0)
        ? [
            { centreLocationId: first.id, areaId: first.areaId!, part: polygon(parts[0]) },
            { centreLocationId: second!.id, areaId: second!.areaId!, part: polygon(parts[1]) },
          ]
        : [{ centreLocationId: first.id, areaId: first.areaId!, part: null }];
    return { code: code.code, boundary: polygon(cell), assignments };
  });

  const areaBoundaries = new Map<string, GeoMultiPolygon>();
  for (const { boundary, assignments } of postalCodes) {
    for (const a of assignments) {
      const area = areaBoundaries.get(a.areaId) ?? { type: 'MultiPolygon', coordinates: [] };
      area.coordinates.push((a.part ?? boundary).coordinates);
      areaBoundaries.set(a.areaId, area);
    }
  }
  return { postalCodes, areaBoundaries };
}
