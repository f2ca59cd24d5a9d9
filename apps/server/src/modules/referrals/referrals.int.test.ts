import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, useTestApp, type TestClient } from '../../test/app.ts';
import { incomingReferralsCount, unansweredReferralsFor } from './service.ts';

/** A tiny answer time (~1.8 s) so the unanswered flag can be seen turning on within a test. */
const ANSWER_HOURS = 0.0005;
const ctx = useTestApp({ REFERRAL_ANSWER_HOURS: String(ANSWER_HOURS) });
const NGO = 'Oulun seudun mielenterveysyhdistys Aalto ry';
const NOTE = 'Aino on ollut masentunut puoli vuotta ja toivoo vertaistukea; hän jaksaa käydä ryhmässä iltaisin.';

let ainoId: string;
let groupId: string;
let ngoName: string;
let draftServiceId: string;
const users: Record<string, string> = {};

const one = async <T>(query: ReturnType<typeof sql>) => (await ctx.db.database.query<T>(query))[0]!;

beforeAll(async () => {
  ainoId = (await one<{ id: string }>(sql`select id from clients where first_names like 'Aino%' and last_name = 'Asukas'`)).id;
  const group = await one<{ id: string; org: string }>(
    sql`select s.id, o.name_fi as org from services s join organizations o on o.id = s.organization_id where o.code = 'mielenterveysseura-aalto' and s.name_fi = 'Masennuksesta toipuvien vertaisryhmä' and s.status = 'published'`,
  );
  groupId = group.id;
  ngoName = group.org;
  draftServiceId = (await one<{ id: string }>(sql`update services set status = 'draft' where id = (select id from services where status = 'published' and organization_id <> (select id from organizations where code = 'mielenterveysseura-aalto') limit 1) returning id`)).id;
  for (const r of await ctx.db.database.query<{ id: string; username: string }>(sql`select id, username from users`)) users[r.username] = r.id;
});

const as = (username: string) => loggedIn(ctx, username);
const lastSeq = async () => (await one<{ n: number }>(sql`select coalesce(max(seq), 0)::int as n from audit_events`)).n;
const eventsSince = (since: number) =>
  ctx.db.database.query<{ action: string; outcome: string; basis: string | null; reason: string | null; actor_organization: string | null; client_id: string }>(
    sql`select * from audit_events where seq > ${since} order by seq`,
  );

const refer = (who: TestClient, payload: Record<string, unknown>, clientId = ainoId) => who.request({ method: 'POST', url: `/api/clients/${clientId}/referrals`, payload });
const act = (who: TestClient, id: string, action: string, payload: Record<string, unknown>) => who.request({ method: 'POST', url: `/api/referrals/${id}/${action}`, payload });

