import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_ORGANIZATIONS } from '../../seed/catalog-oulu.ts';
import { loggedIn, TestClient, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();
const ownKey = CATALOG_ORGANIZATIONS.find((o) => o.type === 'private')!.key;
let own: string[] = [];
let other: string;

beforeAll(async () => {
  const rows = await ctx.db.database.query<{ id: string; code: string }>(
    sql`select s.id, o.code from services s join organizations o on o.id = s.organization_id where s.status = 'published' order by s.code`,
  );
  own = rows.filter((r) => r.code === ownKey).map((r) => r.id);
  other = rows.find((r) => r.code !== ownKey)!.id;
});

const as = (username: string) => loggedIn(ctx, username);
const setStatus = (client: TestClient, id: string, payload: object) => client.request({ method: 'POST', url: `/api/catalog/services/${id}/status`, payload });
const searchRows = async (id: string) =>
  Number((await ctx.db.database.query<{ n: number }>(sql`select count(*)::int as n from service_search where service_id = ${id}`))[0]!.n);
const versionOf = async (client: TestClient, id: string) => (await client.request({ url: `/api/catalog/services/${id}/editable` })).json().version as number;

describe('service status', () => {
  it('lets a coordinator withdraw and publish a service, with history, audit and search rows following', async () => {
    const coordinator = await as('palveluohjaaja');
    expect(await searchRows(other)).toBeGreaterThan(0);
    const version = await versionOf(coordinator, other);
    const archived = await setStatus(coordinator, other, { status: 'archived', version, comment: 'Palvelu on päättynyt.' });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json()).toEqual({ status: 'archived', version: version + 1 });
    expect(await searchRows(other)).toBe(0);
    expect((await new TestClient(ctx.app).request({ url: `/api/catalog/services/${other}` })).statusCode).toBe(404);

    expect((await setStatus(coordinator, other, { status: 'published' })).statusCode).toBe(200);
    expect(await searchRows(other)).toBeGreaterThan(0);

    const history = (await coordinator.request({ url: `/api/catalog/services/${other}/history` })).json();
    expect(history.slice(0, 2)).toMatchObject([
      { action: 'status', changes: { status: { from: 'archived', to: 'published' } }, changedByName: 'Paula Palveluohjaaja' },
      { action: 'status', changes: { status: { from: 'published', to: 'archived' } }, comment: 'Palvelu on päättynyt.' },
    ]);
    const events = await ctx.db.database.query<{ reason: string }>(
      sql`select reason from audit_events where action = 'catalog.service.status' and resource_id = ${other} order by seq`,
    );
    expect(events.map((e) => e.reason)).toEqual(['published -> archived: Palvelu on päättynyt.', 'archived -> published']);
  });

  it('lets a producer submit their draft for review and nothing else', async () => {
    const coordinator = await as('palveluohjaaja');
    const producer = await as('tuottaja');
    expect((await setStatus(producer, own[0]!, { status: 'archived' })).statusCode).toBe(403);
    expect((await setStatus(coordinator, own[0]!, { status: 'draft' })).statusCode).toBe(200);

    // A draft is the producer's own to change: applied at once, no review.
    const edited = await producer.request({ method: 'PATCH', url: `/api/catalog/services/${own[0]}`, payload: { keywords: ['luonnos'] } });
    expect(edited.json()).toMatchObject({ outcome: 'applied' });
    expect((await setStatus(producer, own[0]!, { status: 'published' })).statusCode).toBe(403);
    const submitted = await setStatus(producer, own[0]!, { status: 'in_review' });
    expect(submitted.statusCode).toBe(200);
    expect((await setStatus(producer, own[0]!, { status: 'draft' })).statusCode).toBe(403);
    expect((await setStatus(coordinator, own[0]!, { status: 'published' })).json().status).toBe('published');
  });

  it("refuses a producer another organisation's service, residents, and anonymous callers", async () => {
    const producer = await as('tuottaja');
    expect((await setStatus(producer, other, { status: 'in_review' })).statusCode).toBe(403);
    expect((await setStatus(await as('asukas'), other, { status: 'draft' })).statusCode).toBe(403);
    const anonymous = new TestClient(ctx.app);
    await anonymous.session();
    expect((await setStatus(anonymous, other, { status: 'draft' })).statusCode).toBe(401);
  });

  it('answers 404, 409 and 400 with the field named', async () => {
    const coordinator = await as('palveluohjaaja');
    expect((await setStatus(coordinator, '00000000-0000-4000-8000-000000000000', { status: 'draft' })).statusCode).toBe(404);
    const same = await setStatus(coordinator, other, { status: 'published' });
    expect(same.statusCode).toBe(409);
    const stale = await setStatus(coordinator, other, { status: 'draft', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(/changed meanwhile/);
    const bad = await setStatus(coordinator, other, { status: 'deleted' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.status');
  });
});

describe('conflicting changes', () => {
  it('refuses a change made on an old version', async () => {
    const coordinator = await as('palveluohjaaja');
    const version = await versionOf(coordinator, other);
    const first = await coordinator.request({ method: 'PATCH', url: `/api/catalog/services/${other}`, payload: { version, keywords: ['a'] } });
    expect(first.json()).toMatchObject({ outcome: 'applied', version: version + 1 });
    const second = await coordinator.request({ method: 'PATCH', url: `/api/catalog/services/${other}`, payload: { version, keywords: ['b'] } });
    expect(second.statusCode).toBe(409);
    expect(second.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a second proposal while one waits for review', async () => {
    const producer = await as('tuottaja');
    const payload = { summary: { fi: 'Uusi tiivistelmä' } };
    expect((await producer.request({ method: 'PATCH', url: `/api/catalog/services/${own[1]}`, payload })).json().outcome).toBe('in_review');
    const again = await producer.request({ method: 'PATCH', url: `/api/catalog/services/${own[1]}`, payload });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/already waiting/);
  });

  it('names an empty Finnish name and a version alone as bad input', async () => {
    const coordinator = await as('palveluohjaaja');
    const blank = await coordinator.request({ method: 'PATCH', url: `/api/catalog/services/${other}`, payload: { name: { fi: '  ' } } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors[0].field).toBe('body.name.fi');
    expect((await coordinator.request({ method: 'PATCH', url: `/api/catalog/services/${other}`, payload: { version: 3 } })).statusCode).toBe(400);
  });
});
