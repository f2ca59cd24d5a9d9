import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, TestClient, useTestApp } from '../../test/app.ts';
import { auditAppendArgument } from '../audit/service.ts';
import { appointmentOf, takeSlot, takeSlotAtOnce } from './booking.ts';
import { generatedSlots } from './free-slots.ts';
import * as repo from './repo.ts';
import { jitsiStyleProvider } from './video.ts';
import { bookingDemo, bookingOf, eventsSince, lastSeq, slotsOf, type BookingDemo, type SlotBody } from './test-fixtures.ts';

const ctx = useTestApp();
let demo: BookingDemo;
let aino: TestClient;
let nurseSlots: SlotBody[];

const q = <T>(statement: ReturnType<typeof sql>) => ctx.db.database.query<T>(statement);

beforeAll(async () => {
  demo = await bookingDemo(ctx);
  aino = await loggedIn(ctx, 'asukas');
  const all = await slotsOf(new TestClient(ctx.app), { appointmentTypeId: demo.types['sairaanhoitajan-vastaanotto']!, locationId: demo.tuira, channel: 'in_person' });
  // Far enough ahead that the 24-hour cancellation deadline has not passed.
  nurseSlots = all.filter((s) => new Date(s.startsAt).getTime() > Date.now() + 3 * 86_400_000);
});

/** One of the nurse's free times as the booking functions take it (with its type and place). */
async function nurseSlot(k: number) {
  const db = ctx.db.database.db;
  const type = (await repo.findType(db, demo.types['sairaanhoitajan-vastaanotto']!))!;
  const target = nurseSlots[k]!;
  const day = target.startsAt.slice(0, 10);
  return (await generatedSlots(db, [type], { professionalId: target.professional.id, from: day, to: day }, new Date())).find((s) => s.startsAt.toISOString() === target.startsAt)!;
}

