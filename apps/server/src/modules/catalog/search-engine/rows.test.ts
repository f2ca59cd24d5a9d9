import { describe, expect, it } from 'vitest';
import { RowStore } from './rows.ts';
import { random } from '../../../seed/synthetic-catalog.ts';
import { pageInOrder, RankedHead, TopK } from './top-k.ts';

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
    const page = (cursor: { k: number; id: string } | null) => pageInOrder(rows, ordered, null, cursor, 2).map((p) => p.row);
    expect(page(null)).toEqual([0, 2]);
    expect(page({ k: 0, id: id(3) })).toEqual([3, 5]);
    expect(page({ k: 0, id: id(4) })).toEqual([5]);
    expect(page({ k: 0, id: id(0) })).toEqual([0, 2]);
    expect(page({ k: 0, id: id(6) })).toEqual([]);
    expect(page({ k: -1, id: id(6) })).toEqual([0, 2]);
    expect(page({ k: 1, id: id(0) })).toEqual([]);
  });
});

describe('the head of a ranking', () => {
  it('gives the pages a full ranking gives, ties by id, and none past its rows', () => {
    const r = random(3);
    const rows = new RowStore();
    for (let k = 0; k < 600; k++) rows.identify(rows.reserve(), r.uuid());
    const matched = Int32Array.from({ length: 600 }, (_, k) => k).filter(() => r.next() < 0.8);
    // Few distinct scores: many ties, decided by id.
    const keys = Float64Array.from(matched, () => -r.int(5));
    const head = RankedHead.of(rows, matched, (k) => keys[k]!);
    const full = (cursor: { k: number; id: string } | null) => {
      const top = new TopK(21, rows);
      top.after(cursor);
      matched.forEach((row, k) => top.offer(row, keys[k]!));
      return top.sorted();
    };
    let cursor: { k: number; id: string } | null = null;
    let pages = 0;
    for (;;) {
      const page = head.page(rows, cursor, 21);
      if (!page) break;
      expect(page).toEqual(full(cursor));
      const last = page[19]!;
      cursor = { k: last.key, id: rows.ids[last.row]! };
      pages++;
    }
    expect(pages).toBe(Math.floor((256 - 21) / 20) + 1);
    const small = RankedHead.of(rows, matched.subarray(0, 30), (k) => keys[k]!);
    expect(small.page(rows, null, 50)?.length).toBe(30);
  });
});
