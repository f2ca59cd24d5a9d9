import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestClient, TestContext } from '../../test/app.ts';

/** Ids of the demo data the booking tests work with. */
export interface BookingDemo {
  clients: Record<string, string>;
  users: Record<string, string>;
  types: Record<string, string>;
  tuira: string;
}

export async function bookingDemo(ctx: TestContext): Promise<BookingDemo> {
  const q = ctx.db.database.query.bind(ctx.db.database);
  const clients = Object.fromEntries(
    (await q<{ id: string; first: string }>(sql`select id, lower(split_part(first_names, ' ', 1)) as first from clients`)).map((r) => [r.first, r.id]),
  );
  const users = Object.fromEntries((await q<{ id: string; username: string }>(sql`select id, username from users`)).map((r) => [r.username, r.id]));
  const types = Object.fromEntries((await q<{ id: string; code: string }>(sql`select id, code from appointment_types`)).map((r) => [r.code, r.id]));
  const [tuira] = await q<{ id: string }>(sql`select id from locations where code = 'hyk-tuira'`);
  return { clients, users, types, tuira: tuira!.id };
}

export interface SlotBody {
  appointmentType: { id: string };
  professional: { id: string; name: string };
  location: { id: string; name: { fi: string } } | null;
  channel: 'in_person' | 'phone' | 'video';
  startsAt: string;
  endsAt: string;
}

/** Free slots as the public API gives them. */
export async function slotsOf(client: TestClient, query: Record<string, string>): Promise<SlotBody[]> {
  const response = await client.request({ url: `/api/booking/slots?${new URLSearchParams(query).toString()}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as SlotBody[];
}

/** The body that books a slot. */
export const bookingOf = (s: SlotBody) => ({ appointmentTypeId: s.appointmentType.id, professionalId: s.professional.id, startsAt: s.startsAt, channel: s.channel, locationId: s.location?.id ?? null });

export const lastSeq = async (ctx: TestContext) => (await ctx.db.database.query<{ n: number }>(sql`select coalesce(max(seq), 0)::int as n from audit_events`))[0]!.n;

export const eventsSince = async (ctx: TestContext, clientId: string, since: number) =>
  ctx.db.database.query<{ action: string; outcome: string; basis: string | null; actor_name: string }>(
    sql`select action, outcome, basis, actor_name from audit_events where client_id = ${clientId} and seq > ${since} order by seq`,
  );
