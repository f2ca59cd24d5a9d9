import type { ValidateFunction } from 'ajv';
import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { guardClientDataRoutes } from '../../http/client-data.ts';
import { loggedIn, useTestApp } from '../../test/app.ts';
import { fhirValidator } from '../../test/fhir-schema.ts';

const ctx = useTestApp();
const ids: Record<string, string> = {};
let regionId: string;
let validate: ValidateFunction;

beforeAll(async () => {
  const rows = await ctx.db.database.query<{ id: string; first: string }>(sql`select id, lower(split_part(first_names, ' ', 1)) as first from clients`);
  for (const r of rows) ids[r.first] = r.id;
  regionId = (await ctx.db.database.query<{ id: string }>(sql`select id from organizations where code = 'pphva'`))[0]!.id;
  validate = fhirValidator();
});

const as = (username: string) => loggedIn(ctx, username);
const consent = { registers: ['health', 'social'], organizationIds: [] as string[], purpose: 'care', validFrom: '2026-01-01', validTo: null };

describe('My data (Omat tiedot)', () => {
  it('shows the resident their details and entries of both registers, and who read them and why', async () => {
    const pekka = await as('ammattilainen');
    expect((await pekka.request({ url: `/api/clients/${ids.aino}/overview` })).statusCode).toBe(200);

    const aino = await as('asukas');
    const data = (await aino.request({ url: '/api/me/data' })).json();
    expect(data).toMatchObject({ actingAs: 'self', client: { lastName: 'Asukas', address: { street: 'Kangastie 20 B 7' } } });
    expect(new Set(data.entries.map((e: { register: string }) => e.register))).toEqual(new Set(['health', 'social']));

    const log = (await aino.request({ url: '/api/me/access-log' })).json();
    const pekkasRead = log.items.find((e: { who: { name: string }; register: string }) => e.who.name === 'Pekka Ammattilainen' && e.register === 'health');
    expect(pekkasRead).toMatchObject({
      who: { role: 'professional', organization: 'Tuiran terveysasema, Pohjois-Pohjanmaan hyvinvointialue' },
      action: 'client.overview.read',
      outcome: 'success',
      why: { basis: 'relation' },
    });
    // Her own reading is in the log too.
    expect(log.items.some((e: { why: { basis: string } }) => e.why.basis === 'own')).toBe(true);
  });

  it('pages the access log with a cursor', async () => {
    const aino = await as('asukas');
    const first = (await aino.request({ url: '/api/me/access-log?limit=2' })).json();
    expect(first.items).toHaveLength(2);
    const second = (await aino.request({ url: `/api/me/access-log?limit=2&before=${first.nextBefore}` })).json();
    expect(second.items[0].seq).toBeLessThan(first.items[1].seq);
  });

  it('validates consents, keeps versions, refuses stale and repeated changes', async () => {
    const aino = await as('asukas');
    const empty = await aino.request({ method: 'POST', url: '/api/me/consents', payload: { ...consent, registers: [] } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body.registers', 'body.organizationIds']));
    const backwards = await aino.request({ method: 'POST', url: '/api/me/consents', payload: { ...consent, organizationIds: [regionId], validTo: '2025-01-01' } });
    expect(backwards.json().errors[0].field).toBe('body.validTo');

    const given = (await aino.request({ method: 'POST', url: '/api/me/consents', payload: { ...consent, organizationIds: [regionId] } })).json();
    const changed = await aino.request({ method: 'PUT', url: `/api/me/consents/${given.id}`, payload: { version: 1, consent: { ...consent, registers: ['health'], organizationIds: [regionId] } } });
    expect(changed.json()).toMatchObject({ registers: ['health'], version: 2, history: [{ action: 'given' }, { action: 'changed' }] });
    const stale = await aino.request({ method: 'PUT', url: `/api/me/consents/${given.id}`, payload: { version: 1, consent: { ...consent, organizationIds: [regionId] } } });
    expect(stale.statusCode).toBe(409);
    expect((await aino.request({ method: 'POST', url: `/api/me/consents/${given.id}/revoke` })).statusCode).toBe(200);
    expect((await aino.request({ method: 'POST', url: `/api/me/consents/${given.id}/revoke` })).statusCode).toBe(409);

    const other = await as('asukas');
    expect((await other.request({ method: 'POST', url: '/api/me/consents/00000000-0000-4000-8000-000000000000/revoke' })).statusCode).toBe(404);
  });

  it('counts days in Finland: after midnight here a consent from today is in force, though UTC is still yesterday', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2027-03-10T22:30:00Z')); // 00:30 on 11 March in Helsinki
      const aino = await as('asukas');
      const fromToday = (await aino.request({ method: 'POST', url: '/api/me/consents', payload: { ...consent, organizationIds: [regionId], validFrom: '2027-03-11' } })).json();
      expect(fromToday.status).toBe('active');
      const fromTomorrow = (await aino.request({ method: 'POST', url: '/api/me/consents', payload: { ...consent, organizationIds: [regionId], validFrom: '2027-03-12' } })).json();
      expect(fromTomorrow.status).toBe('scheduled');
      const endedYesterday = (await aino.request({ method: 'POST', url: '/api/me/consents', payload: { ...consent, organizationIds: [regionId], validTo: '2027-03-10' } })).json();
      expect(endedYesterday.status).toBe('expired');
      for (const c of [fromToday, fromTomorrow, endedYesterday]) await aino.request({ method: 'POST', url: `/api/me/consents/${c.id}/revoke` });
    } finally {
      vi.useRealTimers();
    }
  });

  it('downloads everything as JSON and as a FHIR R4 Bundle that validates', async () => {
    const aino = await as('asukas');
    const json = await aino.request({ url: '/api/me/export.json' });
    expect(json.headers['content-disposition']).toContain('attachment');
    expect(json.json()).toMatchObject({ client: { lastName: 'Asukas' }, accessLog: expect.any(Array), entries: expect.any(Array) });

    const fhir = await aino.request({ url: '/api/me/export.fhir' });
    expect(fhir.headers['content-type']).toContain('application/fhir+json');
    const bundle = fhir.json();
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const types = new Set(bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType));
    for (const t of ['Patient', 'Consent', 'AuditEvent', 'Observation', 'Encounter', 'DocumentReference']) expect(types).toContain(t);
    for (const resource of [bundle, ...bundle.entry.map((e: { resource: unknown }) => e.resource)]) {
      expect(validate(resource), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
    expect(validate({ resourceType: 'Patient', birthDate: 12 })).toBe(false);
  });
});

describe('guardians act for their minor children', () => {
  it("lists the children, switches explicitly with an audit event, and hides what the mature minor forbade", async () => {
    const aino = await as('asukas');
    const wards = (await aino.request({ url: '/api/me/wards' })).json();
    expect(wards.map((w: { name: string }) => w.name)).toEqual(['Ella Asukas', 'Eetu Asukas']);

    const switched = await aino.request({ method: 'POST', url: '/api/me/act-for', payload: { clientId: ids.ella } });
    expect(switched.json()).toEqual({ id: ids.ella, name: 'Ella Asukas', actingAs: 'guardian' });
    const ella = (await aino.request({ url: `/api/me/data?for=${ids.ella}` })).json();
    expect(ella.actingAs).toBe('guardian');
    const titles = ella.entries.map((e: { title: string }) => e.title);
    expect(titles).toContain('Kouluterveydenhoitajan vastaanotto');
    expect(titles).not.toContain('Ehkäisyneuvonta');

    const log = (await aino.request({ url: `/api/me/access-log?for=${ids.ella}` })).json();
    expect(log.items.map((e: { action: string }) => e.action)).toContain('client.guardian.act_for');
    expect(log.items.some((e: { why: { basis: string } }) => e.why.basis === 'guardian')).toBe(true);
  });

  it('refuses acting for anyone not in the care of the guardian', async () => {
    const aino = await as('asukas');
    for (const url of [`/api/me/data?for=${ids.matti}`, `/api/me/access-log?for=${ids.matti}`]) {
      expect((await aino.request({ url })).statusCode).toBe(403);
    }
    expect((await aino.request({ method: 'POST', url: '/api/me/act-for', payload: { clientId: ids.matti } })).statusCode).toBe(403);
    expect((await aino.request({ method: 'POST', url: `/api/me/consents?for=${ids.matti}`, payload: { ...consent, organizationIds: [regionId] } })).statusCode).toBe(403);
  });
});

describe('no route bypasses the client-data policy', () => {
  const clientPath = /^\/(api\/(clients|assessments|plans\/(?!team-candidates)|referrals\/|identification\/worklist|me\/(data|access-log|export|consents|act-for|plan|pre-assessments|assessments|referrals))|fhir\/R4\/(QuestionnaireResponse|CarePlan|CareTeam|Goal|ServiceRequest))/;

  it('marks every route that serves client data', () => {
    const routes = ctx.app.routeRegistry.filter((r) => clientPath.test(r.url));
    expect(routes.length).toBeGreaterThanOrEqual(50);
    const unmarked = routes.filter((r) => !r.clientData && r.method !== 'HEAD');
    expect(unmarked.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('refuses every marked route to a resident with no client record and to a manager, leaking nothing', async () => {
    const manager = await as('johtaja');
    const marked = ctx.app.routeRegistry.filter((r) => r.clientData && r.method !== 'HEAD');
    for (const route of marked) {
      // Every id is Aino's: a route about her refuses; one about a plan or referral finds none by that id.
      const url = route.url.replace(/:\w+/g, ids.aino!);
      const response = await manager.request({ method: route.method as 'GET', url, payload: route.method === 'GET' ? undefined : {} });
      expect([400, 403, 404], `${route.method} ${route.url}`).toContain(response.statusCode);
      expect(response.body, route.url).not.toContain('Asukas');
    }
  });

  it('withholds the answer of a route that declares client data but never asks the policy', async () => {
    const app = Fastify({ logger: false });
    guardClientDataRoutes(app);
    app.get('/leaky', { config: { clientData: true } }, async () => ({ secret: 'data' }));
    app.get('/asks', { config: { clientData: true } }, async (request) => {
      request.clientAccessChecks += 1;
      return { ok: true };
    });
    expect((await app.inject({ url: '/leaky' })).statusCode).toBe(500);
    expect((await app.inject({ url: '/leaky' })).body).not.toContain('secret');
    expect((await app.inject({ url: '/asks' })).statusCode).toBe(200);
  });
});
