import { addDays, localMoment } from '@avain/domain';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, useTestApp } from '../../test/app.ts';
import { measureT3 } from './service.ts';
import { bookingDemo, bookingOf, eventsSince, lastSeq, slotsOf, type BookingDemo } from './test-fixtures.ts';

const ctx = useTestApp();
let demo: BookingDemo;
const q = <T>(statement: ReturnType<typeof sql>) => ctx.db.database.query<T>(statement);

beforeAll(async () => {
  demo = await bookingDemo(ctx);
});

const typeBody = (overrides: Record<string, unknown> = {}) => ({
  code: 'rokotus',
  name: { fi: 'Rokotus', sv: 'Vaccination', en: 'Vaccination' },
  durationMinutes: 10,
  channels: ['in_person'],
  selfBooking: 'staff_only',
  cancellationHours: 12,
  unitId: '',
  ...overrides,
});

describe('appointment types and availability', () => {
  it('coordinators create and change types; others may not', async () => {
    const [unit] = await q<{ id: string }>(sql`select id from service_units where code = 'tuira-terveysasema'`);
    const paula = await loggedIn(ctx, 'palveluohjaaja');
    const created = await paula.request({ method: 'POST', url: '/api/booking/appointment-types', payload: typeBody({ unitId: unit!.id }) });
    expect(created.statusCode, created.body).toBe(201);
    const changed = await paula.request({ method: 'PUT', url: `/api/booking/appointment-types/${created.json().id}`, payload: typeBody({ unitId: unit!.id, durationMinutes: 15 }) });
    expect(changed.json().durationMinutes).toBe(15);
    const pekka = await loggedIn(ctx, 'ammattilainen');
    expect((await pekka.request({ method: 'POST', url: '/api/booking/appointment-types', payload: typeBody({ unitId: unit!.id, code: 'x2' }) })).statusCode).toBe(403);
    const bad = await paula.request({ method: 'POST', url: '/api/booking/appointment-types', payload: typeBody({ unitId: unit!.id, code: 'rokotus-2', channels: [] }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.channels');
    const { unitId: _left, ...withoutUnit } = typeBody({ code: 'oma-yksikko' });
    const own = await paula.request({ method: 'POST', url: '/api/booking/appointment-types', payload: withoutUnit });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().unitId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('links a type to catalogue services by name, and refuses an id that is no catalogue service', async () => {
    const [unit] = await q<{ id: string }>(sql`select id from service_units where code = 'tuira-terveysasema'`);
    const [service] = await q<{ id: string; name_fi: string }>(sql`select id, name_fi from services where code = 'reception-tuira'`);
    const paula = await loggedIn(ctx, 'palveluohjaaja');
    const linked = await paula.request({ method: 'POST', url: '/api/booking/appointment-types', payload: typeBody({ unitId: unit!.id, code: 'linkitetty', serviceIds: [service!.id] }) });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().services).toEqual([{ id: service!.id, name: expect.objectContaining({ fi: service!.name_fi }) }]);
    const listed = (await paula.request({ url: `/api/booking/appointment-types?serviceId=${service!.id}` })).json();
    expect(listed.map((t: { code: string }) => t.code)).toContain('linkitetty');
    const unknown = await paula.request({ method: 'PUT', url: `/api/booking/appointment-types/${linked.json().id}`, payload: typeBody({ unitId: unit!.id, code: 'linkitetty', serviceIds: [service!.id, '00000000-0000-4000-8000-000000000000'] }) });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ field: 'body.serviceIds.1', message: 'is not a service in the catalogue' }]);
  });

  it('professionals manage their own availability, coordinators anyone’s; staff-only types stay off the public list', async () => {
    const pekka = await loggedIn(ctx, 'ammattilainen');
    const [type] = await q<{ id: string }>(sql`select id from appointment_types where code = 'rokotus'`);
    const window = { appointmentTypeIds: [type!.id], weekday: 6, starts: '10:00', ends: '11:00', channel: 'in_person', locationId: demo.tuira, validFrom: '2026-01-01' };
    const own = await pekka.request({ method: 'POST', url: '/api/booking/availabilities', payload: window });
    expect(own.statusCode, own.body).toBe(201);
    const forSami = await pekka.request({ method: 'POST', url: '/api/booking/availabilities', payload: { ...window, professionalId: demo.users.sosiaalityontekija } });
    expect(forSami.statusCode).toBe(403);
    const backwards = await pekka.request({ method: 'POST', url: '/api/booking/availabilities', payload: { ...window, starts: '12:00' } });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].field).toBe('body.ends');
    const mine = (await pekka.request({ url: '/api/booking/availabilities' })).json();
    expect(mine.every((a: { professional: { id: string } }) => a.professional.id === demo.users.ammattilainen)).toBe(true);
    expect((await pekka.request({ method: 'DELETE', url: `/api/booking/availabilities/${own.json().id}` })).statusCode).toBe(204);

    const paula = await loggedIn(ctx, 'palveluohjaaja');
    const weekdays = await paula.request({ method: 'POST', url: '/api/booking/availabilities', payload: { ...window, weekday: 1, starts: '15:00', ends: '16:00', professionalId: demo.users.ammattilainen } });
    expect(weekdays.statusCode, weekdays.body).toBe(201);
    const aino = await loggedIn(ctx, 'asukas');
    expect(await slotsOf(aino, { appointmentTypeId: type!.id })).toEqual([]);
    expect((await slotsOf(paula, { appointmentTypeId: type!.id, to: addDays(localMoment(new Date()).date, 13) })).length).toBeGreaterThan(0);
  });
});

