import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, useTestApp, type TestClient } from '../../test/app.ts';

const ctx = useTestApp();
const clients: Record<string, string> = {};
const users: Record<string, string> = {};
let tuiraReception: string;

beforeAll(async () => {
  for (const r of await ctx.db.database.query<{ id: string; first: string }>(sql`select id, lower(split_part(first_names, ' ', 1)) as first from clients`)) clients[r.first] = r.id;
  for (const r of await ctx.db.database.query<{ id: string; username: string }>(sql`select id, username from users`)) users[r.username] = r.id;
  tuiraReception = (await ctx.db.database.query<{ id: string }>(sql`select id from services where service_class = 'reception' and name_fi like 'Tuiran terveysasema%'`))[0]!.id;
});

const as = (username: string) => loggedIn(ctx, username);
const auditOf = (threadId: string) =>
  ctx.db.database.query<{ actor_name: string; action: string; outcome: string; basis: string | null; reason: string | null }>(
    sql`select actor_name, action, outcome, basis, reason from audit_events where resource_id = ${threadId} or (resource_type = 'message' and resource_id is null) order by seq`,
  );
const unread = async (c: TestClient) => (await c.request({ url: '/api/messages/unread' })).json() as { total: number; threads: { threadId: string; unread: number }[] };

async function writeToPekka(aino: TestClient, forId?: string) {
  const response = await aino.request({
    method: 'POST',
    url: `/api/me/messages/threads${forId ? `?for=${forId}` : ''}`,
    payload: { subject: 'Reseptin uusiminen', body: 'Voisitteko uusia verenpainelääkkeeni reseptin?', to: { kind: 'care_team', userId: users.ammattilainen } },
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; kind: string; register: string; assignedTo: { id: string }; messages: { seq: number; mine: boolean }[] };
}

describe('secure messaging with the care team', () => {
  it('lets a resident write to a professional of their care team, who answers; the resident is told without the text', async () => {
    const aino = await as('asukas');
    const recipients = (await aino.request({ url: '/api/me/messages/recipients' })).json();
    expect(recipients.careTeam.map((m: { name: string }) => m.name)).toEqual(expect.arrayContaining(['Pekka Ammattilainen', 'Sami Sosiaalityöntekijä']));
    expect(recipients.services.some((s: { id: string; units: unknown[] }) => s.id === tuiraReception && s.units.length === 1)).toBe(true);

    const thread = await writeToPekka(aino);
    expect(thread).toMatchObject({ kind: 'care_team', register: 'health', assignedTo: { id: users.ammattilainen }, messages: [{ mine: true }] });

    const pekka = await as('ammattilainen');
    const list = (await pekka.request({ url: '/api/messages/threads' })).json();
    expect(list.threads.find((t: { id: string }) => t.id === thread.id)).toMatchObject({ subject: 'Reseptin uusiminen', listedAs: 'assigned', unread: 1 });
    expect((await unread(pekka)).threads).toContainEqual({ threadId: thread.id, unread: 1 });

    const reply = await pekka.request({ method: 'POST', url: `/api/messages/threads/${thread.id}/messages`, payload: { body: 'Resepti on uusittu.' } });
    expect(reply.statusCode).toBe(201);
    const seq = reply.json().seq as number;
    expect((await unread(aino)).threads).toContainEqual({ threadId: thread.id, unread: 1 });

    const outbox = await ctx.db.database.query<{ template: string; body: string }>(sql`select template, body from notifications where user_id = ${users.asukas} and template = 'message_received'`);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.body).not.toContain('Resepti');

    // A second answer before she reads queues no second notice.
    await pekka.request({ method: 'POST', url: `/api/messages/threads/${thread.id}/messages`, payload: { body: 'Muistathan myös verenpaineen mittauksen.' } });
    expect(await ctx.db.database.query(sql`select 1 from notifications where user_id = ${users.asukas} and template = 'message_received'`)).toHaveLength(1);

    const detail = (await aino.request({ url: `/api/messages/threads/${thread.id}` })).json();
    expect(detail.messages.map((m: { body: string; mine: boolean }) => [m.body, m.mine])).toEqual([
      ['Voisitteko uusia verenpainelääkkeeni reseptin?', true],
      ['Resepti on uusittu.', false],
      ['Muistathan myös verenpaineen mittauksen.', false],
    ]);
    expect((await aino.request({ method: 'POST', url: `/api/messages/threads/${thread.id}/read`, payload: { seq } })).statusCode).toBe(204);
    expect((await unread(aino)).threads).toContainEqual({ threadId: thread.id, unread: 1 });
    await aino.request({ method: 'POST', url: `/api/messages/threads/${thread.id}/read`, payload: { seq: detail.messages.at(-1).seq } });
    expect((await unread(aino)).total).toBe(0);

    const events = await auditOf(thread.id);
    expect(events).toContainEqual({ actor_name: 'Aino Asukas', action: 'client.message.write', outcome: 'success', basis: 'own', reason: null });
    expect(events).toContainEqual({ actor_name: 'Pekka Ammattilainen', action: 'client.message.write', outcome: 'success', basis: 'relation', reason: null });
    expect(events).toContainEqual({ actor_name: 'Aino Asukas', action: 'client.message.read', outcome: 'success', basis: 'own', reason: null });
  });

  it('refuses a professional without a basis, a manager and a resident of another client, each in the log', async () => {
    const thread = await writeToPekka(await as('asukas'));
    const eeva = await as('esihenkilo');
    const refused = await eeva.request({ url: `/api/messages/threads/${thread.id}` });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().reasons).toEqual(['no_relation']);
    expect((await (await as('johtaja')).request({ url: `/api/messages/threads/${thread.id}` })).statusCode).toBe(403);
    expect((await eeva.request({ method: 'POST', url: `/api/messages/threads/${thread.id}/messages`, payload: { body: 'Hei' } })).statusCode).toBe(403);
    const events = await auditOf(thread.id);
    expect(events).toContainEqual({ actor_name: 'Eeva Esihenkilö', action: 'client.message.read', outcome: 'denied', basis: null, reason: 'no_relation' });
    expect(events).toContainEqual({ actor_name: 'Jussi Johtaja', action: 'client.message.read', outcome: 'denied', basis: null, reason: 'aggregates_only' });

    // Matti's thread, started by his home-care planner: not Aino's to read.
    const sanna = await as('suunnittelija');
    const matti = await sanna.request({ method: 'POST', url: '/api/messages/threads', payload: { clientId: clients.matti, subject: 'Käynnit ensi viikolla', body: 'Tiistain käynti siirtyy iltapäivään.' } });
    expect(matti.statusCode).toBe(201);
    const aino = await as('asukas');
    expect((await aino.request({ url: `/api/messages/threads/${matti.json().id}` })).statusCode).toBe(403);
    const attempt = await ctx.db.database.query(sql`select 1 from audit_events where client_id = ${clients.matti} and actor_id = ${users.asukas} and outcome = 'denied'`);
    expect(attempt.length).toBeGreaterThan(0);
    expect((await aino.request({ url: '/api/messages/threads' })).json().threads.some((t: { id: string }) => t.id === matti.json().id)).toBe(false);
  });

  it('lets a guardian write for a minor in their care, and staff start threads only where the gate allows writing', async () => {
    const aino = await as('asukas');
    const eetus = await writeToPekka(aino, clients.eetu);
    const list = (await aino.request({ url: `/api/messages/threads?for=${clients.eetu}` })).json();
    expect(list).toMatchObject({ actingAs: 'guardian' });
    expect(list.threads.map((t: { id: string }) => t.id)).toContain(eetus.id);
    expect((await auditOf(eetus.id)).some((e) => e.basis === 'guardian')).toBe(true);

    const eeva = await as('esihenkilo');
    const refused = await eeva.request({ method: 'POST', url: '/api/messages/threads', payload: { clientId: clients.aino, subject: 'Hei', body: 'Hei' } });
    expect(refused.statusCode).toBe(403);
    const notInTeam = await aino.request({ method: 'POST', url: '/api/me/messages/threads', payload: { subject: 'Hei', body: 'Hei', to: { kind: 'care_team', userId: users.esihenkilo } } });
    expect(notInTeam.statusCode).toBe(400);
  });
});

