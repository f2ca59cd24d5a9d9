import { describe, expect, it } from 'vitest';
import { RowBitmaps, Selection } from './bitmaps.ts';

/** 200 live rows; free every third, in area 0 the even ones and area 1 the odd ones. */
function bitmaps() {
  const maps = new RowBitmaps();
  for (let row = 0; row < 200; row++) {
    maps.add(row, { lifeCourse: 0, serviceClass: 0, producerType: 0, area: row % 2 }, { channels: 0, languages: 0, accessibility: 0 }, row % 3 === 0);
  }
  maps.remove(6);
  return maps;
}

describe('Selection', () => {
  it('keeps the live rows having any of the values, every filter applied', () => {
    const maps = bitmaps();
    const even = new Selection(maps);
    even.any([maps.byColumn.area[0]]);
    even.any([maps.free]);
    expect([...even.rows()]).toEqual(Array.from({ length: 200 }, (_, row) => row).filter((row) => row % 6 === 0 && row !== 6));
  });

  it('gives each kept list an array of its own, whatever selections and lists follow', () => {
    const maps = bitmaps();
    const candidates = Int32Array.from({ length: 200 }, (_, k) => 199 - k);
    const free = new Selection(maps);
    free.any([maps.free]);
    const kept = free.keep(candidates);
    const expected = [...candidates].filter((row) => row % 3 === 0 && row !== 6);
    expect([...kept]).toEqual(expected);
    expect(kept.buffer.byteLength).toBe(expected.length * 4);
    const odd = new Selection(maps);
    odd.any([maps.byColumn.area[1]]);
    const keptOdd = odd.keep(candidates);
    expect([...keptOdd]).toEqual([...candidates].filter((row) => row % 2 === 1));
    expect([...kept]).toEqual(expected);
    expect([...free.keep(Int32Array.of())]).toEqual([]);
  });
});
