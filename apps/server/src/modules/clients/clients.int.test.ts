import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testIdentityCode } from '../../seed/clients-oulu.ts';
import { loggedIn, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();
const ids: Record<string, string> = {};
let regionId: string;

beforeAll(async () => {
  const rows = await ctx.db.database.query<{ id: string; first: string }>(sql`select id, lower(split_part(first_names, ' ', 1)) as first from clients`);
  for (const r of rows) ids[r.first] = r.id;
  regionId = (await ctx.db.database.query<{ id: string }>(sql`select id from organizations where code = 'pphva'`))[0]!.id;
});

const as = (username: string) => loggedIn(ctx, username);

interface AuditRow {
  action: string;
  outcome: string;
  basis: string | null;
  register: string | null;
  reason: string | null;
  actor_name: string;
  actor_organization: string | null;
}
const eventsSince = async (clientId: string, since: number) =>
  ctx.db.database.query<AuditRow & { seq: number }>(sql`select * from audit_events where client_id = ${clientId} and seq > ${since} order by seq`);
const lastSeq = async () => (await ctx.db.database.query<{ n: number }>(sql`select coalesce(max(seq), 0)::int as n from audit_events`))[0]!.n;

type Block = { register: string; why: { allowed: boolean; basis: string | null; explanation: string }; entries: { title: string }[] };
const block = (body: { registers: Block[] }, register: string) => body.registers.find((b) => b.register === register)!;

describe('client overview: one policy, one audit event per register read', () => {
  it('shows a health professional the own register by relation, and refuses the social one without consent', async () => {
    const pekka = await as('ammattilainen');
    const before = await lastSeq();
    const response = await pekka.request({ url: `/api/clients/${ids.aino}/overview` });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.client).toMatchObject({ lastName: 'Asukas', identityCode: testIdentityCode('1986-04-12', 902), address: { street: 'Kangastie 20 B 7' } });
    expect(block(body, 'health').why).toMatchObject({ allowed: true, basis: 'relation' });
    expect(block(body, 'health').entries.map((e) => e.title)).toContain('Verenpaine');
    expect(block(body, 'social')).toMatchObject({ why: { allowed: false, basis: null }, entries: [] });
    expect(body.relations.map((r: { professional: string }) => r.professional).sort()).toEqual(['Pekka Ammattilainen', 'Sami Sosiaalityöntekijä']);

    const events = await eventsSince(ids.aino!, before);
    expect(events.map((e) => [e.action, e.register, e.outcome, e.basis ?? e.reason])).toEqual([
      ['client.overview.read', 'health', 'success', 'relation'],
      ['client.overview.read', 'social', 'denied', 'no_consent'],
    ]);
    expect(events[0]!.actor_organization).toBe('Tuiran terveysasema, Pohjois-Pohjanmaan hyvinvointialue');
  });

  it("names a minor's guardians in force, and an adult has none", async () => {
    const pekka = await as('ammattilainen');
    const ella = (await pekka.request({ url: `/api/clients/${ids.ella}/overview` })).json();
    expect(ella.client.guardians).toEqual([{ id: ids.aino, name: 'Aino Maria Asukas' }]);
    const aino = (await pekka.request({ url: `/api/clients/${ids.aino}/overview` })).json();
    expect(aino.client.guardians).toEqual([]);
  });

  it("opens the other register with the client's consent, and closes it the moment the consent is revoked", async () => {
    const sami = await as('sosiaalityontekija');
    const overview = async () => (await sami.request({ url: `/api/clients/${ids.aino}/overview` })).json();
    expect(block(await overview(), 'health').why.allowed).toBe(false);

    const aino = await as('asukas');
    const given = await aino.request({
      method: 'POST',
      url: '/api/me/consents',
      payload: { registers: ['health'], organizationIds: [regionId], purpose: 'care', validFrom: '2020-01-01', validTo: null },
    });
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json()).toMatchObject({ status: 'active', version: 1, givenBy: 'Aino Asukas' });

    const withConsent = await overview();
    expect(block(withConsent, 'health').why).toMatchObject({ allowed: true, basis: 'consent' });
    expect(block(withConsent, 'health').entries.length).toBeGreaterThan(0);

    const revoked = await aino.request({ method: 'POST', url: `/api/me/consents/${given.json().id}/revoke` });
    expect(revoked.json()).toMatchObject({ status: 'revoked', version: 2 });
    expect(block(await overview(), 'health')).toMatchObject({ why: { allowed: false }, entries: [] });
  });

  it('refuses a colleague without a relation entirely, logging both refusals, and shows no client data', async () => {
    const eeva = await as('esihenkilo');
    const before = await lastSeq();
    const response = await eeva.request({ url: `/api/clients/${ids.aino}/overview` });
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain('Asukas');
    expect(response.json().detail).toMatch(/no active client relation/);
    expect((await eventsSince(ids.aino!, before)).map((e) => [e.register, e.outcome, e.reason])).toEqual([
      ['health', 'denied', 'no_relation'],
      ['social', 'denied', 'no_relation'],
    ]);
  });

  it.each([
    ['johtaja', 'aggregates_only'],
    ['tuottaja', 'not_client_data_role'],
    ['yllapitaja', 'not_client_data_role'],
  ])('refuses %s (%s) and logs the refusal', async (username, reason) => {
    const user = await as(username);
    const before = await lastSeq();
    expect((await user.request({ url: `/api/clients/${ids.aino}/overview` })).statusCode).toBe(403);
    expect((await eventsSince(ids.aino!, before)).map((e) => e.reason)).toEqual([reason, reason]);
  });

  it('hides a non-disclosed address and phone from a relation that does not need them', async () => {
    const pekka = await as('ammattilainen');
    const body = (await pekka.request({ url: `/api/clients/${ids.sanna}/overview` })).json();
    expect(body.client).toMatchObject({ nonDisclosure: true, addressProtected: true, address: null, phone: null, municipality: null });
    expect(JSON.stringify(body)).not.toContain('Salainen katu');
  });

  it('answers 404 for an unknown client and 400 for a bad id, without audit rows', async () => {
    const pekka = await as('ammattilainen');
    const before = await lastSeq();
    expect((await pekka.request({ url: '/api/clients/00000000-0000-4000-8000-000000000000/overview' })).statusCode).toBe(404);
    const bad = await pekka.request({ url: '/api/clients/nope/overview' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('params.id');
    expect(await lastSeq()).toBe(before);
  });
});

describe('break-glass', () => {
  it('opens both registers with a reason, flags every read, and lists it for the supervisor', async () => {
    const pekka = await as('ammattilainen');
    expect((await pekka.request({ url: `/api/clients/${ids.matti}/overview` })).statusCode).toBe(403);

    const short = await pekka.request({ method: 'POST', url: `/api/clients/${ids.matti}/emergency-access`, payload: { reason: 'hätä' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('body.reason');

    const reason = 'Asiakas tuotu tajuttomana päivystykseen, lääkitys selvitettävä';
    const opened = await pekka.request({ method: 'POST', url: `/api/clients/${ids.matti}/emergency-access`, payload: { reason } });
    expect(opened.statusCode, opened.body).toBe(201);
    const before = await lastSeq();
    const body = (await pekka.request({ url: `/api/clients/${ids.matti}/overview` })).json();
    expect(body.registers.map((b: Block) => b.why.basis)).toEqual(['emergency', 'emergency']);
    expect((await eventsSince(ids.matti!, before)).map((e) => [e.basis, e.reason])).toEqual([
      ['emergency', reason],
      ['emergency', reason],
    ]);

    // Pekka is no supervisor; Eeva supervises his unit; the administrator sees every unit.
    expect((await pekka.request({ url: '/api/emergency-accesses' })).statusCode).toBe(403);
    const eeva = await as('esihenkilo');
    const list = (await eeva.request({ url: '/api/emergency-accesses' })).json();
    expect(list).toEqual([expect.objectContaining({ reason, professional: 'Pekka Ammattilainen', client: expect.objectContaining({ name: 'Matti Johannes Meikäläinen' }) })]);
    const admin = await as('yllapitaja');
    expect((await admin.request({ url: '/api/emergency-accesses' })).json()).toHaveLength(1);

    const reviewed = await eeva.request({ method: 'POST', url: `/api/emergency-accesses/${list[0].id}/review`, payload: { note: 'Perusteltu, tarkistettu.' } });
    expect(reviewed.statusCode).toBe(204);
    expect((await eeva.request({ url: '/api/emergency-accesses' })).json()).toEqual([]);
    expect((await eeva.request({ url: '/api/emergency-accesses?status=all' })).json()[0]).toMatchObject({ reviewNote: 'Perusteltu, tarkistettu.' });
    expect((await eeva.request({ method: 'POST', url: `/api/emergency-accesses/${list[0].id}/review`, payload: { note: 'x' } })).statusCode).toBe(404);
  });
});

describe('client search', () => {
  it('finds by identity code or by name and birth date, masks the code without a relation, audits without the code', async () => {
    const pekka = await as('ammattilainen');
    const code = testIdentityCode('1986-04-12', 902);
    const byCode = await pekka.request({ url: `/api/clients/search?identityCode=${encodeURIComponent(code)}` });
    expect(byCode.json()).toEqual([{ id: ids.aino, name: 'Aino Maria Asukas', birthDate: '1986-04-12', identityCode: code, activeRelation: true }]);
    const byName = (await pekka.request({ url: '/api/clients/search?lastName=virtanen&birthDate=1975-02-14' })).json();
    expect(byName).toEqual([expect.objectContaining({ name: 'Juha Virtanen', activeRelation: false, identityCode: expect.stringMatching(/^140275-\*{4}$/) })]);

    const logged = await ctx.db.database.query<{ text: string }>(sql`select concat_ws(' ', resource_type, resource_id, reason) as text from audit_events where action = 'client.search'`);
    expect(logged.length).toBeGreaterThanOrEqual(2);
    expect(logged.map((r) => r.text).join(' ')).not.toContain(code);
    const found = await ctx.db.database.query<{ n: number }>(sql`select count(*)::int as n from audit_events where action = 'client.search.found' and client_id = ${ids.aino}`);
    expect(found[0]!.n).toBeGreaterThanOrEqual(1);
  });

  it('refuses bad input naming the field, and roles that do not work with clients', async () => {
    const pekka = await as('ammattilainen');
    const bad = await pekka.request({ url: '/api/clients/search?identityCode=120486-9020' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'query.identityCode', message: expect.stringContaining('checksum') });
    expect((await pekka.request({ url: '/api/clients/search?lastName=Asukas' })).json().errors[0].field).toBe('query.identityCode');
    for (const username of ['johtaja', 'asukas', 'tuottaja']) {
      expect((await (await as(username)).request({ url: '/api/clients/search?lastName=Asukas&birthDate=1986-04-12' })).statusCode).toBe(403);
    }
  });
});

describe('record entries', () => {
  it('are written into the writer\'s own register only, with a relation', async () => {
    const sami = await as('sosiaalityontekija');
    const entry = { type: 'note', title: 'Puhelu', text: 'Sovittu tapaaminen ensi viikolle.' };
    const written = await sami.request({ method: 'POST', url: `/api/clients/${ids.aino}/entries`, payload: entry });
    expect(written.statusCode, written.body).toBe(201);
    expect(written.json()).toMatchObject({ register: 'social', unit: 'Aikuissosiaalityö', author: 'Sami Sosiaalityöntekijä' });

    const refused = await sami.request({ method: 'POST', url: `/api/clients/${ids.matti}/entries`, payload: entry });
    expect(refused.statusCode).toBe(403);
    const bad = await sami.request({ method: 'POST', url: `/api/clients/${ids.aino}/entries`, payload: { ...entry, type: 'gossip' } });
    expect(bad.json().errors[0].field).toBe('body.type');
  });
});

describe('care relations', () => {
  it('extend an existing contact only: no relation can be self-granted to open a stranger\'s data', async () => {
    const eeva = await as('esihenkilo');
    const open = await eeva.request({ method: 'POST', url: `/api/clients/${ids.aino}/relations`, payload: { kind: 'case' } });
    expect(open.statusCode).toBe(403);
    expect((await eeva.request({ url: `/api/clients/${ids.aino}/overview` })).statusCode).toBe(403);

    const pekka = await as('ammattilainen');
    const joined = await pekka.request({ method: 'POST', url: `/api/clients/${ids.sanna}/relations`, payload: { kind: 'team', needsAddress: true } });
    expect(joined.statusCode, joined.body).toBe(201);
    expect((await pekka.request({ url: `/api/clients/${ids.sanna}/overview` })).json().client.address.street).toBe('Salainen katu 1');
    const closed = await pekka.request({ method: 'POST', url: `/api/clients/${ids.sanna}/relations/${joined.json().id}/close` });
    expect(closed.statusCode).toBe(204);
    expect((await pekka.request({ url: `/api/clients/${ids.sanna}/overview` })).json().client.addressProtected).toBe(true);
  });
});
