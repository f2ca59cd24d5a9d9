import { LIFE_DOMAINS } from '@avain/domain';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();
const ids: Record<string, string> = {};

beforeAll(async () => {
  for (const r of await ctx.db.database.query<{ id: string; first: string }>(sql`select id, lower(split_part(first_names, ' ', 1)) as first from clients`)) ids[r.first] = r.id;
});

const as = (username: string) => loggedIn(ctx, username);
const lastSeq = async () => (await ctx.db.database.query<{ n: number }>(sql`select coalesce(max(seq), 0)::int as n from audit_events`))[0]!.n;
const actionsSince = async (clientId: string, since: number) =>
  (await ctx.db.database.query<{ action: string }>(sql`select action from audit_events where client_id = ${clientId} and seq > ${since} order by seq`)).map((e) => e.action);

const defaults = {
  thresholds: { domainSum: 14, severeScore: 3, severeDomains: 3, contacts: 24, distinctUnits: 3, poorSelfManagement: 3, poorDailyFunctioning: 3 },
  worklist: { minUnits: 3, minContacts: 24, includeMultiProfessional: true, youthMaxAge: 17 },
};

type Row = { clientId: string; name: string; age: number; reasons: { code: string; value?: number; threshold?: number }[]; takenBy: { name: string } | null };
const rowsOf = async (username: string, group: 'adults' | 'children') => {
  const response = await (await as(username)).request({ url: `/api/identification/worklist?group=${group}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().rows as Row[];
};

describe('identification settings', () => {
  it('start from the defaults, save with a version, and refuse a stale one with 409', async () => {
    const paula = await as('palveluohjaaja');
    expect((await paula.request({ url: '/api/identification/settings' })).json()).toEqual({ ...defaults, version: 0, updatedBy: null, updatedAt: null });

    const before = await lastSeq();
    const saved = await paula.request({ method: 'PUT', url: '/api/identification/settings', payload: { ...defaults, version: 0, worklist: { ...defaults.worklist, minUnits: 2 } } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, worklist: { minUnits: 2 }, updatedBy: 'Paula Palveluohjaaja' });
    const events = await ctx.db.database.query<{ action: string }>(sql`select action from audit_events where seq > ${before}`);
    expect(events.map((e) => e.action)).toContain('identification.settings.change');

    const stale = await paula.request({ method: 'PUT', url: '/api/identification/settings', payload: { ...defaults, version: 0 } });
    expect(stale.statusCode).toBe(409);
    const admin = await as('yllapitaja');
    expect((await admin.request({ url: '/api/identification/settings' })).json().version).toBe(1);
  });

  it('name the invalid field, and are closed to other roles', async () => {
    const paula = await as('palveluohjaaja');
    const invalid = await paula.request({ method: 'PUT', url: '/api/identification/settings', payload: { ...defaults, version: 1, thresholds: { ...defaults.thresholds, severeScore: 9 } } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.thresholds.severeScore']);
    expect((await (await as('ammattilainen')).request({ url: '/api/identification/settings' })).statusCode).toBe(403);
    expect((await (await as('johtaja')).request({ method: 'PUT', url: '/api/identification/settings', payload: { ...defaults, version: 1 } })).statusCode).toBe(403);
  });

  it('use the saved thresholds for the segment of the next assessment', async () => {
    const paula = await as('palveluohjaaja');
    const current = (await paula.request({ url: '/api/identification/settings' })).json();
    await paula.request({ method: 'PUT', url: '/api/identification/settings', payload: { ...current, thresholds: { ...current.thresholds, domainSum: 9 } } });
    const pekka = await as('ammattilainen');
    const payload = { domains: Object.fromEntries(LIFE_DOMAINS.map((d) => [d, { score: 1, text: '' }])), selfManagement: 0, clientView: '', clientGoals: '' };
    const saved = (await pekka.request({ method: 'POST', url: `/api/clients/${ids.sanna}/assessments`, payload })).json();
    expect(saved).toMatchObject({ segment: 'network', segmentReasons: [{ code: 'domain_sum_high', value: 9, threshold: 9 }, { code: 'ability_good' }] });
    const restored = (await paula.request({ url: '/api/identification/settings' })).json();
    await paula.request({ method: 'PUT', url: '/api/identification/settings', payload: { ...restored, thresholds: defaults.thresholds } });
  });
});

describe('the early identification worklist', () => {
  it('lists adults with heavy use across both registers, with the figures, and logs each listing', async () => {
    const before = await lastSeq();
    const rows = await rowsOf('palveluohjaaja', 'adults');
    const aino = rows.find((r) => r.clientId === ids.aino);
    expect(aino).toMatchObject({ name: 'Aino Maria Asukas', age: expect.any(Number), reasons: [{ code: 'many_units', value: 2, threshold: 2 }], takenBy: null });
    // Sanna is seen in the health register only: one service path already.
    expect(rows.map((r) => r.clientId)).not.toContain(ids.sanna);
    expect(await actionsSince(ids.aino!, before)).toEqual(['client.worklist.listed']);
  });

  it('lists children and young people in their own view, here for a multi-professional segment', async () => {
    const pekka = await as('ammattilainen');
    const heavy = { domains: Object.fromEntries(LIFE_DOMAINS.map((d) => [d, { score: 3, text: '' }])), selfManagement: 4, clientView: '', clientGoals: '' };
    expect((await pekka.request({ method: 'POST', url: `/api/clients/${ids.eetu}/assessments`, payload: heavy })).json().segment).toBe('multi_professional');
    const children = await rowsOf('palveluohjaaja', 'children');
    expect(children).toContainEqual(expect.objectContaining({ clientId: ids.eetu, reasons: [{ code: 'multi_professional_segment' }] }));
    // Onni (15) of the demo data uses many services of both registers and has no plan.
    expect(children.map((r) => r.name)).toContain('Onni Koskinen');
    expect((await rowsOf('palveluohjaaja', 'adults')).map((r) => r.clientId)).not.toContain(ids.eetu);
  });

  it('is for service coordinators only', async () => {
    expect((await (await as('johtaja')).request({ url: '/api/identification/worklist' })).statusCode).toBe(403);
    expect((await (await as('ammattilainen')).request({ url: '/api/identification/worklist' })).statusCode).toBe(403);
  });

  it('lets a coordinator take a client once, opening a case relation that opens the client', async () => {
    const paula = await as('palveluohjaaja');
    expect((await paula.request({ url: `/api/clients/${ids.aino}/assessments` })).statusCode).toBe(403);
    const taken = await paula.request({ method: 'POST', url: `/api/identification/worklist/${ids.aino}/take` });
    expect(taken.statusCode, taken.body).toBe(201);
    expect(taken.json()).toMatchObject({ clientId: ids.aino, takenBy: { name: 'Paula Palveluohjaaja' }, relationOpened: true });
    expect((await paula.request({ method: 'POST', url: `/api/identification/worklist/${ids.aino}/take` })).statusCode).toBe(409);
    expect((await rowsOf('palveluohjaaja', 'adults')).find((r) => r.clientId === ids.aino)?.takenBy).toMatchObject({ name: 'Paula Palveluohjaaja' });
    expect((await paula.request({ url: `/api/clients/${ids.aino}/assessments` })).statusCode).toBe(200);
  });

  it('refuses to take a client who is not on the list', async () => {
    const paula = await as('palveluohjaaja');
    expect((await paula.request({ method: 'POST', url: `/api/identification/worklist/${ids.karin}/take` })).statusCode).toBe(409);
    expect((await paula.request({ method: 'POST', url: '/api/identification/worklist/00000000-0000-4000-8000-000000000000/take' })).statusCode).toBe(404);
  });
});

describe('API documentation', () => {
  it('documents the assessment routes from their schemas', async () => {
    const response = await (await as('palveluohjaaja')).request({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/assessment/questionnaire', '/api/clients/{id}/assessments', '/api/identification/worklist', '/api/me/pre-assessments']));
  });
});