describe('free slots', () => {
  it('are public, named, inside the availability and never on weekends', async () => {
    expect(nurseSlots.length).toBeGreaterThan(16);
    for (const s of nurseSlots) {
      expect(s.professional.name).toBe('Pekka Ammattilainen');
      expect(s.location?.name.fi).toBe('Tuiran hyvinvointikeskus');
      const local = new Date(s.startsAt).toLocaleString('en-GB', { timeZone: 'Europe/Helsinki', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      expect(local).not.toMatch(/Sat|Sun/);
      expect(new Date(s.startsAt).getTime()).toBeGreaterThan(Date.now());
    }
  });

  it('leave out booked times', async () => {
    const [booked] = await q<{ starts_at: Date }>(sql`select starts_at from appointments where client_id = ${demo.clients.aino} and status = 'booked'`);
    expect(nurseSlots.some((s) => new Date(s.startsAt).getTime() === new Date(booked!.starts_at).getTime())).toBe(false);
  });

  it('are found by catalogue service, and name the missing search field', async () => {
    const [service] = await q<{ id: string }>(sql`select id from services where code = 'reception-tuira'`);
    const byService = await slotsOf(aino, { serviceId: service!.id });
    expect(new Set(byService.map((s) => s.appointmentType.id))).toEqual(new Set([demo.types['sairaanhoitajan-vastaanotto'], demo.types['laakarin-vastaanotto']]));
    const bad = await aino.request({ url: '/api/booking/slots' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('query.appointmentTypeId');
  });
});

describe('booking with a hold', () => {
  it('holds for five minutes, then confirms with a confirmation and a reminder in the outbox', async () => {
    const before = await lastSeq(ctx);
    const slot = nurseSlots[3]!;
    const held = await aino.request({ method: 'POST', url: '/api/booking/holds', payload: bookingOf(slot) });
    expect(held.statusCode, held.body).toBe(201);
    const hold = held.json();
    expect(hold.status).toBe('held');
    expect(new Date(hold.heldUntil).getTime() - Date.now()).toBeGreaterThan(4 * 60_000);

    // Held is taken: nobody else gets the time meanwhile.
    const again = await aino.request({ method: 'POST', url: '/api/me/appointments', payload: bookingOf(slot) });
    expect(again.statusCode).toBe(409);

    const confirmed = await aino.request({ method: 'POST', url: `/api/booking/holds/${hold.id}/confirm` });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'booked', heldUntil: null, changeable: true });
    const messages = await q<{ template: string; dedupe_key: string | null; send_after: Date }>(sql`select template, dedupe_key, send_after from notifications where user_id = ${demo.users.asukas} order by created_at`);
    expect(messages.map((m) => m.template)).toEqual(['appointment_confirmed', 'appointment_reminder']);
    expect(messages[1]!.dedupe_key).toBe(`reminder:${hold.id}`);
    expect(new Date(messages[1]!.send_after).getTime()).toBe(new Date(slot.startsAt).getTime() - 86_400_000);
    expect((await eventsSince(ctx, demo.clients.aino!, before)).map((e) => [e.action, e.basis])).toEqual([
      ['client.appointment.hold', 'own'],
      ['client.appointment.book', 'own'],
    ]);
  });

  it('releases a hold that ran out to the next booker', async () => {
    const slot = nurseSlots[5]!;
    const hold = (await aino.request({ method: 'POST', url: '/api/booking/holds', payload: bookingOf(slot) })).json();
    await q(sql`update appointments set held_until = now() - interval '1 second' where id = ${hold.id}`);
    const late = await aino.request({ method: 'POST', url: `/api/booking/holds/${hold.id}/confirm` });
    expect(late.statusCode).toBe(409);
    const booked = await aino.request({ method: 'POST', url: '/api/me/appointments', query: { for: demo.clients.eetu! }, payload: bookingOf(slot) });
    expect(booked.statusCode, booked.body).toBe(201);
    const [old] = await q<{ status: string }>(sql`select status from appointments where id = ${hold.id}`);
    expect(old!.status).toBe('expired');
  });

  it('books in one step: the confirmation and its reminder queued and the booking in the access log, with the appointment', async () => {
    const before = await lastSeq(ctx);
    const response = await aino.request({ method: 'POST', url: '/api/me/appointments', query: { for: demo.clients.eetu! }, payload: bookingOf(nurseSlots[20]!) });
    expect(response.statusCode, response.body).toBe(201);
    const booked = response.json();
    expect(booked).toMatchObject({ status: 'booked', clientId: demo.clients.eetu, location: { id: nurseSlots[20]!.location!.id } });
    const messages = await q<{ template: string; client_id: string; dedupe_key: string | null }>(sql`select template, client_id, dedupe_key from notifications where client_id = ${demo.clients.eetu} order by created_at, template`);
    expect(messages.slice(-2)).toEqual([
      { template: 'appointment_confirmed', client_id: demo.clients.eetu, dedupe_key: null },
      { template: 'appointment_reminder', client_id: demo.clients.eetu, dedupe_key: `reminder:${booked.id}` },
    ]);
    const [event] = await q<{ action: string; basis: string; register: string; resource_id: string }>(sql`select action, basis, register, resource_id from audit_events where seq > ${before} and client_id = ${demo.clients.eetu}`);
    expect(event).toEqual({ action: 'client.appointment.book', basis: 'guardian', register: 'health', resource_id: booked.id });
  });

  it('refuses a time the availability does not give, naming the field', async () => {
    const response = await aino.request({ method: 'POST', url: '/api/me/appointments', payload: { ...bookingOf(nurseSlots[0]!), startsAt: '2030-01-01T03:07:00Z' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('body.startsAt');
  });
});

describe('the resident’s appointments', () => {
  let appointment: { id: string; startsAt: string };

  beforeAll(async () => {
    const response = await aino.request({ method: 'POST', url: '/api/me/appointments', payload: bookingOf(nurseSlots[8]!) });
    expect(response.statusCode, response.body).toBe(201);
    appointment = response.json();
  });

  it('lists upcoming and past ones, audited', async () => {
    const before = await lastSeq(ctx);
    const response = await aino.request({ url: '/api/me/appointments' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.actingAs).toBe('self');
    expect(body.upcoming.map((a: { id: string }) => a.id)).toContain(appointment.id);
    const starts = body.upcoming.map((a: { startsAt: string }) => a.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(await eventsSince(ctx, demo.clients.aino!, before)).toMatchObject([{ action: 'client.appointment.read', basis: 'own' }]);
  });

  it('downloads an iCalendar file', async () => {
    const response = await aino.request({ url: `/api/me/appointments/${appointment.id}.ics` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    expect(response.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(response.body).toContain(`UID:${appointment.id}@avain`);
    expect(response.body).toMatch(/DTSTART:\d{8}T\d{6}Z\r\n/);
  });

  it('moves an appointment: the new one booked and the old cancelled together', async () => {
    const target = nurseSlots[10]!;
    const response = await aino.request({ method: 'POST', url: `/api/me/appointments/${appointment.id}/reschedule`, payload: { professionalId: target.professional.id, startsAt: target.startsAt, channel: target.channel, locationId: target.location!.id } });
    expect(response.statusCode, response.body).toBe(201);
    const moved = response.json();
    expect(moved).toMatchObject({ rescheduledFromId: appointment.id, status: 'booked', startsAt: target.startsAt });
    const [old] = await q<{ status: string; cancel_reason: string }>(sql`select status, cancel_reason from appointments where id = ${appointment.id}`);
    expect(old).toEqual({ status: 'cancelled', cancel_reason: 'rescheduled' });
    const [note] = await q<{ n: number }>(sql`select count(*)::int as n from notifications where template = 'appointment_moved' and user_id = ${demo.users.asukas}`);
    expect(note!.n).toBe(1);
    const reminder = async (id: string) => (await q<{ status: string }>(sql`select status from notifications where dedupe_key = ${`reminder:${id}`}`))[0]?.status;
    // The old time's reminder is withdrawn; the new time has its own.
    expect(await reminder(appointment.id)).toBe('cancelled');
    expect(await reminder(moved.id)).toBe('pending');

    // A move onto a taken time changes nothing.
    const taken = nurseSlots[3]!;
    const refused = await aino.request({ method: 'POST', url: `/api/me/appointments/${moved.id}/reschedule`, payload: { professionalId: taken.professional.id, startsAt: taken.startsAt, channel: taken.channel, locationId: taken.location!.id } });
    expect(refused.statusCode).toBe(409);
    const [still] = await q<{ status: string }>(sql`select status from appointments where id = ${moved.id}`);
    expect(still!.status).toBe('booked');

    const cancelled = await aino.request({ method: 'POST', url: `/api/me/appointments/${moved.id}/cancel` });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    expect(await reminder(moved.id)).toBe('cancelled');
  });

  it('refuses online changes after the deadline, naming it', async () => {
    const soon = new Date(Date.now() + 3 * 3_600_000);
    const [row] = await q<{ id: string }>(sql`
      insert into appointments (appointment_type_id, professional_id, professional_name, unit_id, location_id, channel, starts_at, ends_at, client_id, status, booked_by_id)
      select id, ${demo.users.sosiaalityontekija}, 'Sami', unit_id, null, 'video', ${soon.toISOString()}, ${new Date(soon.getTime() + 45 * 60_000).toISOString()}, ${demo.clients.aino}, 'booked', ${demo.users.asukas}
      from appointment_types where code = 'sosiaaliohjaajan-tapaaminen' returning id`);
    const response = await aino.request({ method: 'POST', url: `/api/me/appointments/${row!.id}/cancel` });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toMatch(/until .*48 h before/);
  });

  it('acts for a minor in their care, and for nobody else', async () => {
    const before = await lastSeq(ctx);
    const forEetu = await aino.request({ url: '/api/me/appointments', query: { for: demo.clients.eetu! } });
    expect(forEetu.json().actingAs).toBe('guardian');
    expect(await eventsSince(ctx, demo.clients.eetu!, before)).toMatchObject([{ action: 'client.appointment.read', basis: 'guardian' }]);
    const forMatti = await aino.request({ method: 'POST', url: '/api/me/appointments', query: { for: demo.clients.matti! }, payload: bookingOf(nurseSlots[12]!) });
    expect(forMatti.statusCode).toBe(403);
    const others = await aino.request({ method: 'POST', url: `/api/me/appointments/00000000-0000-4000-8000-000000000000/cancel` });
    expect(others.statusCode).toBe(404);
  });

  it('gives video appointments a secret meeting link', async () => {
    const [video] = await slotsOf(aino, { appointmentTypeId: demo.types['sosiaaliohjaajan-tapaaminen']!, channel: 'video' });
    const response = await aino.request({ method: 'POST', url: '/api/me/appointments', payload: bookingOf(video!) });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().videoUrl).toMatch(/^https:\/\/meet\.jit\.si\/avain-[0-9a-f]{32}$/);
  });
});

describe('no double booking', () => {
  it('lets exactly one of many simultaneous bookings of a time through', async () => {
    const slot = nurseSlots[15]!;
    const staff = await loggedIn(ctx, 'ammattilainen');
    // Staff book for clients they have a relation with; residents for themselves and their wards.
    const attempts = await Promise.all([
      ...[undefined, demo.clients.eetu, demo.clients.ella].map((forId) => aino.request({ method: 'POST', url: '/api/me/appointments', ...(forId ? { query: { for: forId } } : {}), payload: bookingOf(slot) })),
      ...[demo.clients.aino, demo.clients.sanna].map((id) => staff.request({ method: 'POST', url: `/api/clients/${id}/appointments`, payload: { ...bookingOf(slot), note: null } })),
    ]);
    expect(attempts.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    const [live] = await q<{ n: number }>(sql`select count(*)::int as n from appointments where starts_at = ${slot.startsAt} and professional_id = ${slot.professional.id} and status in ('held', 'booked')`);
    expect(live!.n).toBe(1);
  });

  it('leaves it to the database: of simultaneous one-statement bookings of a time, one commits with its message and audit event', async () => {
    const db = ctx.db.database.db;
    const slot = await nurseSlot(18);
    const deps = { video: jitsiStyleProvider('https://meet.example') };
    const before = await lastSeq(ctx);
    const clients = [demo.clients.juha!, demo.clients.liisa!, demo.clients.mikko!, demo.clients.helena!, demo.clients.jari!];
    const outcomes = await Promise.allSettled(
      clients.map((clientId) => {
        const row = appointmentOf(slot, { clientId, bookedById: demo.users.ammattilainen!, status: 'booked' }, deps, new Date());
        const message = { userId: demo.users.ammattilainen!, clientId, channel: 'email', toAddress: 'race@example.fi', language: 'fi', template: 'appointment_confirmed', subject: 'race', body: row.id };
        const audit = () => auditAppendArgument([{ actor: null, action: 'client.appointment.book', outcome: 'success', resourceType: 'appointment', resourceId: row.id, clientId }]);
        return takeSlotAtOnce(db, slot, row, [message], audit, new Date());
      }),
    );
    const won = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    expect(won).toHaveLength(1);
    for (const o of outcomes.filter((o) => o.status === 'rejected')) expect((o as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
    expect(await q<{ body: string }>(sql`select body from notifications where to_address = 'race@example.fi'`)).toEqual([{ body: won[0]!.id }]);
    expect(await q<{ resource_id: string }>(sql`select resource_id from audit_events where seq > ${before} and action = 'client.appointment.book'`)).toEqual([{ resource_id: won[0]!.id }]);
  });

  it('writes every shape of one-statement booking whole, nulls as NULL, each with its own messages and audit event', async () => {
    // The statement is prepared once per shape (which columns are NULL, how many messages): a shape seen again must not carry the last one's values.
    const db = ctx.db.database.db;
    const deps = { video: jitsiStyleProvider('https://meet.example') };
    const before = await lastSeq(ctx);
    const remindAt = new Date(Date.now() + 86_400_000);
    const message = (clientId: string, body: string, sendAfter?: Date) => ({ userId: demo.users.ammattilainen!, clientId, channel: 'email', toAddress: 'shapes@example.fi', language: 'fi', template: 'appointment_confirmed', subject: 'shape', body, ...(sendAfter ? { sendAfter } : {}) });
    const book = async (k: number, clientId: string, status: 'held' | 'booked', note: string | null, messages: (id: string) => ReturnType<typeof message>[]) => {
      const row = { ...appointmentOf(await nurseSlot(k), { clientId, bookedById: demo.users.ammattilainen!, status, note }, deps, new Date()) };
      const audit = () => auditAppendArgument([{ actor: null, action: `client.appointment.${status === 'held' ? 'hold' : 'book'}`, outcome: 'success', resourceType: 'appointment', resourceId: row.id, clientId }]);
      return takeSlotAtOnce(db, await nurseSlot(k), row, messages(row.id), audit, new Date());
    };
    const first = await book(13, demo.clients.juha!, 'booked', 'first note', (id) => [message(demo.clients.juha!, `confirm ${id}`), message(demo.clients.juha!, `remind ${id}`, remindAt)]);
    const held = await book(14, demo.clients.liisa!, 'held', null, () => []);
    const again = await book(16, demo.clients.mikko!, 'booked', null, (id) => [message(demo.clients.mikko!, `confirm ${id}`), message(demo.clients.mikko!, `remind ${id}`, remindAt)]);
    const third = await book(19, demo.clients.helena!, 'booked', 'third note', (id) => [message(demo.clients.helena!, `confirm ${id}`), message(demo.clients.helena!, `remind ${id}`, remindAt)]);
    const rows = await q<{ id: string; client_id: string; status: string; note: string | null; held_until: Date | null }>(
      sql`select id, client_id, status, note, held_until from appointments where id in (${first.id}, ${held.id}, ${again.id}, ${third.id}) order by starts_at`,
    );
    expect(rows.map((r) => [r.id, r.client_id, r.status, r.note, r.held_until === null])).toEqual([
      [first.id, demo.clients.juha, 'booked', 'first note', true],
      [held.id, demo.clients.liisa, 'held', null, false],
      [again.id, demo.clients.mikko, 'booked', null, true],
      [third.id, demo.clients.helena, 'booked', 'third note', true],
    ]);
    const queued = await q<{ body: string; client_id: string; later: boolean }>(sql`select body, client_id, send_after > now() + interval '1 hour' as later from notifications where to_address = 'shapes@example.fi'`);
    const expected = [first, again, third].flatMap((row) => [
      { body: `confirm ${row.id}`, client_id: row.clientId, later: false },
      { body: `remind ${row.id}`, client_id: row.clientId, later: true },
    ]);
    const byBody = (a: { body: string }, b: { body: string }) => a.body.localeCompare(b.body);
    expect(queued.sort(byBody)).toEqual(expected.sort(byBody));
    const events = await q<{ action: string; resource_id: string; client_id: string }>(sql`select action, resource_id, client_id from audit_events where seq > ${before} order by seq`);
    expect(events).toEqual([
      { action: 'client.appointment.book', resource_id: first.id, client_id: demo.clients.juha },
      { action: 'client.appointment.hold', resource_id: held.id, client_id: demo.clients.liisa },
      { action: 'client.appointment.book', resource_id: again.id, client_id: demo.clients.mikko },
      { action: 'client.appointment.book', resource_id: third.id, client_id: demo.clients.helena },
    ]);
  });

  it('leaves it to the database: of simultaneous transactions on one time, one commits', async () => {
    const db = ctx.db.database.db;
    const slot = await nurseSlot(17);
    const deps = { video: jitsiStyleProvider('https://meet.example') };
    const clients = [demo.clients.juha, demo.clients.liisa, demo.clients.mikko, demo.clients.helena, demo.clients.jari];
    const outcomes = await Promise.allSettled(clients.map((clientId) => db.transaction((tx) => takeSlot(tx, slot, { clientId: clientId!, bookedById: demo.users.ammattilainen!, status: 'booked' }, deps, new Date()))));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes.filter((o) => o.status === 'rejected')) expect((o as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
  });
});