describe('staff booking and the day list', () => {
  it('books for a client with a relation, and refuses (logged) without one', async () => {
    const pekka = await loggedIn(ctx, 'ammattilainen');
    const [slot] = (await slotsOf(pekka, { appointmentTypeId: demo.types['laakarin-vastaanotto']! })).slice(-1);
    const booked = await pekka.request({ method: 'POST', url: `/api/clients/${demo.clients.aino}/appointments`, payload: { ...bookingOf(slot!), note: 'Verenpaineen seuranta' } });
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json().note).toBe('Verenpaineen seuranta');
    const before = await lastSeq(ctx);
    const [other] = (await slotsOf(pekka, { appointmentTypeId: demo.types['laakarin-vastaanotto']! })).slice(-1);
    const refused = await pekka.request({ method: 'POST', url: `/api/clients/${demo.clients.matti}/appointments`, payload: { ...bookingOf(other!), note: null } });
    expect(refused.statusCode).toBe(403);
    expect(await eventsSince(ctx, demo.clients.matti!, before)).toMatchObject([{ action: 'client.appointment.write', outcome: 'denied' }]);
  });

  it("lists the professional's day with names, each client logged, and marks arrival, no-show and done", async () => {
    const [seeded] = await q<{ id: string; starts_at: Date }>(sql`select id, starts_at from appointments where client_id = ${demo.clients.aino} and professional_id = ${demo.users.ammattilainen} order by booked_at limit 1`);
    const date = localMoment(new Date(seeded!.starts_at)).date;
    const pekka = await loggedIn(ctx, 'ammattilainen');
    const before = await lastSeq(ctx);
    const list = await pekka.request({ url: `/api/booking/day-list?date=${date}` });
    expect(list.statusCode, list.body).toBe(200);
    const item = list.json().items.find((i: { id: string }) => i.id === seeded!.id);
    expect(item.client.name).toBe('Aino Maria Asukas');
    expect(await eventsSince(ctx, demo.clients.aino!, before)).toMatchObject([{ action: 'client.day_list.listed', outcome: 'success' }]);

    const stale = await pekka.request({ method: 'POST', url: `/api/booking/appointments/${item.id}/arrived`, payload: { version: item.version + 1 } });
    expect(stale.statusCode).toBe(409);
    const arrived = await pekka.request({ method: 'POST', url: `/api/booking/appointments/${item.id}/arrived`, payload: { version: item.version } });
    expect(arrived.statusCode, arrived.body).toBe(200);
    const entriesBefore = await q<{ n: number }>(sql`select count(*)::int as n from record_entries where client_id = ${demo.clients.aino} and type = 'visit'`);
    const done = await pekka.request({ method: 'POST', url: `/api/booking/appointments/${item.id}/done`, payload: { version: arrived.json().version } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('done');
    const [entries] = await q<{ n: number }>(sql`select count(*)::int as n from record_entries where client_id = ${demo.clients.aino} and type = 'visit' and register = 'health'`);
    expect(entries!.n).toBe(entriesBefore[0]!.n + 1);
    const [relation] = await q<{ kind: string; days: number }>(
      sql`select kind, round(extract(epoch from ends_at - starts_at) / 86400)::int as days from care_relations where client_id = ${demo.clients.aino} and professional_id = ${demo.users.ammattilainen} order by starts_at desc limit 1`,
    );
    expect(relation).toEqual({ kind: 'appointment', days: 30 });
    const again = await pekka.request({ method: 'POST', url: `/api/booking/appointments/${item.id}/no-show`, payload: { version: done.json().version } });
    expect(again.statusCode).toBe(409);

    const sami = await loggedIn(ctx, 'sosiaalityontekija');
    expect((await sami.request({ method: 'POST', url: `/api/booking/appointments/${item.id}/no-show`, payload: { version: done.json().version } })).statusCode).toBe(403);
  });
});

describe('T3', () => {
  it('is computed on request for managers and coordinators, and stored daily', async () => {
    const johtaja = await loggedIn(ctx, 'johtaja');
    const nurse = demo.types['sairaanhoitajan-vastaanotto']!;
    const now = await johtaja.request({ url: `/api/booking/t3?appointmentTypeId=${nurse}&locationId=${demo.tuira}` });
    expect(now.statusCode, now.body).toBe(200);
    expect(now.json().days).toBeGreaterThanOrEqual(0);
    expect(now.json().days).toBeLessThan(7);

    expect(await measureT3(ctx.db.database.db)).toBeGreaterThanOrEqual(3);
    const history = (await johtaja.request({ url: `/api/booking/t3/history?appointmentTypeId=${nurse}` })).json();
    expect(history).toMatchObject([{ appointmentTypeId: nurse, locationId: demo.tuira, days: now.json().days }]);

    const aino = await loggedIn(ctx, 'asukas');
    expect((await aino.request({ url: `/api/booking/t3?appointmentTypeId=${nurse}` })).statusCode).toBe(403);
  });
});
