import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loggedIn, useTestApp, type TestClient } from '../../test/app.ts';
import { coordinatorWith, demoIds, planBody, type Demo } from '../plans/test-fixtures.ts';

const ctx = useTestApp({ CALLBACK_DUE_HOURS: '24' });
let demo: Demo;
let receptionId: string;
let ngoServiceId: string;
const start = new Date('2026-11-17T08:00:00Z');

const one = async <T>(query: ReturnType<typeof sql>) => (await ctx.db.database.query<T>(query))[0]!;
const ask = (who: TestClient, payload: Record<string, unknown>, query = '') => who.request({ method: 'POST', url: `/api/me/callbacks${query}`, payload });
const body = (overrides: Record<string, unknown> = {}) => ({ topic: 'Reseptin uusiminen', phone: '040 123 4501', serviceId: receptionId, preferredNote: 'aamupäivisin', ...overrides });
const list = async (who: TestClient, status = 'waiting') => {
  const response = await who.request({ url: `/api/callbacks?status=${status}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { id: string; topic: string; route: string; overdue: boolean; waitingMinutes: number; version: number; client: { name: string } }[];
};

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
  demo = await demoIds(ctx);
  receptionId = (await one<{ id: string }>(sql`select id from services where code = 'reception-tuira'`)).id;
  ngoServiceId = demo.peerGroupServiceId;
});
afterAll(() => vi.useRealTimers());

describe('call-back requests', () => {
  it('validates the request and names the fields', async () => {
    const aino = await loggedIn(ctx, 'asukas');
    const bad = await ask(aino, body({ topic: '  ', phone: 'soita', preferredFrom: '2026-11-18T10:00:00+02:00', preferredTo: '2026-11-18T09:00:00+02:00' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.phone', 'body.preferredTo', 'body.topic']);
    // Without a responsible worker the request needs a service whose queue calls back.
    const nowhere = await ask(aino, body({ serviceId: null }));
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json().errors[0].field).toBe('body.serviceId');
  });

  it("goes to the service's shared queue without a responsible worker, seen by its organisation's staff", async () => {
    const aino = await loggedIn(ctx, 'asukas');
    const created = await ask(aino, body());
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'waiting', routedTo: expect.stringContaining('Tuira'), dueAt: '2026-11-18T08:00:00.000Z' });
    const message = await one<{ template: string; to_address: string }>(sql`select template, to_address from notifications where template = 'callback_received'`);
    expect(message.to_address).toBe('aino.asukas@example.fi');

    const pekka = await loggedIn(ctx, 'ammattilainen');
    const since = (await one<{ n: number }>(sql`select coalesce(max(seq), 0)::int as n from audit_events`)).n;
    const queue = await list(pekka);
    expect(queue).toMatchObject([{ topic: 'Reseptin uusiminen', route: 'shared', overdue: false, client: { name: 'Aino Maria Asukas' } }]);
    const events = await ctx.db.database.query<{ action: string; basis: string; client_id: string }>(sql`select action, basis, client_id from audit_events where seq > ${since}`);
    expect(events).toEqual([{ action: 'client.callback.read', basis: 'callback_request', client_id: demo.clients.aino }]);
    // A request to another organisation's queue is not in it.
    vi.setSystemTime(new Date(start.getTime() + 60_000));
    await ask(aino, body({ serviceId: ngoServiceId, topic: 'Vertaisryhmä' }));
    expect((await list(pekka)).map((c) => c.topic)).toEqual(['Reseptin uusiminen']);
  });

  it('is flagged overdue past its due time, and handled once with a note (a stale version is 409)', async () => {
    vi.setSystemTime(new Date(start.getTime() + 25 * 3_600_000));
    const pekka = await loggedIn(ctx, 'ammattilainen');
    const [request] = await list(pekka);
    expect(request).toMatchObject({ overdue: true, waitingMinutes: 25 * 60 });
    const url = `/api/callbacks/${request!.id}/handled`;
    expect((await pekka.request({ method: 'POST', url, payload: { note: '', version: request!.version } })).statusCode).toBe(400);
    const handled = await pekka.request({ method: 'POST', url, payload: { note: 'Soitettu, resepti uusittu.', version: request!.version } });
    expect(handled.statusCode, handled.body).toBe(200);
    expect(handled.json()).toMatchObject({ status: 'handled', overdue: false, handledBy: 'Pekka Ammattilainen', handledNote: 'Soitettu, resepti uusittu.' });
    const again = await (await loggedIn(ctx, 'esihenkilo')).request({ method: 'POST', url, payload: { note: 'Minäkin soitin.', version: request!.version } });
    expect(again.statusCode).toBe(409);
    expect(await list(pekka)).toEqual([]);
    expect((await list(pekka, 'handled')).map((c) => c.topic)).toEqual(['Reseptin uusiminen']);
    const mine = (await (await loggedIn(ctx, 'asukas')).request({ url: '/api/me/callbacks' })).json();
    expect(mine.map((c: { topic: string; status: string }) => [c.topic, c.status])).toEqual([['Vertaisryhmä', 'waiting'], ['Reseptin uusiminen', 'handled']]);
  });

  it("refuses staff outside the queue's organisation, and the refusal is in the client's log", async () => {
    const ngoRequest = await one<{ id: string }>(sql`select id from callback_requests where topic = 'Vertaisryhmä'`);
    const pekka = await loggedIn(ctx, 'ammattilainen');
    const refused = await pekka.request({ method: 'POST', url: `/api/callbacks/${ngoRequest.id}/handled`, payload: { note: 'x', version: 1 } });
    expect(refused.statusCode).toBe(403);
    const event = await one<{ outcome: string; reason: string }>(sql`select outcome, reason from audit_events where action = 'client.callback.handle' order by seq desc limit 1`);
    expect(event).toEqual({ outcome: 'denied', reason: 'not_callback_recipient' });
    expect((await pekka.request({ method: 'POST', url: '/api/callbacks/00000000-0000-0000-0000-000000000000/handled', payload: { note: 'x', version: 1 } })).statusCode).toBe(404);
    expect((await (await loggedIn(ctx, 'asukas')).request({ url: '/api/callbacks' })).statusCode).toBe(403);
  });

  it("goes to the client's responsible worker when they have a plan, whatever service was chosen", async () => {
    const paula = await coordinatorWith(ctx, demo.clients.aino!);
    expect((await paula.request({ method: 'POST', url: `/api/clients/${demo.clients.aino}/plans`, payload: planBody(demo) })).statusCode).toBe(201);
    const aino = await loggedIn(ctx, 'asukas');
    const created = await ask(aino, body({ topic: 'Toimeentulotuki', serviceId: null }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().routedTo).toBe('Sami Sosiaalityöntekijä');
    const sami = await loggedIn(ctx, 'sosiaalityontekija');
    expect((await list(sami)).filter((c) => c.route === 'mine').map((c) => c.topic)).toEqual(['Toimeentulotuki']);
    // Routed to Sami alone: the shared queue of his colleagues does not have it.
    expect((await list(await loggedIn(ctx, 'ammattilainen'))).map((c) => c.topic)).not.toContain('Toimeentulotuki');
  });

  it("lets a guardian ask for a minor in their care, and nobody else's", async () => {
    const aino = await loggedIn(ctx, 'asukas');
    const created = await ask(aino, body({ topic: 'Eetun rokotus' }), `?for=${demo.clients.eetu}`);
    expect(created.statusCode, created.body).toBe(201);
    expect((await ask(aino, body(), `?for=${demo.clients.matti}`)).statusCode).toBe(403);
  });
});
