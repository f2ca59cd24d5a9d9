import { containsPoint, distanceKm } from '@avain/domain';
import { describe, expect, it } from 'vitest';
import { OULU_POSTAL_CODES } from './oulu-postal-codes.ts';
import { OULU_LOCATIONS } from './oulu.ts';
import { derivePopulationResponsibility } from './population-responsibility.ts';

const places = OULU_LOCATIONS.map((l) => ({ id: l.code, type: l.type, areaId: l.area, coordinates: { lat: l.lat, lon: l.lon } }));
const { postalCodes, areaBoundaries } = derivePopulationResponsibility(OULU_POSTAL_CODES, places);

describe('Oulu population responsibility (demo rule)', () => {
  it('gives every postal code a welfare centre of its area, and each centre some codes', () => {
    expect(postalCodes).toHaveLength(OULU_POSTAL_CODES.length);
    for (const code of postalCodes) {
      expect(code.assignments.length).toBeGreaterThanOrEqual(1);
      for (const a of code.assignments) {
        const centre = places.find((p) => p.id === a.centreLocationId)!;
        expect(centre.type).toBe('welfare_centre');
        expect(centre.areaId).toBe(a.areaId);
      }
    }
    const centres = new Set(postalCodes.flatMap((c) => c.assignments.map((a) => a.centreLocationId)));
    expect([...centres].sort()).toEqual(places.filter((p) => p.type === 'welfare_centre').map((p) => p.id).sort());
  });

  it('assigns the centres\' own postal codes to them', () => {
    const of = (code: string) => postalCodes.find((c) => c.code === code)!.assignments.map((a) => a.centreLocationId);
    expect(of('90500')).toContain('hyk-tuira');
    expect(of('90410')).toContain('hyk-kaakkuri');
    expect(of('90830')).toContain('hyk-haukipudas');
    expect(of('90900')).toContain('hyk-kiiminki');
    expect(of('90230')).toContain('hyk-kontinkangas');
  });

  it('splits some codes in two parts that each hold the side nearer to their centre', () => {
    const split = postalCodes.filter((c) => c.assignments.length === 2);
    expect(split.length).toBeGreaterThan(0);
    for (const code of split) {
      const [a, b] = code.assignments.map((x) => places.find((p) => p.id === x.centreLocationId)!);
      const mid = { lat: (a!.coordinates.lat + b!.coordinates.lat) / 2, lon: (a!.coordinates.lon + b!.coordinates.lon) / 2 };
      const nearA = { lat: mid.lat + (a!.coordinates.lat - mid.lat) * 0.2, lon: mid.lon + (a!.coordinates.lon - mid.lon) * 0.2 };
      if (containsPoint(code.boundary, nearA)) {
        expect(containsPoint(code.assignments[0]!.part!, nearA)).toBe(true);
        expect(containsPoint(code.assignments[1]!.part!, nearA)).toBe(false);
      }
      expect(distanceKm(a!.coordinates, b!.coordinates)).toBeGreaterThan(0);
    }
  });

  it('puts each postal code\'s own point inside its boundary and builds one boundary per area', () => {
    for (const [i, code] of postalCodes.entries()) expect(containsPoint(code.boundary, OULU_POSTAL_CODES[i]!)).toBe(true);
    expect([...areaBoundaries.keys()].sort()).toEqual(['central', 'east', 'north', 'south']);
  });
});
