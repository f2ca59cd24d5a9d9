import { describe, expect, it } from 'vitest';
import { random } from '../../../seed/synthetic-catalog.ts';
import { distanceKm, offerNearest, PlaceGrid, type Position } from './nearest.ts';
import { RowStore } from './rows.ts';
import { TopK } from './top-k.ts';

const r = random(7);

/** Rows clustered in Oulu like welfare points, a few far away, some sharing one place. */
function store(count: number): RowStore {
  const rows = new RowStore();
  for (let k = 0; k < count; k++) {
    const row = rows.reserve();
    const far = r.next() < 0.02;
    const shared = k > 0 && r.next() < 0.2;
    const lat = shared ? rows.lat[row - 1]! : far ? 60 + r.next() * 9 : 64.9 + r.next() * 0.4;
    const lon = shared ? rows.lon[row - 1]! : far ? 21 + r.next() * 9 : 25.3 + r.next() * 0.6;
    rows.place(row, lat, lon);
    rows.identify(row, r.uuid());
  }
  return rows;
}

function page(rows: RowStore, near: Position, list: Int32Array, k: number, cursor: { k: number; id: string } | null, grid?: PlaceGrid) {
  const top = new TopK(k, rows);
  top.after(cursor);
  if (grid) grid.offerNearest(rows, near, top);
  else offerNearest(rows, near, list, top);
  return top.sorted();
}

describe('nearest rows through a grid of map cells', () => {
  const rows = store(6000);
  const matched = Int32Array.from({ length: rows.count }, (_, row) => row).filter(() => r.next() < 0.7);
  const grid = PlaceGrid.of(rows, matched);

  it('groups every matched row into exactly one cell', () => {
    expect([...grid.rows].sort((a, b) => a - b)).toEqual([...matched]);
  });

  it('finds the same page as measuring every row, from inside, at the edge of and far outside the rows', () => {
    const positions: Position[] = [
      ...Array.from({ length: 40 }, () => ({ lat: 64.9 + r.next() * 0.4, lon: 25.3 + r.next() * 0.6 })),
      { lat: rows.lat[matched[0]!]!, lon: rows.lon[matched[0]!]! },
      { lat: 60.17, lon: 24.94 },
      { lat: 70.5, lon: 27.5 },
      { lat: -33.9, lon: 151.2 },
    ];
    for (const near of positions) {
      for (const k of [1, 21, 51]) {
        const expected = page(rows, near, matched, k, null);
        expect(page(rows, near, matched, k, null, grid), `${near.lat},${near.lon} k=${k}`).toEqual(expected);
        // The next page after the last row, as the cursor gives it.
        const last = expected[expected.length - 1]!;
        const cursor = { k: last.key, id: rows.ids[last.row]! };
        expect(page(rows, near, matched, k, cursor, grid)).toEqual(page(rows, near, matched, k, cursor));
      }
    }
  });

  it('orders by the great-circle distance', () => {
    const near = { lat: 65.0121, lon: 25.4651 };
    const found = page(rows, near, matched, 10, null, grid);
    for (const { row, key } of found) expect(key).toBeCloseTo(distanceKm(near.lat, near.lon, rows.lat[row]!, rows.lon[row]!), 9);
    expect(found.map((f) => f.key)).toEqual([...found.map((f) => f.key)].sort((a, b) => a - b));
  });

  it('copes with rows all at one place', () => {
    const one = store(1);
    const same = Int32Array.from({ length: 1 }, () => 0);
    const near = { lat: 65, lon: 25.5 };
    expect(page(one, near, same, 3, null, PlaceGrid.of(one, same))).toEqual(page(one, near, same, 3, null));
  });
});
