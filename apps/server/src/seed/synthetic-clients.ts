import { DEMO_CLIENTS, testIdentityCode } from './clients-oulu.ts';
import { random } from './synthetic-catalog.ts';

/**
 * A synthetic client population for load tests: service units, staff in them, clients with test
 * identity codes (individual numbers 900–999), guardians, care relations and consents. Seeded:
 * the same options give the same people. The big tables (record entries, audit events) are
 * streamed from synthetic-clients-rows.ts; this file holds what they refer to.
 */
export interface ClientsOptions {
  clients: number;
  entries: number;
  auditEvents: number;
  staff: number;
  residents: number;
  seed: number;
}

export const DEFAULT_CLIENTS_OPTIONS: ClientsOptions = { clients: 1_000_000, entries: 12_000_000, auditEvents: 8_000_000, staff: 3000, residents: 50_000, seed: 1 };
export const BENCH_PASSWORD = 'avain-bench';

export type Random = ReturnType<typeof random> & { id: () => string };

/** The catalogue's random generator with a fast uuid (four 32-bit draws instead of 32 digits). */
export function clientsRandom(seed: number): Random {
  const r = random(seed);
  const hex = () => Math.floor(r.next() * 4294967296).toString(16).padStart(8, '0');
  const id = () => {
    const a = hex();
    const b = hex();
    const c = hex();
    return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${'89ab'[r.int(4)]}${c.slice(1, 4)}-${c.slice(4)}${hex()}`;
  };
  return { ...r, id };
}

const PLACES = ['Tuira', 'Kaakkuri', 'Kiiminki', 'Myllyoja', 'Haukipudas', 'Kontinkangas', 'Keskusta', 'Rajakylä', 'Pateniemi', 'Ritaharju', 'Kaijonharju', 'Höyhtyä', 'Raksila', 'Toppila', 'Maikkula'];
const HEALTH_UNITS = ['terveysasema', 'hammashoitola', 'neuvola', 'kotisairaala'];
const SOCIAL_UNITS = ['aikuissosiaalityö', 'lapsiperheiden sosiaalityö', 'kotihoito', 'vammaispalvelut'];
const FIRST_F = ['Aino', 'Anna', 'Eeva', 'Elina', 'Emma', 'Helena', 'Johanna', 'Kaisa', 'Laura', 'Liisa', 'Maria', 'Minna', 'Noora', 'Päivi', 'Riikka', 'Sanna', 'Satu', 'Tiina', 'Tuula', 'Venla'];
const FIRST_M = ['Antti', 'Eero', 'Eetu', 'Heikki', 'Jari', 'Juha', 'Jussi', 'Kalle', 'Lauri', 'Markku', 'Matti', 'Mikko', 'Niko', 'Olli', 'Pekka', 'Sami', 'Timo', 'Tuomas', 'Veikko', 'Ville'];
const LAST = ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Heikkilä', 'Kinnunen', 'Salonen', 'Turunen', 'Salo', 'Laitinen', 'Tuominen', 'Rantanen', 'Karjalainen', 'Jokinen', 'Mattila', 'Savolainen', 'Lahtinen', 'Ahonen', 'Pesonen', 'Kemppainen', 'Huttunen', 'Oikarinen', 'Väisänen', 'Pietilä'];
const STREETS = ['Kangastie', 'Isokatu', 'Pesätie', 'Hallituskatu', 'Kaijonharjuntie', 'Rautatienkatu', 'Kirkkokatu', 'Torikatu', 'Sepänkatu', 'Uusikatu', 'Nahkatehtaankatu', 'Heikinkatu', 'Mäkelininkatu', 'Ratakatu'];
const DAY_MS = 86_400_000;

export interface Unit {
  id: string;
  code: string;
  nameFi: string;
  register: 'health' | 'social';
  organizationId: string;
  organizationName: string;
  /** `unit, organisation`: how the audit trail names the actor's organisation. */
  label: string;
  staff: number[];
}

export interface Staff {
  id: string;
  username: string;
  displayName: string;
  role: 'professional' | 'service_coordinator' | 'homecare_planner';
  unit: number;
}

export interface Organization {
  id: string;
  name: string;
}

/**
 * Everything the rows refer to. Clients are numbered 0..n-1; their ids, birth dates and links
 * live in flat arrays so that a million of them fit in a few tens of megabytes.
 */
export interface ClientWorld {
  now: number;
  units: Unit[];
  staff: Staff[];
  clientIds: string[];
  /** Birth date of client i, as days since 1970-01-01. */
  birthDay: Int32Array;
  /** The resident account of client i, or undefined. */
  userOf: Map<number, string>;
  /** A member of staff with an active relation to client i (-1 for none): who reads their data. */
  relationStaff: Int32Array;
}

export const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const ageYears = (world: ClientWorld, i: number) => (world.now / DAY_MS - world.birthDay[i]!) / 365.25;
export const personName = (r: Random, female: boolean) => `${r.pick(female ? FIRST_F : FIRST_M)} ${r.pick(LAST)}`;

export function makeUnits(r: Random, organizations: Organization[], region: Organization): Unit[] {
  const units: Unit[] = [];
  for (const [register, kinds] of [['health', HEALTH_UNITS], ['social', SOCIAL_UNITS]] as const) {
    for (const kind of kinds) {
      for (const place of PLACES) {
        // Most units are the welfare region's own; one in five belongs to another producer.
        const org = r.next() < 0.8 || organizations.length === 0 ? region : r.pick(organizations);
        const nameFi = `${place}n ${kind}`.replace(/^./, (c) => c.toUpperCase());
        units.push({ id: r.id(), code: `gen-unit-${units.length + 1}`, nameFi, register, organizationId: org.id, organizationName: org.name, label: `${nameFi}, ${org.name}`, staff: [] });
      }
    }
  }
  return units;
}

export function makeStaff(r: Random, units: Unit[], count: number): Staff[] {
  return Array.from({ length: count }, (_, i) => {
    const unit = i < units.length ? i : r.int(units.length);
    units[unit]!.staff.push(i);
    const kind = r.next();
    const role = kind < 0.85 ? 'professional' : kind < 0.95 ? 'service_coordinator' : 'homecare_planner';
    return { id: r.id(), username: `gen-staff-${String(i + 1).padStart(5, '0')}`, displayName: personName(r, r.next() < 0.7), role, unit };
  });
}

/**
 * Identity-code slots: birth date = slot mod days over the last 95 years, individual number
 * 900 + slot div days, skipping the demo clients' codes so that both can live in one database.
 */
function* identitySlots(now: number): Generator<{ day: number; code: string }> {
  const last = Math.floor(now / DAY_MS) - 1;
  const days = Math.floor(95 * 365.25);
  const demo = new Set(DEMO_CLIENTS.map((c) => testIdentityCode(c.birthDate, c.individual)));
  for (let slot = 0; ; slot++) {
    const individual = 900 + Math.floor(slot / days);
    if (individual > 999) throw new Error('out of test identity codes (individual numbers 900–999)');
    const day = last - (slot % days);
    const code = testIdentityCode(isoDay(day), individual);
    if (!demo.has(code)) yield { day, code };
  }
}

export function makeWorld(options: ClientsOptions, r: Random, units: Unit[], staff: Staff[], now = Date.now()): ClientWorld {
  const n = options.clients;
  const world: ClientWorld = { now, units, staff, clientIds: new Array<string>(n), birthDay: new Int32Array(n), userOf: new Map(), relationStaff: new Int32Array(n).fill(-1) };
  const slots = identitySlots(now);
  for (let i = 0; i < n; i++) {
    world.clientIds[i] = r.id();
    world.birthDay[i] = slots.next().value!.day;
  }
  // Adults get accounts at an even stride so that residents of every age are among them.
  const stride = Math.max(1, Math.floor((n * 0.8) / Math.max(1, options.residents)));
  for (let i = 0; i < n && world.userOf.size < options.residents; i += stride) {
    if (ageYears(world, i) >= 18) world.userOf.set(i, r.id());
  }
  return world;
}

const esc = (v: string) => (/[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!) : v);
/** One row of COPY's text format: tab-separated, \N for null, backslash escapes. */
export const copyLine = (values: readonly (string | number | boolean | null)[]) => values.map((v) => (v === null ? '\\N' : typeof v === 'string' ? esc(v) : String(v))).join('\t') + '\n';

/** COPY lines joined a few thousand at a time: fewer, bigger writes to the COPY stream. */
export function* batched(lines: Iterable<string>, size = 4000): Generator<{ text: string; rows: number }> {
  let chunk: string[] = [];
  for (const line of lines) {
    chunk.push(line);
    if (chunk.length === size) {
      yield { text: chunk.join(''), rows: size };
      chunk = [];
    }
  }
  if (chunk.length > 0) yield { text: chunk.join(''), rows: chunk.length };
}

export const CLIENT_COLUMNS = 'id, identity_code, first_names, last_name, birth_date, sex, phone, email, street, postal_code, city, language, other_language, interpreter_needed, municipality, non_disclosure, user_id';

export function* clientRows(world: ClientWorld, r: Random): Generator<string> {
  const slots = identitySlots(world.now);
  for (let i = 0; i < world.clientIds.length; i++) {
    const { day, code } = slots.next().value!;
    const female = Number(code.slice(7, 10)) % 2 === 0;
    const first = r.next() < 0.6 ? `${personName(r, female).split(' ')[0]} ${personName(r, female).split(' ')[0]}` : personName(r, female).split(' ')[0]!;
    const last = r.pick(LAST);
    const lang = r.next();
    const language = lang < 0.9 ? 'fi' : lang < 0.95 ? 'sv' : 'other';
    yield copyLine([
      world.clientIds[i]!,
      code,
      first,
      last,
      isoDay(day),
      female ? 'female' : 'male',
      `040 ${String(r.int(1000)).padStart(3, '0')} ${String(r.int(10000)).padStart(4, '0')}`,
      r.next() < 0.5 ? `${first.split(' ')[0]!.toLowerCase()}.${last.toLowerCase()}${r.int(100)}@example.fi` : null,
      `${r.pick(STREETS)} ${1 + r.int(60)}${r.next() < 0.5 ? ` ${'ABCD'[r.int(4)]} ${1 + r.int(30)}` : ''}`,
      `90${String(100 + r.int(85) * 10).padStart(3, '0')}`,
      'Oulu',
      language,
      language === 'other' ? r.pick(['so', 'ar', 'ru', 'fa', 'en']) : null,
      language === 'other' && r.next() < 0.5,
      'Oulu',
      r.next() < 0.003,
      world.userOf.get(i) ?? null,
    ]);
  }
}

export const USER_COLUMNS = 'id, username, display_name, role, password_hash, active';

export function* userRows(world: ClientWorld, passwordHash: string): Generator<string> {
  for (const s of world.staff) yield copyLine([s.id, s.username, s.displayName, s.role, passwordHash, true]);
  for (const [i, id] of world.userOf) yield copyLine([id, `gen-asukas-${String(i).padStart(7, '0')}`, `Asukas ${i}`, 'resident', passwordHash, true]);
}

export const GUARDIANSHIP_COLUMNS = 'id, minor_client_id, guardian_client_id, valid_from';

/** One or two guardians for each minor, among clients 20–45 years older. */
export function* guardianshipRows(world: ClientWorld, r: Random): Generator<string> {
  const n = world.clientIds.length;
  for (let i = 0; i < n; i++) {
    if (ageYears(world, i) >= 18) continue;
    const guardians = new Set<number>();
    const wanted = r.next() < 0.7 ? 2 : 1;
    for (let tries = 0; guardians.size < wanted && tries < 40; tries++) {
      const g = r.int(n);
      const gap = (world.birthDay[i]! - world.birthDay[g]!) / 365.25;
      if (gap >= 20 && gap <= 45) guardians.add(g);
    }
    for (const g of guardians) yield copyLine([r.id(), world.clientIds[i]!, world.clientIds[g]!, isoDay(world.birthDay[i]!)]);
  }
}

export const RELATION_COLUMNS = 'id, client_id, professional_id, unit_id, kind, needs_address, starts_at, ends_at';

/**
 * About 1.1 relations a client: a third of clients none, some several; a third of relations have
 * ended. Remembers one active relation's professional per client for the audit trail.
 */
export function* relationRows(world: ClientWorld, r: Random): Generator<string> {
  for (let i = 0; i < world.clientIds.length; i++) {
    const u = r.next();
    const count = u < 0.3 ? 0 : u < 0.7 ? 1 : u < 0.9 ? 2 : 3 + r.int(3);
    for (let k = 0; k < count; k++) {
      const s = r.int(world.staff.length);
      const staff = world.staff[s]!;
      const kind = r.pick(['appointment', 'appointment', 'case', 'team'] as const);
      const starts = world.now - r.int(3 * 365) * DAY_MS - r.int(DAY_MS);
      const ended = r.next() < 0.35;
      const ends = ended ? starts + r.next() * (world.now - starts) : kind === 'appointment' ? world.now + (1 + r.int(60)) * DAY_MS : null;
      if (!ended && world.relationStaff[i] === -1) world.relationStaff[i] = s;
      yield copyLine([r.id(), world.clientIds[i]!, staff.id, world.units[staff.unit]!.id, kind, r.next() < 0.1, new Date(starts).toISOString(), ends === null ? null : new Date(ends).toISOString()]);
    }
  }
}

export const CONSENT_COLUMNS = 'id, client_id, given_by_client_id, registers, organization_ids, purpose, valid_from, valid_to, revoked_at, version, created_at, updated_at';
export const CONSENT_EVENT_COLUMNS = 'consent_id, version, action, snapshot, by_user_id, by_name, at';

/** A quarter of the clients have consented to share data; yields [consent line, event line]. */
export function* consentRows(world: ClientWorld, r: Random): Generator<[string, string]> {
  const organizations = [...new Set(world.units.map((u) => u.organizationId))];
  for (let i = 0; i < world.clientIds.length; i++) {
    if (r.next() >= 0.25) continue;
    const registers = r.next() < 0.6 ? ['social', 'health'] : [r.pick(['social', 'health'])];
    const orgs = [...new Set([organizations[0]!, ...(r.next() < 0.4 ? [r.pick(organizations)] : [])])];
    const from = world.now - (30 + r.int(700)) * DAY_MS;
    const end = r.next();
    const validTo = end < 0.7 ? null : isoDay(Math.floor((end < 0.9 ? world.now + r.int(700) * DAY_MS : from + r.int(30) * DAY_MS) / DAY_MS));
    const revokedAt = r.next() < 0.05 ? new Date(from + DAY_MS).toISOString() : null;
    const validFrom = isoDay(Math.floor(from / DAY_MS));
    const at = new Date(from).toISOString();
    const id = r.id();
    const purpose = r.next() < 0.8 ? 'care' : 'service_planning';
    const pgArray = (items: string[]) => `{${items.join(',')}}`;
    const byUser = world.userOf.get(i);
    const by = byUser ? { id: byUser, name: `Asukas ${i}` } : world.staff[world.relationStaff[i]! >= 0 ? world.relationStaff[i]! : r.int(world.staff.length)]!;
    const snapshot = JSON.stringify({ registers, organizationIds: orgs, purpose, validFrom, validTo, revokedAt });
    yield [
      copyLine([id, world.clientIds[i]!, world.clientIds[i]!, pgArray(registers), pgArray(orgs), purpose, validFrom, validTo !== null && validTo < validFrom ? validFrom : validTo, revokedAt, 1, at, at]),
      copyLine([id, 1, 'given', snapshot, by.id, 'displayName' in by ? by.displayName : by.name, at]),
    ];
  }
}

/** A client index, skewed: a few clients have hundreds of rows, most a handful (spread by a multiplicative hash). */
export function skewedClient(r: Random, n: number, exponent: number): number {
  const rank = Math.floor(n * r.next() ** exponent);
  // 1,000,003 is prime: multiplying by it permutes 0..n-1 for any n it does not divide.
  return (rank * 1_000_003) % n;
}
