import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loggedIn, TestClient, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();
// Tuesday 17 November 2026 in Helsinki (UTC+2): Tuira's nurse walk-in is open 08–10.
const at = (hhmm: string) => new Date(`2026-11-17T${hhmm}:00+02:00`);
const ids = { tuira: '', reception: '', ohjaamoLocation: '', ohjaamo: '' };

const one = async <T>(query: ReturnType<typeof sql>) => (await ctx.db.database.query<T>(query))[0]!;
const serviceAt = (location: string, service: string) =>
  one<{ location: string; service: string }>(
    sql`select l.id as location, s.id as service from services s join service_at_locations sal on sal.service_id = s.id join locations l on l.id = sal.location_id where l.code = ${location} and s.code = ${service}`,
  );

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('08:30'));
  const tuira = await serviceAt('hyk-tuira', 'reception-tuira');
  const ohjaamo = await serviceAt('oulu-ohjaamo', 'ohjaamo');
  Object.assign(ids, { tuira: tuira.location, reception: tuira.service, ohjaamoLocation: ohjaamo.location, ohjaamo: ohjaamo.service });
});
afterAll(() => vi.useRealTimers());

async function kiosk(ip = '10.1.1.1') {
  const client = new TestClient(ctx.app, ip);
  await client.session();
  return client;
}
const take = (client: TestClient, payload = { locationId: ids.tuira, serviceId: ids.reception }) => client.request({ method: 'POST', url: '/api/walk-in/kiosk/tickets', payload });
const queues = async () => (await new TestClient(ctx.app).request({ url: `/api/walk-in/queues?locationId=${ids.tuira}` })).json().services.find((s: { serviceId: string }) => s.serviceId === ids.reception);
const callNext = (who: TestClient, calledTo = 'Huone 12', serviceId = ids.reception, locationId = ids.tuira) => who.request({ method: 'POST', url: '/api/walk-in/queues/call-next', payload: { locationId, serviceId, calledTo } });

