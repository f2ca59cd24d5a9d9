import { decideClientAccess, REGISTERS, type Register, type Role } from '@avain/domain';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestClient, useTestApp } from '../../test/app.ts';

/**
 * The access policy through the real API: role × relation × register × consent × emergency ×
 * non-disclosure for staff, and self × guardian × hidden-from-guardian for residents. Each case
 * gets a client of its own, and each register read must leave exactly one audit event: the access
 * with its basis, or the refusal with its reason.
 */
const ctx = useTestApp();

interface Viewer {
  username: string;
  role: Role;
  register: Register | null;
  userId: string;
  unitId: string | null;
}
const viewers: Viewer[] = [];
let regionId: string;
let seq = 0;

const one = async <T,>(query: ReturnType<typeof sql>) => (await ctx.db.database.query<T>(query))[0]!;

beforeAll(async () => {
  regionId = (await one<{ id: string }>(sql`select id from organizations where code = 'pphva'`)).id;
  for (const username of ['ammattilainen', 'sosiaalityontekija', 'palveluohjaaja', 'suunnittelija', 'johtaja', 'tuottaja', 'yllapitaja']) {
    const row = await one<{ id: string; role: Role; unit_id: string | null; register: Register | null }>(sql`
      select u.id, u.role, m.unit_id, s.register from users u
      left join unit_memberships m on m.user_id = u.id left join service_units s on s.id = m.unit_id
      where u.username = ${username}`);
    viewers.push({ username, role: row.role, register: row.register, userId: row.id, unitId: row.unit_id });
  }
});

async function newClient(nonDisclosure: boolean): Promise<string> {
  seq += 1;
  return (
    await one<{ id: string }>(sql`
    insert into clients (local_id, first_names, last_name, birth_date, street, postal_code, city, non_disclosure)
    values (${`M-${seq}`}, 'Matriisi', ${`Asiakas${seq}`}, '1980-01-01', 'Piilotie 5', '90100', 'Oulu', ${nonDisclosure}) returning id`)
  ).id;
}

const lastSeq = async () => (await one<{ n: number }>(sql`select coalesce(max(seq), 0)::int as n from audit_events`)).n;
const events = (clientId: string, after: number) =>
  ctx.db.database.query<{ register: string; outcome: string; basis: string | null; reason: string | null }>(
    sql`select register, outcome, basis, reason from audit_events where client_id = ${clientId} and seq > ${after} order by seq`,
  );

const sessions = new Map<string, TestClient>();
async function as(username: string) {
  if (!sessions.has(username)) {
    const client = new TestClient(ctx.app);
    expect((await client.login(username)).statusCode).toBe(200);
    sessions.set(username, client);
  }
  return sessions.get(username)!;
}

const bools = [false, true];
const staffCases = () =>
  viewers.flatMap((viewer) =>
    bools.flatMap((relation) =>
      bools.flatMap((consent) => bools.flatMap((emergency) => bools.map((nonDisclosure) => ({ viewer, relation, consent, emergency, nonDisclosure })))),
    ),
  );

describe('the access matrix through the API', () => {
  it('decides every staff combination by the policy, with one audit event per register read', async () => {
    const cases = staffCases();
    expect(cases).toHaveLength(7 * 16);
    for (const c of cases) {
      const { viewer } = c;
      const clientId = await newClient(c.nonDisclosure);
      const unit = viewer.unitId;
      if (c.relation && unit) {
        await ctx.db.database.query(sql`insert into care_relations (client_id, professional_id, unit_id, kind, starts_at) values (${clientId}, ${viewer.userId}, ${unit}, 'case', now() - interval '1 day')`);
      }
      if (c.consent) {
        await ctx.db.database.query(sql`insert into consents (client_id, given_by_client_id, registers, organization_ids, purpose, valid_from)
          values (${clientId}, ${clientId}, array['social','health'], array[${regionId}]::uuid[], 'care', '2020-01-01')`);
      }
      if (c.emergency && unit) {
        await ctx.db.database.query(sql`insert into emergency_accesses (client_id, professional_id, professional_name, unit_id, reason, expires_at)
          values (${clientId}, ${viewer.userId}, ${viewer.username}, ${unit}, 'Matriisitesti: hätätilanne', now() + interval '1 hour')`);
      }
      const expected = REGISTERS.map((register) =>
        decideClientAccess({
          viewer: { role: viewer.role, register: viewer.register, isClient: false, isGuardianOfMinor: false },
          register,
          action: 'read',
          activeRelation: c.relation && unit !== null,
          coveringConsent: c.consent,
          emergencyReason: c.emergency && unit ? 'Matriisitesti: hätätilanne' : null,
          hiddenFromGuardians: false,
        }),
      );
      const label = JSON.stringify({ ...c, viewer: viewer.username });
      const before = await lastSeq();
      const response = await (await as(viewer.username)).request({ url: `/api/clients/${clientId}/overview` });

      const anyAllowed = expected.some((d) => d.allowed);
      expect(response.statusCode, label).toBe(anyAllowed ? 200 : 403);
      const logged = await events(clientId, before);
      // Health first, then social: the same order the overview reads them in.
      const order: Register[] = ['health', 'social'];
      expect(
        logged.map((e) => [e.register, e.outcome, e.basis ?? e.reason]),
        label,
      ).toEqual(order.map((r) => {
        const d = expected[REGISTERS.indexOf(r)]!;
        return [r, d.allowed ? 'success' : 'denied', d.allowed ? d.basis : d.reason];
      }));
      if (anyAllowed) {
        const body = response.json();
        const addressShown = !c.nonDisclosure || expected.some((d) => d.allowed && d.basis === 'emergency');
        expect(body.client.addressProtected, label).toBe(!addressShown);
        expect(JSON.stringify(body).includes('Piilotie'), label).toBe(addressShown);
      } else {
        expect(response.body, label).not.toContain('Matriisi');
      }
    }
  }, 300_000);

  it('lets residents read themselves and their minors, except hidden entries, and nobody else', async () => {
    const aino = await as('asukas');
    const ids = Object.fromEntries(
      (await ctx.db.database.query<{ id: string; first: string }>(sql`select id, lower(split_part(first_names, ' ', 1)) as first from clients where last_name in ('Asukas', 'Meikäläinen')`)).map((r) => [r.first, r.id]),
    );
    const cases = [
      { forId: undefined, clientId: ids.aino!, status: 200, basis: 'own' },
      { forId: ids.ella!, clientId: ids.ella!, status: 200, basis: 'guardian' },
      { forId: ids.eetu!, clientId: ids.eetu!, status: 200, basis: 'guardian' },
      { forId: ids.matti!, clientId: ids.matti!, status: 403, basis: 'denied' },
    ];
    for (const c of cases) {
      const before = await lastSeq();
      const response = await aino.request({ url: `/api/me/data${c.forId ? `?for=${c.forId}` : ''}` });
      expect(response.statusCode).toBe(c.status);
      const logged = await events(c.clientId, before);
      expect(logged.map((e) => e.basis ?? e.outcome)).toEqual(c.status === 200 ? [c.basis, c.basis] : ['denied']);
      if (c.forId === ids.ella) expect(response.body).not.toContain('Ehkäisyneuvonta');
    }
  });
});
