import { describe, expect, it } from 'vitest';
import { HitBytes } from './hit-bytes.ts';

describe('HitBytes', () => {
  it('gives back each row its opening and pieces, across chunk ends and for a row larger than a chunk', () => {
    const hits = new HitBytes(64);
    const expected: string[] = [];
    for (let row = 0; row < 2000; row++) {
      const pieces = [`,"service":{"name":"Neuvola ${row}","å":"äö"}`, ',"channels":[]'.repeat(row % 7)].map((p) => Buffer.from(p));
      if (row === 1500) pieces.push(Buffer.from(`,"summary":"${'x'.repeat(300)}"`));
      hits.set(row, `{"id":"${row}"`, pieces);
      expected[row] = `{"id":"${row}"${Buffer.concat(pieces).toString()}`;
    }
    const out = Buffer.alloc(1000);
    for (const row of [0, 1, 5, 63, 64, 999, 1499, 1500, 1501, 1999]) {
      expect(hits.length(row)).toBe(Buffer.byteLength(expected[row]!));
      const at = 3;
      expect(hits.copy(row, out, at)).toBe(hits.length(row));
      expect(out.toString('utf8', at, at + hits.length(row))).toBe(expected[row]);
    }
  });

  it('replaces a row that is set again (an updated service reloaded into its row)', () => {
    const hits = new HitBytes(64);
    hits.set(0, '{"id":"a"', [Buffer.from(',"v":1')]);
    hits.set(1, '{"id":"b"', []);
    hits.set(0, '{"id":"a"', [Buffer.from(',"v":22')]);
    const out = Buffer.alloc(64);
    expect(out.toString('utf8', 0, hits.copy(0, out, 0))).toBe('{"id":"a","v":22');
    expect(out.toString('utf8', 0, hits.copy(1, out, 0))).toBe('{"id":"b"');
  });
});
