import { describe, expect, it } from 'vitest';
import { RowStore } from './rows.ts';
import { pageInIdOrder } from './top-k.ts';

const id = (n: number) => `${n.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;

function storeWith(...numbers: number[]): RowStore {
  const rows = new RowStore();
  for (const n of numbers) rows.identify(rows.reserve(), id(n));
  return rows;
}

describe('rows in id order', () => {
  it('knows rows loaded in id order are in order by row number', () => {
    const rows = storeWith(1, 2, 5, 9);
    expect(rows.inIdOrder).toBe(true);
    expect([...rows.idOrder()]).toEqual([0, 1, 2, 3]);
  });

  it('merges rows appended out of order into the order, and again after more', () => {
    const rows = storeWith(1, 4, 8);
    rows.identify(rows.reserve(), id(6));
    rows.identify(rows.reserve(), id(2));
    expect(rows.inIdOrder).toBe(false);
    expect([...rows.idOrder()]).toEqual([0, 4, 1, 3, 2]);
    rows.identify(rows.reserve(), id(9));
    rows.identify(rows.reserve(), id(0));
    expect([...rows.idOrder()].map((row) => rows.ids[row])).toEqual([0, 1, 2, 4, 6, 8, 9].map(id));
  });

  it('pages after a cursor by binary search, and a cursor of another order before or after all', () => {
    const rows = storeWith(1, 2, 3, 4, 5, 6);
    const ordered = Int32Array.from([0, 2, 3, 5]);
    const page = (cursor: { k: number; id: string } | null) => pageInIdOrder(rows, ordered, cursor, 2).map((p) => p.row);
    expect(page(null)).toEqual([0, 2]);
    expect(page({ k: 0, id: id(3) })).toEqual([3, 5]);
    expect(page({ k: 0, id: id(4) })).toEqual([5]);
    expect(page({ k: 0, id: id(0) })).toEqual([0, 2]);
    expect(page({ k: 0, id: id(6) })).toEqual([]);
    expect(page({ k: -1, id: id(6) })).toEqual([0, 2]);
    expect(page({ k: 1, id: id(0) })).toEqual([]);
  });
});
