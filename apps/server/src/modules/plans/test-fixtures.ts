import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { loggedIn, type TestClient, type TestContext } from '../../test/app.ts';

/** Ids of the demo data the plan tests work with. */
export interface Demo {
  clients: Record<string, string>;
  users: Record<string, string>;
  peerGroupServiceId: string;
}

export async function demoIds(ctx: TestContext): Promise<Demo> {
  const q = ctx.db.database.query.bind(ctx.db.database);
  const clients = Object.fromEntries(
    (await q<{ id: string; first: string }>(sql`select id, lower(split_part(first_names, ' ', 1)) as first from clients`)).map((r) => [r.first, r.id]),
  );
  const users = Object.fromEntries((await q<{ id: string; username: string }>(sql`select id, username from users`)).map((r) => [r.username, r.id]));
  const [service] = await q<{ id: string }>(
    sql`select s.id from services s join organizations o on o.id = s.organization_id where o.code = 'mielenterveysseura-aalto' and s.status = 'published' and s.name_fi like 'Masennuksesta%'`,
  );
  return { clients, users, peerGroupServiceId: service!.id };
}

/** A plan body: Paula and Sami in the team with an NGO peer group, Sami responsible. */
export function planBody(demo: Demo, overrides: Record<string, unknown> = {}) {
  return {
    summary: 'Asuu yksin, toimeentulo tiukalla, mieliala matala.',
    goals: [
      { id: 'work', text: 'Haluan päästä työkokeiluun', indicator: 'Työkokeilu alkanut', targetDate: '2026-06-30' },
      { id: 'mood', text: 'Haluan jaksaa paremmin', indicator: null, targetDate: null },
    ],
    services: [{ serviceId: demo.peerGroupServiceId, frequency: 'kerran viikossa', from: '2026-01-13', to: '2026-06-30' }],
    clientActions: [{ id: 'group', text: 'Käyn vertaisryhmässä tiistaisin' }],
    team: [
      { kind: 'staff', userId: demo.users.sosiaalityontekija, role: 'sosiaalityöntekijä', phone: '040 555 0101', email: null },
      { kind: 'staff', userId: demo.users.palveluohjaaja, role: 'palveluohjaaja', phone: null, email: null },
      { kind: 'external', id: 'peer', name: 'Vertaisryhmän ohjaaja', organisation: 'Mielenterveysseura Aalto', role: 'vertaisohjaaja', serviceId: demo.peerGroupServiceId, phone: '040 555 0202', email: 'ryhma@example.fi' },
    ],
    responsibleWorkerId: demo.users.sosiaalityontekija,
    nextReviewOn: '2026-03-01',
    ...overrides,
  };
}

/** The service coordinator opens a case with the client: a plan is started from an existing contact. */
export async function coordinatorWith(ctx: TestContext, clientId: string): Promise<TestClient> {
  const paula = await loggedIn(ctx, 'palveluohjaaja');
  const relation = await paula.request({ method: 'POST', url: `/api/clients/${clientId}/relations`, payload: { kind: 'case', needsAddress: false, endsAt: null, note: null } });
  expect(relation.statusCode, relation.body).toBe(201);
  return paula;
}

export const lastSeq = async (ctx: TestContext) => (await ctx.db.database.query<{ n: number }>(sql`select coalesce(max(seq), 0)::int as n from audit_events`))[0]!.n;

export const eventsSince = async (ctx: TestContext, clientId: string, since: number) =>
  ctx.db.database.query<{ action: string; outcome: string; basis: string | null; reason: string | null; actor_name: string }>(
    sql`select action, outcome, basis, reason, actor_name from audit_events where client_id = ${clientId} and seq > ${since} order by seq`,
  );
