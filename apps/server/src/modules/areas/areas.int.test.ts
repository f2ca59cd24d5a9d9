import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, TestClient, useTestApp } from '../../test/app.ts';
import { digitransitGeocoder } from './geocoder.ts';

const ctx = useTestApp();
let centreIds: Record<string, string> = {};
let pointId: string;

beforeAll(async () => {
  const rows = await ctx.db.database.query<{ id: string; code: string; type: string }>(
    sql`select id, code, type from locations where type in ('welfare_centre', 'welfare_point') order by code`,
  );
  centreIds = Object.fromEntries(rows.filter((r) => r.type === 'welfare_centre').map((r) => [r.code, r.id]));
  pointId = rows.find((r) => r.type === 'welfare_point')!.id;
});

const as = (username: string) => loggedIn(ctx, username);
const get = (url: string) => new TestClient(ctx.app).request({ url });
const lookup = (query: string) => get(`/api/areas/lookup?${query}`);

describe('my welfare centre: lookup', () => {
  it('names the area and responsible centre for a street address, nearest places in order', async () => {
    const response = await lookup(`q=${encodeURIComponent('Kangastie 12, 90500 Oulu')}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.location.precision).toBe('address');
    expect(body.area.code).toBe('central');
    expect(body.responsibleCentre).toMatchObject({ id: centreIds['hyk-tuira'], name: { fi: 'Tuiran hyvinvointikeskus' }, distanceKm: 0 });
    const distances = body.nearestPlaces.map((p: { distanceKm: number }) => p.distanceKm);
    expect(distances).toEqual([...distances].sort((a: number, b: number) => a - b));
    expect(body.nearestPlaces.map((p: { id: string }) => p.id)).not.toContain(centreIds['hyk-tuira']);
  });

  it('works from a postal code alone and from a district name', async () => {
    const byCode = (await lookup('q=90410')).json();
    expect(byCode).toMatchObject({ location: { precision: 'postal_code' }, area: { code: 'south' }, responsibleCentre: { id: centreIds['hyk-kaakkuri'] } });
    const byName = (await lookup('q=Tuira')).json();
    expect(byName.postalCode.code).toBe('90500');
    expect(byName.responsibleCentre.id).toBe(centreIds['hyk-tuira']);
  });

  it('for a split postal code asks for the address, and decides by the part a position lies in', async () => {
    const split = (await get('/api/areas/postal-codes')).json().find((c: { assignments: unknown[] }) => c.assignments.length === 2);
    expect(split).toBeDefined();
    const byCode = (await lookup(`q=${split.code}`)).json();
    expect(byCode.responsibleCentre).toBeNull();
    expect(byCode.candidates.map((c: { id: string }) => c.id).sort()).toEqual(split.assignments.map((a: { centreLocationId: string }) => a.centreLocationId).sort());

    // A point just inside the first part: a vertex pulled slightly toward the part's centre of mass.
    const ring: number[][] = split.assignments[0].part.coordinates[0];
    const centre = ring.slice(0, -1).reduce((s, p) => [s[0]! + p[0]! / (ring.length - 1), s[1]! + p[1]! / (ring.length - 1)], [0, 0]);
    const byPosition = (await lookup(`lat=${centre[1]}&lon=${centre[0]}`)).json();
    expect(byPosition.postalCode.code).toBe(split.code);
    expect(byPosition.responsibleCentre.id).toBe(split.assignments[0].centreLocationId);
  });

  it('refuses addresses outside the region and bad input, naming the field', async () => {
    expect((await lookup('q=99999')).statusCode).toBe(404);
    const kempele = await lookup('q=90440');
    expect(kempele.statusCode).toBe(404);
    expect(kempele.headers['content-type']).toContain('application/problem+json');
    const nothing = await lookup('');
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().errors[0].field).toBe('query.q');
    expect((await lookup('lat=95&lon=25')).json().errors[0].field).toBe('query.lat');
  });

  it('geocodes an address of the region, and says when it cannot', async () => {
    const found = await get(`/api/places/geocode?q=${encodeURIComponent('Pesätie 11, 90410 Oulu')}`);
    expect(found.json()).toMatchObject({ precision: 'address', postalCode: '90410', coordinates: { lat: 64.96862, lon: 25.54402 } });
    expect((await get('/api/places/geocode?q=Olematontie%201%2C%2012345')).statusCode).toBe(404);
  });
});

describe('my welfare centre: the resident chooses', () => {
  it('needs a resident login', async () => {
    expect((await get('/api/me/centre')).statusCode).toBe(401);
    const professional = await as('ammattilainen');
    expect((await professional.request({ url: '/api/me/centre' })).statusCode).toBe(403);
  });

  it('records the choice with its date, keeps history, allows a change once a year, audits it', async () => {
    const resident = await as('asukas');
    expect((await resident.request({ url: '/api/me/centre' })).json()).toEqual({ current: null, history: [], nextChangeFrom: null });

    const chosen = await resident.request({ method: 'POST', url: '/api/me/centre', payload: { locationId: centreIds['hyk-kaakkuri'] } });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json().current.centre.id).toBe(centreIds['hyk-kaakkuri']);
    expect(chosen.json().history).toHaveLength(1);
    expect(new Date(chosen.json().nextChangeFrom).getTime()).toBeGreaterThan(Date.now() + 360 * 86_400_000);

    const same = await resident.request({ method: 'POST', url: '/api/me/centre', payload: { locationId: centreIds['hyk-kaakkuri'] } });
    expect(same.statusCode).toBe(409);
    const tooSoon = await resident.request({ method: 'POST', url: '/api/me/centre', payload: { locationId: centreIds['hyk-tuira'] } });
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.json().detail).toMatch(/once a year.*\d{4}-\d{2}-\d{2}/);

    // A year later the change is allowed and the earlier choice stays in the history.
    await ctx.db.database.query(sql`update centre_choices set chosen_at = chosen_at - interval '366 days'`);
    const changed = await resident.request({ method: 'POST', url: '/api/me/centre', payload: { locationId: centreIds['hyk-tuira'] } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().history.map((h: { centre: { id: string } }) => h.centre.id)).toEqual([centreIds['hyk-tuira'], centreIds['hyk-kaakkuri']]);

    const audit = await ctx.db.database.query<{ n: number }>(sql`select count(*)::int as n from audit_events where action = 'areas.centre.choose'`);
    expect(audit[0]!.n).toBe(2);
  });

  it('refuses a welfare point or an unknown id as the centre, naming the field', async () => {
    const resident = await as('asukas');
    for (const locationId of [pointId, '00000000-0000-4000-8000-000000000000']) {
      const response = await resident.request({ method: 'POST', url: '/api/me/centre', payload: { locationId } });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('body.locationId');
    }
  });

  it('lets only one of two simultaneous changes through', async () => {
    await ctx.db.database.query(sql`update centre_choices set chosen_at = chosen_at - interval '800 days'`);
    const resident = await as('asukas');
    const results = await Promise.all(
      ['hyk-myllyoja', 'hyk-kiiminki'].map((code) =>
        resident.request({ method: 'POST', url: '/api/me/centre', payload: { locationId: centreIds[code] } }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });
});

describe('coordinators manage postal codes and areas', () => {
  const payload = (centres: string[], part: unknown = null) => ({
    postOffice: 'Oulu',
    district: 'Testikylä',
    coordinates: { lat: 65.02, lon: 25.47 },
    assignments: centres.map((c) => ({ centreLocationId: c, part })),
  });

  it('moves a postal code to another centre, and the lookup follows', async () => {
    const coordinator = await as('palveluohjaaja');
    const saved = await coordinator.request({ method: 'PUT', url: '/api/areas/postal-codes/90510', payload: payload([centreIds['hyk-kontinkangas']!]) });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().assignments[0]).toMatchObject({ areaCode: 'central', centreName: { fi: 'Kontinkankaan hyvinvointikeskus' } });
    expect((await lookup('q=90510')).json().responsibleCentre.id).toBe(centreIds['hyk-kontinkangas']);
  });

  it('refuses residents and producers, and bad input with the field named', async () => {
    for (const username of ['asukas', 'tuottaja']) {
      const client = await as(username);
      expect((await client.request({ method: 'PUT', url: '/api/areas/postal-codes/90510', payload: payload([centreIds['hyk-tuira']!]) })).statusCode).toBe(403);
    }
    const coordinator = await as('palveluohjaaja');
    const put = (code: string, body: object) => coordinator.request({ method: 'PUT', url: `/api/areas/postal-codes/${code}`, payload: body });
    const splitWithoutParts = await put('90510', payload([centreIds['hyk-tuira']!, centreIds['hyk-kontinkangas']!]));
    expect(splitWithoutParts.statusCode).toBe(400);
    expect(splitWithoutParts.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.assignments.0.part', 'body.assignments.1.part']);
    expect((await put('90510', payload([pointId]))).json().errors[0].field).toBe('body.assignments.0.centreLocationId');
    expect((await put('9051', payload([centreIds['hyk-tuira']!]))).json().errors[0].field).toBe('params.code');
    const openRing = await put('90510', { ...payload([centreIds['hyk-tuira']!]), boundary: { type: 'Polygon', coordinates: [[[25, 65], [26, 65], [26, 66], [25, 66]]] } });
    expect(openRing.statusCode).toBe(400);
    expect(openRing.json().errors[0].field).toMatch(/^body\.boundary/);
    // Nothing half-written: the code still belongs to the centre set in the test before.
    expect((await lookup('q=90510')).json().responsibleCentre.id).toBe(centreIds['hyk-kontinkangas']);
  });

  it('renames an area and replaces its boundary; unknown areas are 404', async () => {
    const coordinator = await as('palveluohjaaja');
    const boundary = { type: 'Polygon', coordinates: [[[25, 65], [26, 65], [26, 66], [25, 65]]] };
    const response = await coordinator.request({
      method: 'PATCH',
      url: '/api/areas/north',
      payload: { name: { fi: 'Pohjoinen alue', sv: 'Norra området' }, boundary },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ name: { fi: 'Pohjoinen alue' }, boundary });
    expect((await get('/api/areas')).json().find((a: { code: string }) => a.code === 'north').name.fi).toBe('Pohjoinen alue');
    expect((await coordinator.request({ method: 'PATCH', url: '/api/areas/nowhere', payload: { name: { fi: 'X' } } })).statusCode).toBe(404);
    const unnamed = await coordinator.request({ method: 'PATCH', url: '/api/areas/north', payload: { name: { fi: ' ' } } });
    expect(unnamed.json().errors[0].field).toBe('body.name.fi');
    const producer = await as('tuottaja');
    expect((await producer.request({ method: 'PATCH', url: '/api/areas/north', payload: { name: { fi: 'X' } } })).statusCode).toBe(403);
  });

  it('publishes every postal code with a boundary, and each area with its boundary', async () => {
    const codes = (await get('/api/areas/postal-codes')).json();
    expect(codes.length).toBeGreaterThanOrEqual(40);
    // 90510 was replaced above without a boundary.
    const seeded = codes.filter((c: { code: string }) => c.code !== '90510');
    expect(seeded.every((c: { boundary: unknown; assignments: unknown[] }) => c.boundary !== null && c.assignments.length >= 1)).toBe(true);
    const areas = (await get('/api/areas/boundaries')).json();
    expect(areas.filter((a: { boundary: unknown }) => a.boundary !== null)).toHaveLength(4);
  });
});

describe('the national geocoder adapter', () => {
  const pelias = Fastify();
  let failing = false;
  let seenKey: string | undefined;
  beforeAll(async () => {
    pelias.get('/search', async (request, reply) => {
      seenKey = request.headers['digitransit-subscription-key'] as string | undefined;
      if (failing) return reply.code(503).send({});
      return {
        features: [{ geometry: { coordinates: [25.4601, 65.0287] }, properties: { label: 'Kangastie 12, Oulu', postalcode: '90500', layer: 'address' } }],
      };
    });
    await pelias.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => pelias.close());

  it('reads a Pelias answer, sends the key, and falls back to local data when the service fails', async () => {
    const address = pelias.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const geocoder = digitransitGeocoder({ url, apiKey: 'secret-key' });
    expect(await geocoder.geocode(ctx.db.database.db, 'Kangastie 12')).toEqual({
      label: 'Kangastie 12, Oulu',
      postalCode: '90500',
      coordinates: { lat: 65.0287, lon: 25.4601 },
      precision: 'address',
    });
    expect(seenKey).toBe('secret-key');
    failing = true;
    expect(await geocoder.geocode(ctx.db.database.db, '90410')).toMatchObject({ postalCode: '90410', precision: 'postal_code' });
  });
});
