import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OsrmTableProvider } from '../src/model/osrm.ts';
import { GivenMatrixProvider, HaversineProvider, haversineKm } from '../src/model/travel.ts';

describe('travel-time providers', () => {
  it('haversine: Oulu centre to the university (~5.2 km) by car with detour', async () => {
    const centre = { lat: 65.0121, lon: 25.4651 };
    const uni = { lat: 65.0593, lon: 25.4663 };
    expect(haversineKm(centre, uni)).toBeCloseTo(5.25, 1);
    const m = await new HaversineProvider(1.3).matrix([centre, uni], 'car', 30);
    expect(m[1]).toBeCloseTo(((haversineKm(centre, uni) * 1.3) / 30) * 60, 9);
    expect(m[0]).toBe(0);
  });

  it('given matrix is looked up by location index', async () => {
    const m = await new GivenMatrixProvider([
      [0, 5, 7],
      [6, 0, 2],
      [7, 3, 0],
    ]).matrix([{ index: 2 }, { index: 0 }], 'walking', 5);
    expect(Array.from(m)).toEqual([0, 7, 7, 0]);
  });

  describe('OSRM table client against a local server', () => {
    let url = '';
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const coords = decodeURIComponent((req.url ?? '').split('/')[4]!.split('?')[0]!).split(';');
      if (coords.length === 3) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'NoTable', message: 'bad' }));
        return;
      }
      const durations = coords.map((_, i) => coords.map((__, j) => Math.abs(i - j) * 120));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'Ok', durations }));
    });
    beforeAll(async () => {
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('requests lon,lat pairs for the mode profile and converts seconds to minutes', async () => {
      const p = new OsrmTableProvider({ baseUrl: url });
      const m = await p.matrix(
        [
          { lat: 65.01, lon: 25.46 },
          { lat: 65.02, lon: 25.47 },
        ],
        'bicycle',
        15,
      );
      expect(Array.from(m)).toEqual([0, 2, 2, 0]);
      expect(requests.at(-1)).toBe('/table/v1/cycling/25.460000,65.010000;25.470000,65.020000?annotations=duration');
    });

    it('surfaces OSRM errors', async () => {
      const p = new OsrmTableProvider({ baseUrl: url });
      const pts = [0, 1, 2].map((i) => ({ lat: 65 + i / 100, lon: 25.4 }));
      await expect(p.matrix(pts, 'car', 30)).rejects.toThrow(/NoTable/);
    });
  });
});