describe('walk-in queue', () => {
  it('gives parallel takers distinct consecutive numbers from the day counter', async () => {
    const device = await kiosk();
    const responses = await Promise.all(Array.from({ length: 10 }, () => take(device)));
    for (const r of responses) expect(r.statusCode, r.body).toBe(201);
    const numbers = responses.map((r) => r.json().number as number).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const last = responses.find((r) => r.json().number === 10)!.json();
    expect(last).toMatchObject({ status: 'waiting', position: 10, estimatedWaitMinutes: 90 });
  });

  it('shows the queue publicly: waiting, nobody served yet, the default estimate of 10 min a visit', async () => {
    expect(await queues()).toMatchObject({ open: true, waiting: 10, nowServing: null, estimatedWaitMinutes: 100, hoursToday: [{ opens: '08:00', closes: '10:00' }] });
  });

  it('lets a resident take a number online, with an audit event, and see their place', async () => {
    const aino = await loggedIn(ctx, 'asukas');
    const since = (await one<{ n: number }>(sql`select coalesce(max(seq), 0)::int as n from audit_events`)).n;
    const taken = await aino.request({ method: 'POST', url: '/api/me/walk-in/tickets', payload: { locationId: ids.tuira, serviceId: ids.reception } });
    expect(taken.statusCode, taken.body).toBe(201);
    expect(taken.json()).toMatchObject({ number: 11, position: 11, serviceName: { fi: expect.stringContaining('Tuira') } });
    const events = await ctx.db.database.query<{ action: string; basis: string }>(sql`select action, basis from audit_events where seq > ${since} and action like 'client.walk_in%'`);
    expect(events).toEqual([{ action: 'client.walk_in_ticket.write', basis: 'own' }]);
    const mine = await aino.request({ url: '/api/me/walk-in/tickets' });
    expect(mine.json()).toMatchObject([{ number: 11, status: 'waiting', position: 11 }]);
    expect((await (await loggedIn(ctx, 'ammattilainen')).request({ url: '/api/me/walk-in/tickets' })).statusCode).toBe(403);
  });

  it('calls the lowest number first, two callers never the same, and tells the online holder', async () => {
    const pekka = await loggedIn(ctx, 'ammattilainen');
    const eeva = await loggedIn(ctx, 'esihenkilo');
    const [a, b] = await Promise.all([callNext(pekka, 'Huone 12'), callNext(eeva, 'Huone 14')]);
    expect([a.json().number, b.json().number].sort()).toEqual([1, 2]);
    vi.setSystemTime(at('08:36'));
    for (const r of [a, b]) expect((await pekka.request({ method: 'POST', url: `/api/walk-in/tickets/${r.json().id}/served` })).statusCode).toBe(200);
    // Served from called only: a second "served" is a conflict.
    expect((await pekka.request({ method: 'POST', url: `/api/walk-in/tickets/${a.json().id}/served` })).statusCode).toBe(409);
    const state = await pekka.request({ url: `/api/walk-in/queues/tickets?locationId=${ids.tuira}&serviceId=${ids.reception}` });
    expect(state.json()).toMatchObject({ waiting: 9, nowServing: 2, averageMinutes: 6 });
    // Nine waiting × the 6 minutes today's visits took.
    expect(await queues()).toMatchObject({ waiting: 9, nowServing: 2, estimatedWaitMinutes: 54 });
  });

  it('marks a waiting number left, skips it, and calls the resident who took a number online', async () => {
    const pekka = await loggedIn(ctx, 'ammattilainen');
    const list = (await pekka.request({ url: `/api/walk-in/queues/tickets?locationId=${ids.tuira}&serviceId=${ids.reception}` })).json();
    const waiting = list.tickets.filter((t: { status: string }) => t.status === 'waiting');
    for (const t of waiting.filter((t: { number: number }) => t.number < 11)) {
      expect((await pekka.request({ method: 'POST', url: `/api/walk-in/tickets/${t.id}/left` })).statusCode).toBe(200);
    }
    const called = await callNext(pekka, 'Huone 3');
    expect(called.json()).toMatchObject({ number: 11, channel: 'online', calledTo: 'Huone 3', calledBy: 'Pekka Ammattilainen' });
    const message = await one<{ body: string }>(sql`select body from notifications where template = 'walk_in_called'`);
    expect(message.body).toContain('11');
    const aino = await loggedIn(ctx, 'asukas');
    expect((await aino.request({ url: '/api/me/walk-in/tickets' })).json()).toMatchObject([{ number: 11, status: 'called', position: null, calledTo: 'Huone 3' }]);
    expect((await callNext(pekka)).statusCode).toBe(409);
  });

  it("tells the guardian when their child's number is called: the child has no account to be told", async () => {
    const aino = await loggedIn(ctx, 'asukas');
    const eetu = (await one<{ id: string }>(sql`select id from clients where first_names like 'Eetu%'`)).id;
    const taken = await aino.request({ method: 'POST', url: '/api/me/walk-in/tickets', query: { for: eetu }, payload: { locationId: ids.tuira, serviceId: ids.reception } });
    expect(taken.statusCode, taken.body).toBe(201);
    const called = await callNext(await loggedIn(ctx, 'ammattilainen'), 'Huone 5');
    expect(called.json()).toMatchObject({ number: taken.json().number, calledTo: 'Huone 5' });
    const told = await ctx.db.database.query<{ to_address: string; client_id: string; body: string }>(
      sql`select to_address, client_id, body from notifications where template = 'walk_in_called' and client_id = ${eetu}`,
    );
    expect(told).toEqual([{ to_address: 'aino.asukas@example.fi', client_id: eetu, body: expect.stringContaining('Huone 5') }]);
  });

  it('refuses numbers outside walk-in hours and staff of another organisation', async () => {
    vi.setSystemTime(at('10:30'));
    const device = await kiosk('10.1.1.2');
    const closed = await take(device);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().reasons).toEqual(['walk_in_closed']);
    expect((await take(device, { locationId: ids.tuira, serviceId: ids.ohjaamo })).statusCode).toBe(404);
    expect((await take(device, { locationId: ids.ohjaamoLocation, serviceId: ids.ohjaamo })).statusCode).toBe(201);
    const pekka = await loggedIn(ctx, 'ammattilainen');
    const other = await callNext(pekka, 'Huone 1', ids.ohjaamo, ids.ohjaamoLocation);
    expect(other.statusCode).toBe(403);
    expect((await pekka.request({ url: `/api/walk-in/queues/tickets?locationId=${ids.ohjaamoLocation}&serviceId=${ids.ohjaamo}` })).statusCode).toBe(403);
    expect((await (await loggedIn(ctx, 'asukas')).request({ method: 'POST', url: '/api/walk-in/queues/call-next', payload: { locationId: ids.tuira, serviceId: ids.reception, calledTo: 'x' } })).statusCode).toBe(403);
  });

  it('limits kiosk numbers per device', async () => {
    const device = await kiosk('10.1.1.3');
    const payload = { locationId: ids.ohjaamoLocation, serviceId: ids.ohjaamo };
    for (let i = 0; i < 30; i++) expect((await take(device, payload)).statusCode).toBe(201);
    const limited = await take(device, payload);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it("counts a kiosk's numbers in the database, so numbers taken through another server process count too", async () => {
    const payload = { locationId: ids.ohjaamoLocation, serviceId: ids.ohjaamo };
    // 29 numbers from this address in the window, as another process would have written them; one older.
    await ctx.db.database.query(sql`
      insert into walk_in_tickets (location_id, service_id, queue_date, number, channel, taken_from, taken_at)
      select ${ids.ohjaamoLocation}, ${ids.ohjaamo}, ${new Date().toISOString()}::timestamptz::date, 1000 + n, 'kiosk', '10.1.1.5',
             ${new Date().toISOString()}::timestamptz - case when n = 0 then interval '6 minutes' else interval '1 minute' end
      from generate_series(0, 29) n`);
    const device = await kiosk('10.1.1.5');
    expect((await take(device, payload)).statusCode).toBe(201);
    const limited = await take(device, payload);
    expect(limited.statusCode).toBe(429);
    // The oldest number counted (a minute old) leaves the five-minute window in four minutes.
    expect(Number(limited.headers['retry-after'])).toBe(240);
    expect((await take(await kiosk('10.1.1.6'), payload)).statusCode).toBe(201);
  });

  it('validates the input', async () => {
    const bad = await (await kiosk('10.1.1.4')).request({ method: 'POST', url: '/api/walk-in/kiosk/tickets', payload: { locationId: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.locationId', 'body.serviceId']);
  });
});
