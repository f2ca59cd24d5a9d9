import { describe, expect, it } from 'vitest';
import { boundingRing, containsPoint, distanceKm, isAreaGeometry, splitBetween, voronoiCells, type Ring } from './geo.ts';

const square: Ring = [
  [25, 65],
  [26, 65],
  [26, 66],
  [25, 66],
  [25, 65],
];

describe('distanceKm', () => {
  it('measures Tuira to Kontinkangas as about 3 km and is symmetric', () => {
    const tuira = { lat: 65.02867, lon: 25.46008 };
    const kontinkangas = { lat: 65.00752, lon: 25.50389 };
    expect(distanceKm(tuira, kontinkangas)).toBeCloseTo(3.17, 1);
    expect(distanceKm(kontinkangas, tuira)).toBe(distanceKm(tuira, kontinkangas));
    expect(distanceKm(tuira, tuira)).toBe(0);
  });
});

describe('containsPoint', () => {
  it('finds points inside a polygon, outside it, and in a hole', () => {
    const hole: Ring = [
      [25.4, 65.4],
      [25.6, 65.4],
      [25.6, 65.6],
      [25.4, 65.6],
      [25.4, 65.4],
    ];
    const polygon = { type: 'Polygon' as const, coordinates: [square, hole] };
    expect(containsPoint(polygon, { lat: 65.2, lon: 25.2 })).toBe(true);
    expect(containsPoint(polygon, { lat: 65.5, lon: 25.5 })).toBe(false);
    expect(containsPoint(polygon, { lat: 64.9, lon: 25.5 })).toBe(false);
    expect(containsPoint({ type: 'MultiPolygon', coordinates: [[hole]] }, { lat: 65.5, lon: 25.5 })).toBe(true);
  });
});

describe('isAreaGeometry', () => {
  it('accepts closed polygons and refuses open rings, short rings and other types', () => {
    expect(isAreaGeometry({ type: 'Polygon', coordinates: [square] })).toBe(true);
    expect(isAreaGeometry({ type: 'MultiPolygon', coordinates: [[square]] })).toBe(true);
    expect(isAreaGeometry({ type: 'Polygon', coordinates: [square.slice(0, -1)] })).toBe(false);
    expect(isAreaGeometry({ type: 'Polygon', coordinates: [[[25, 65], [26, 65], [25, 65]]] })).toBe(false);
    expect(isAreaGeometry({ type: 'Point', coordinates: [25, 65] })).toBe(false);
    expect(isAreaGeometry({ type: 'Polygon', coordinates: [[[25, 65], [26, 'x'], [26, 66], [25, 65]]] })).toBe(false);
  });
});

describe('voronoiCells', () => {
  const sites = [
    { lat: 65.2, lon: 25.2 },
    { lat: 65.8, lon: 25.3 },
    { lat: 65.5, lon: 25.8 },
  ];
  const cells = voronoiCells(sites, square).map((ring) => ({ type: 'Polygon' as const, coordinates: [ring] }));

  it('puts every site in its own cell and no other', () => {
    sites.forEach((site, i) => {
      cells.forEach((cell, j) => expect(containsPoint(cell, site)).toBe(i === j));
    });
  });

  it('tiles the bounds: every point lies in exactly one cell, the one of its nearest site', () => {
    for (let k = 0; k < 200; k++) {
      const point = { lat: 65 + ((k * 37) % 100) / 100 + 0.003, lon: 25 + ((k * 61) % 100) / 100 + 0.003 };
      const inside = cells.map((cell) => containsPoint(cell, point));
      expect(inside.filter(Boolean)).toHaveLength(1);
      const nearest = sites.map((s) => distanceKm(s, point)).reduce((best, d, i, all) => (d < all[best]! ? i : best), 0);
      // Near a border the planar cell and the spherical distance may disagree by a hair.
      const margin = Math.abs(distanceKm(sites[nearest]!, point) - distanceKm(sites[inside.indexOf(true)]!, point));
      expect(inside.indexOf(true) === nearest || margin < 0.5).toBe(true);
    }
  });
});

describe('splitBetween', () => {
  it('cuts a ring into the part nearer to each point', () => {
    const [west, east] = splitBetween(square, { lat: 65.5, lon: 25.2 }, { lat: 65.5, lon: 25.8 });
    expect(containsPoint({ type: 'Polygon', coordinates: [west] }, { lat: 65.5, lon: 25.3 })).toBe(true);
    expect(containsPoint({ type: 'Polygon', coordinates: [east] }, { lat: 65.5, lon: 25.3 })).toBe(false);
    expect(containsPoint({ type: 'Polygon', coordinates: [east] }, { lat: 65.5, lon: 25.7 })).toBe(true);
  });
});

describe('boundingRing', () => {
  it('is a closed rectangle around the points with the margin', () => {
    const ring = boundingRing([{ lat: 65, lon: 25 }, { lat: 65.5, lon: 25.5 }], 0.1);
    expect(ring[0]).toEqual(ring[4]);
    expect(ring[0]).toEqual([24.9, 64.9]);
    expect(ring[2]).toEqual([25.6, 65.6]);
  });
});
