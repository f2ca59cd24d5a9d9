import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with separators, quotes and line breaks', () => {
    expect(parseCsv('a,b,c\r\n1,"x, ""y""\nz",3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"\nz', '3'],
    ]);
  });
  it('detects semicolons, skips a byte-order mark and blank lines', () => {
    expect(parseCsv('\uFEFFnimi;hinta\n\nNeuvola;0\n')).toEqual([
      ['nimi', 'hinta'],
      ['Neuvola', '0'],
    ]);
  });
});