describe("a service's shared inbox", () => {
  async function writeToReception() {
    const aino = await as('asukas');
    const response = await aino.request({
      method: 'POST',
      url: '/api/me/messages/threads',
      payload: { subject: 'Rokotusaika', body: 'Milloin voin tulla influenssarokotukseen?', to: { kind: 'service_inbox', serviceId: tuiraReception } },
    });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; kind: string; assignedTo: null; unit: { name: { fi: string } } };
  }

  it("reaches the unit's staff on the inbox basis; the first answer takes the thread", async () => {
    const thread = await writeToReception();
    expect(thread).toMatchObject({ kind: 'service_inbox', assignedTo: null, unit: { name: { fi: 'Tuiran terveysasema' } } });

    const eeva = await as('esihenkilo');
    expect((await eeva.request({ url: '/api/messages/threads' })).json().threads.find((t: { id: string }) => t.id === thread.id)).toMatchObject({ listedAs: 'inbox', unread: 1 });
    const pekka = await as('ammattilainen');
    expect((await unread(pekka)).threads).toContainEqual({ threadId: thread.id, unread: 1 });

    expect((await eeva.request({ method: 'POST', url: `/api/messages/threads/${thread.id}/messages`, payload: { body: 'Tervetuloa keskiviikkona klo 9–11.' } })).statusCode).toBe(201);
    const taken = (await eeva.request({ url: `/api/messages/threads/${thread.id}` })).json();
    expect(taken.assignedTo).toMatchObject({ name: 'Eeva Esihenkilö' });
    // Taken by a colleague: no longer calling Pekka.
    expect((await unread(pekka)).threads.some((t) => t.threadId === thread.id)).toBe(false);

    const sami = await as('sosiaalityontekija');
    const refused = await sami.request({ url: `/api/messages/threads/${thread.id}` });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().reasons).toEqual(['no_consent']);

    const events = await auditOf(thread.id);
    expect(events).toContainEqual({ actor_name: 'Eeva Esihenkilö', action: 'client.message.write', outcome: 'success', basis: 'inbox', reason: null });
    expect(events).toContainEqual({ actor_name: 'Sami Sosiaalityöntekijä', action: 'client.message.read', outcome: 'denied', basis: null, reason: 'no_consent' });
  });

  it('hands a thread over to a colleague of the same register with a note, recorded in the thread', async () => {
    const thread = await writeToReception();
    const eeva = await as('esihenkilo');
    const colleagues = (await eeva.request({ url: `/api/messages/threads/${thread.id}/colleagues` })).json();
    expect(colleagues.map((c: { name: string }) => c.name)).toEqual(['Pekka Ammattilainen']);

    const wrongRegister = await eeva.request({ method: 'POST', url: `/api/messages/threads/${thread.id}/handover`, payload: { toUserId: users.sosiaalityontekija, note: 'Sinulle' } });
    expect(wrongRegister.statusCode).toBe(400);

    const handed = await eeva.request({ method: 'POST', url: `/api/messages/threads/${thread.id}/handover`, payload: { toUserId: users.ammattilainen, note: 'Pekka hoitaa rokotukset.' } });
    expect(handed.statusCode).toBe(200);
    expect(handed.json()).toMatchObject({ assignedTo: { id: users.ammattilainen }, handovers: [{ from: { name: 'Eeva Esihenkilö' }, to: { name: 'Pekka Ammattilainen' }, note: 'Pekka hoitaa rokotukset.' }] });
    const aino = await as('asukas');
    expect((await aino.request({ url: `/api/messages/threads/${thread.id}` })).json().handovers).toHaveLength(1);

    const pekka = await as('ammattilainen');
    expect((await pekka.request({ method: 'POST', url: `/api/messages/threads/${thread.id}/close` })).json().status).toBe('closed');
    expect((await aino.request({ method: 'POST', url: `/api/messages/threads/${thread.id}/messages`, payload: { body: 'Kiitos!' } })).statusCode).toBe(409);
    expect((await aino.request({ method: 'POST', url: `/api/messages/threads/${thread.id}/close` })).statusCode).toBe(403);
    expect((await pekka.request({ method: 'POST', url: `/api/messages/threads/${thread.id}/reopen` })).json().status).toBe('open');
  });

  it("refuses to hand a care-team thread to a colleague without the client's relation", async () => {
    const thread = await writeToPekka(await as('asukas'));
    const pekka = await as('ammattilainen');
    const refused = await pekka.request({ method: 'POST', url: `/api/messages/threads/${thread.id}/handover`, payload: { toUserId: users.esihenkilo, note: 'Lomani ajan' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toMatch(/relation/);
  });
});