async function sent(): Promise<{ id: string; version: number }> {
  const response = await refer(await as('sosiaalityontekija'), { serviceId: groupId, handoverNote: NOTE });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('sending a referral: only with a handover note, only through the gate', () => {
  it('refers the client to a published NGO service and records the write in the client log', async () => {
    const sami = await as('sosiaalityontekija');
    const before = await lastSeq();
    const response = await refer(sami, { serviceId: groupId, handoverNote: `  ${NOTE}  ` });
    expect(response.statusCode, response.body).toBe(201);
    expect(ngoName).toBe(NGO);
    expect(response.json()).toMatchObject({
      client: { id: ainoId, name: 'Aino Maria Asukas', phone: expect.any(String) },
      service: { id: groupId, name: 'Masennuksesta toipuvien vertaisryhmä' },
      organization: { name: NGO },
      handoverNote: NOTE,
      status: 'sent',
      referrer: { name: 'Sami Sosiaalityöntekijä', register: 'social' },
      unanswered: false,
      version: 1,
      actions: ['cancel'],
    });
    expect((await eventsSince(before)).map((e) => [e.action, e.outcome, e.basis])).toEqual([['client.referral.write', 'success', 'relation']]);
  });

  it.each([
    ['no note', {}],
    ['a blank note', { handoverNote: '   ' }],
    ['a note too short to carry anything', { handoverNote: 'Soittakaa hänelle.' }],
  ])('refuses %s, naming body.handoverNote', async (_, note) => {
    const response = await refer(await as('sosiaalityontekija'), { serviceId: groupId, ...note });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.handoverNote']);
  });

  it('refuses an unknown or unpublished service, naming body.serviceId', async () => {
    const sami = await as('sosiaalityontekija');
    for (const serviceId of ['00000000-0000-4000-8000-000000000000', draftServiceId]) {
      const response = await refer(sami, { serviceId, handoverNote: NOTE });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('body.serviceId');
    }
    expect((await refer(sami, { serviceId: groupId, handoverNote: NOTE }, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('refuses a professional without a relation, and the refusal is in the client log', async () => {
    const eeva = await as('esihenkilo');
    const before = await lastSeq();
    const response = await refer(eeva, { serviceId: groupId, handoverNote: NOTE });
    expect(response.statusCode).toBe(403);
    expect(response.json().reasons).toEqual(['no_relation']);
    expect((await eventsSince(before)).map((e) => [e.action, e.outcome, e.reason, e.client_id])).toEqual([['client.referral.write', 'denied', 'no_relation', ainoId]]);
  });

  it('refuses the manager and the producer admins at the door', async () => {
    for (const user of ['johtaja', 'tuottaja', 'jarjesto']) expect((await refer(await as(user), { serviceId: groupId, handoverNote: NOTE })).statusCode, user).toBe(403);
  });
});

describe('the receiving producer: its own basis, in the client log', () => {
  it('lists the referral for the NGO with the handover note and contact phone, logging each read under the referral basis', async () => {
    const referral = await sent();
    const jarjesto = await as('jarjesto');
    const before = await lastSeq();
    const response = await jarjesto.request({ url: '/api/referrals/incoming?status=sent' });
    expect(response.statusCode, response.body).toBe(200);
    const item = response.json().find((r: { id: string }) => r.id === referral.id);
    expect(item).toMatchObject({ client: { name: 'Aino Maria Asukas', age: expect.any(Number), phone: expect.any(String) }, handoverNote: NOTE, status: 'sent', actions: ['accept', 'decline'] });
    const reads = (await eventsSince(before)).filter((e) => e.client_id === ainoId);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((e) => e.action === 'client.referral.read' && e.basis === 'referral' && e.actor_organization === NGO)).toBe(true);
    expect(await incomingReferralsCount(ctx.app.db, { id: users.jarjesto!, role: 'producer_admin' })).toBeGreaterThan(0);
  });

  it('keeps another producer out: nothing incoming, the referral refused, an answer refused and logged', async () => {
    const referral = await sent();
    const tuottaja = await as('tuottaja');
    const incoming = await tuottaja.request({ url: '/api/referrals/incoming' });
    expect(incoming.json().map((r: { id: string }) => r.id)).not.toContain(referral.id);
    expect((await tuottaja.request({ url: `/api/referrals/${referral.id}` })).statusCode).toBe(403);
    const before = await lastSeq();
    expect((await act(tuottaja, referral.id, 'accept', { version: 1 })).statusCode).toBe(403);
    expect((await eventsSince(before)).map((e) => [e.action, e.outcome, e.reason])).toEqual([['client.referral.accept', 'denied', 'not_receiving_organization']]);
    expect(await incomingReferralsCount(ctx.app.db, { id: users.tuottaja!, role: 'producer_admin' })).toBe(0);
  });

  it('accepts and completes, refusing a stale version and a wrong state with 409', async () => {
    const referral = await sent();
    const jarjesto = await as('jarjesto');
    expect((await act(jarjesto, referral.id, 'complete', { version: 1 })).statusCode).toBe(409);
    expect((await act(jarjesto, referral.id, 'accept', { version: 2 })).statusCode).toBe(409);
    const accepted = await act(jarjesto, referral.id, 'accept', { version: 1, note: 'Tervetuloa tiistain ryhmään.' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', version: 2, answeredBy: 'Jaana Järjestö', responseNote: 'Tervetuloa tiistain ryhmään.', actions: ['complete'] });
    expect((await act(jarjesto, referral.id, 'accept', { version: 2 })).statusCode).toBe(409);
    const completed = await act(jarjesto, referral.id, 'complete', { version: 2 });
    expect(completed.json()).toMatchObject({ status: 'completed', version: 3, responseNote: 'Tervetuloa tiistain ryhmään.', actions: [] });
    expect((await act(await as('sosiaalityontekija'), referral.id, 'cancel', { version: 3 })).statusCode).toBe(409);

    const detail = (await jarjesto.request({ url: `/api/referrals/${referral.id}` })).json();
    expect(detail.events.map((e: { status: string }) => e.status)).toEqual(['sent', 'accepted', 'completed']);
  });

  it("lets the receiving organisation's service coordinators — not all its staff — answer a referral to the region's service", async () => {
    const regional = await one<{ id: string }>(
      sql`select s.id from services s join organizations o on o.id = s.organization_id where o.code = 'pphva' and s.status = 'published' order by s.code limit 1`,
    );
    const referral = (await refer(await as('sosiaalityontekija'), { serviceId: regional.id, handoverNote: NOTE })).json();
    const paula = await as('palveluohjaaja');
    const incoming = (await paula.request({ url: '/api/referrals/incoming?status=open' })).json() as { id: string; actions: string[] }[];
    expect(incoming.find((r) => r.id === referral.id)?.actions).toEqual(['accept', 'decline']);
    // A nurse of the same organisation is not its intake: the handover note is not theirs to read.
    const pekka = await as('ammattilainen');
    expect(((await pekka.request({ url: '/api/referrals/incoming' })).json() as { id: string }[]).map((r) => r.id)).not.toContain(referral.id);
    expect((await act(pekka, referral.id, 'accept', { version: 1 })).statusCode).toBe(403);
    expect((await act(paula, referral.id, 'accept', { version: 1 })).json().status).toBe('accepted');
    expect((await (await as('jarjesto')).request({ url: `/api/referrals/${referral.id}` })).statusCode).toBe(403);
  });

  it('declines only with a reason', async () => {
    const referral = await sent();
    const jarjesto = await as('jarjesto');
    const bare = await act(jarjesto, referral.id, 'decline', { version: 1, note: '  ' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0].field).toBe('body.note');
    const declined = await act(jarjesto, referral.id, 'decline', { version: 1, note: 'Ryhmä on täynnä syksyyn asti.' });
    expect(declined.json()).toMatchObject({ status: 'declined', responseNote: 'Ryhmä on täynnä syksyyn asti.' });
  });
});

describe('the referrer: cancel, status and the unanswered flag', () => {
  it('lets only the referrer cancel, after which the producer can no longer accept', async () => {
    const referral = await sent();
    expect((await act(await as('ammattilainen'), referral.id, 'cancel', { version: 1 })).statusCode).toBe(403);
    expect((await act(await as('jarjesto'), referral.id, 'cancel', { version: 1 })).statusCode).toBe(403);
    const cancelled = await act(await as('sosiaalityontekija'), referral.id, 'cancel', { version: 1, note: 'Asiakas löysi toisen ryhmän.' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', version: 2 });
    expect((await act(await as('jarjesto'), referral.id, 'accept', { version: 2 })).statusCode).toBe(409);
  });

  it('flags a referral still waiting after the answer time, and never an answered one', async () => {
    const waiting = await sent();
    const answered = await sent();
    await act(await as('jarjesto'), answered.id, 'accept', { version: 1 });
    await new Promise((resolve) => setTimeout(resolve, ANSWER_HOURS * 3_600_000 + 200));
    const list = (await (await as('sosiaalityontekija')).request({ url: '/api/referrals/sent' })).json() as { id: string; status: string; unanswered: boolean; client: object }[];
    expect(list.find((r) => r.id === waiting.id)).toMatchObject({ status: 'sent', unanswered: true, client: { name: 'Aino Maria Asukas', phone: null } });
    expect(list.find((r) => r.id === answered.id)).toMatchObject({ status: 'accepted', unanswered: false });

    const flagged = await unansweredReferralsFor(ctx.app.db, users.sosiaalityontekija!, new Date(), ANSWER_HOURS);
    expect(flagged.find((r) => r.referralId === waiting.id)).toMatchObject({ clientId: ainoId, clientName: 'Aino Maria Asukas', serviceName: 'Masennuksesta toipuvien vertaisryhmä', organizationName: NGO });
    expect(flagged.map((r) => r.referralId)).not.toContain(answered.id);
    const withDefaultHours = await unansweredReferralsFor(ctx.app.db, users.sosiaalityontekija!, new Date());
    expect(withDefaultHours.map((r) => r.referralId)).not.toContain(waiting.id);
  });

  it("shows the client's referrals to staff by the register they may read", async () => {
    const referral = await sent();
    const sami = (await (await as('sosiaalityontekija')).request({ url: `/api/clients/${ainoId}/referrals` })).json() as { id: string }[];
    expect(sami.map((r) => r.id)).toContain(referral.id);
    // The referral is in the social register; the health professional has no consent to it.
    const pekka = await (await as('ammattilainen')).request({ url: `/api/clients/${ainoId}/referrals` });
    expect(pekka.statusCode).toBe(200);
    expect(pekka.json()).toEqual([]);
    expect((await (await as('johtaja')).request({ url: `/api/clients/${ainoId}/referrals` })).statusCode).toBe(403);
  });
});
