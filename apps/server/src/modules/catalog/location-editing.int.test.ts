import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_ORGANIZATIONS } from '../../seed/catalog-oulu.ts';
import { loggedIn, TestClient, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();
const ownKey = CATALOG_ORGANIZATIONS.find((o) => o.type === 'private')!.key;
let own: string;
let other: string;
let totalLocations: number;

beforeAll(async () => {
  const rows = await ctx.db.database.query<{ id: string; code: string | null }>(
    sql`select l.id, o.code from locations l left join organizations o on o.id = l.organization_id order by l.code`,
  );
  own = rows.find((r) => r.code === ownKey)!.id;
  other = rows.find((r) => r.code !== ownKey)!.id;
  totalLocations = rows.length;
});

const as = (username: string) => loggedIn(ctx, username);
const editable = async (client: TestClient, id: string) => (await client.request({ url: `/api/catalog/locations/${id}/editable` })).json();
const patch = (client: TestClient, id: string, payload: object) => client.request({ method: 'PATCH', url: `/api/catalog/locations/${id}`, payload });

describe('location editing', () => {
  it("lists a producer's own locations only, and every location for coordinators", async () => {
    const mine = (await (await as('tuottaja')).request({ url: '/api/catalog/my-locations' })).json();
    expect(mine.items.map((l: { id: string }) => l.id)).toContain(own);
    expect(mine.items.every((l: { organization: { id: string } | null }) => l.organization !== null)).toBe(true);
    expect(mine.total).toBeLessThan(totalLocations);
    const all = (await (await as('palveluohjaaja')).request({ url: '/api/catalog/my-locations?limit=100' })).json();
    expect(all.total).toBe(totalLocations);
  });

  it('applies a producer’s change at once, audits it and refreshes the search rows of the services there', async () => {
    const producer = await as('tuottaja');
    const before = await editable(producer, own);
    expect(before.services.length).toBeGreaterThan(0);
    const response = await patch(producer, own, {
      revision: before.revision,
      name: { fi: 'Uusi toimipiste', sv: '', en: 'New office' },
      address: { street: 'Testikatu 1', postalCode: '90100', city: 'Oulu' },
      coordinates: { lat: 65.01, lon: 25.47 },
      accessibility: ['lift', 'induction_loop'],
      weeklyHours: [
        { weekday: 1, opens: '08:00', closes: '12:00' },
        { weekday: 1, opens: '13:00', closes: '16:00' },
      ],
      exceptions: [
        { date: '2030-12-24', note: 'Suljettu' },
        { date: '2030-12-23', opens: '09:00', closes: '12:00' },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = response.json();
    expect(after).toMatchObject({
      name: { fi: 'Uusi toimipiste', en: 'New office' },
      address: { street: 'Testikatu 1', postalCode: '90100', city: 'Oulu' },
      accessibility: ['lift', 'induction_loop'],
      weeklyHours: [
        { weekday: 1, opens: '08:00', closes: '12:00' },
        { weekday: 1, opens: '13:00', closes: '16:00' },
      ],
      exceptions: [
        { date: '2030-12-23', opens: '09:00', closes: '12:00', note: null },
        { date: '2030-12-24', opens: null, closes: null, note: 'Suljettu' },
      ],
    });
    expect(after.name.sv).toBeUndefined();
    expect(after.revision).not.toBe(before.revision);

    const published = before.services.find((s: { status: string }) => s.status === 'published');
    const [row] = await ctx.db.database.query<{ accessibility: string[]; lat: number; open_minutes: number[][] }>(
      sql`select accessibility, lat, open_minutes from service_search where location_id = ${own} and service_id = ${published.id}`,
    );
    expect(row).toMatchObject({ accessibility: ['lift', 'induction_loop'], lat: 65.01, open_minutes: [[480, 720], [780, 960]] });
    const [event] = await ctx.db.database.query<{ actor_name: string; reason: string }>(
      sql`select actor_name, reason from audit_events where action = 'catalog.location.update' and resource_id = ${own}`,
    );
    expect(event).toMatchObject({ actor_name: 'Tuula Tuottaja', reason: 'changed: name, address, coordinates, accessibility, weeklyHours, exceptions' });
    const publicView = (await new TestClient(ctx.app).request({ url: `/api/catalog/locations/${own}` })).json();
    expect(publicView.name.fi).toBe('Uusi toimipiste');
  });

  it('refuses a change made on an old revision', async () => {
    const coordinator = await as('palveluohjaaja');
    const { revision } = await editable(coordinator, own);
    expect((await patch(coordinator, own, { revision, accessibility: [] })).statusCode).toBe(200);
    const stale = await patch(coordinator, own, { revision, accessibility: ['lift'] });
    expect(stale.statusCode).toBe(409);
  });

  it("refuses a producer another organisation's location, residents and anonymous callers; 404 for an unknown one", async () => {
    const producer = await as('tuottaja');
    expect((await producer.request({ url: `/api/catalog/locations/${other}/editable` })).statusCode).toBe(403);
    expect((await patch(producer, other, { revision: 'x', accessibility: [] })).statusCode).toBe(403);
    expect((await patch(await as('asukas'), own, { revision: 'x', accessibility: [] })).statusCode).toBe(403);
    const anonymous = new TestClient(ctx.app);
    await anonymous.session();
    expect((await patch(anonymous, own, { revision: 'x', accessibility: [] })).statusCode).toBe(401);
    expect((await patch(producer, '00000000-0000-4000-8000-000000000000', { revision: 'x', accessibility: [] })).statusCode).toBe(404);
  });

  it('names what is wrong with a change', async () => {
    const coordinator = await as('palveluohjaaja');
    const { revision } = await editable(coordinator, own);
    const fieldOf = async (payload: object) => {
      const response = await patch(coordinator, own, { revision, ...payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      return response.json().errors.map((e: { field: string }) => e.field);
    };
    expect(await fieldOf({ address: { street: 'Katu 1', postalCode: '901', city: 'Oulu' } })).toEqual(['body.address.postalCode']);
    expect(await fieldOf({ name: { fi: '' } })).toEqual(['body.name.fi']);
    expect(await fieldOf({ coordinates: { lat: 95, lon: 25 } })).toEqual(['body.coordinates.lat']);
    expect(await fieldOf({ accessibility: ['ramp'] })).toEqual(['body.accessibility.0']);
    expect(await fieldOf({ weeklyHours: [{ weekday: 8, opens: '08:00', closes: '16:00' }] })).toEqual(['body.weeklyHours.0.weekday']);
    expect(await fieldOf({ weeklyHours: [{ weekday: 1, opens: '16:00', closes: '08:00' }] })).toEqual(['body.weeklyHours.0.closes']);
    expect(await fieldOf({ weeklyHours: [{ weekday: 1, opens: '8', closes: '16:00' }] })).toEqual(['body.weeklyHours.0.opens']);
    expect(
      await fieldOf({
        weeklyHours: [
          { weekday: 2, opens: '08:00', closes: '12:00' },
          { weekday: 2, opens: '11:00', closes: '15:00' },
        ],
      }),
    ).toEqual(['body.weeklyHours.1.opens']);
    expect(await fieldOf({ exceptions: [{ date: '2030-02-30' }] })).toEqual(['body.exceptions.0.date']);
    expect(await fieldOf({ exceptions: [{ date: '2030-01-02', opens: '09:00' }] })).toEqual(['body.exceptions.0.closes']);
    expect(await fieldOf({ exceptions: [{ date: '2030-01-02' }, { date: '2030-01-02' }] })).toEqual(['body.exceptions.1.date']);
    const unknown = await patch(coordinator, own, { revision, lift: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].message).toContain('lift');
    const noRevision = await patch(coordinator, own, { accessibility: [] });
    expect(noRevision.json().errors[0].field).toBe('body.revision');
    expect((await patch(coordinator, own, { revision })).statusCode).toBe(400);
  });
});
