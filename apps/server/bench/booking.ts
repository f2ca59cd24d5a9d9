/**
 * No double booking under load: 1,000 residents try to book at once over HTTP, each one of 100
 * free 10-minute slots of one professional, against the real server on PostgreSQL.
 *   npm run bench:booking -- [--residents 1000] [--slots 100] [--workers 1] [--connections 200] [--in-flight 0] [--cold] [--port 3989]
 * All attempts are sent at once over a keep-alive pool of `--connections` sockets: a thousand
 * simultaneous TCP connects would overflow the server's listen backlog (511) and measure the
 * kernel's SYN retransmission timer instead of the booking. Then every attempt's latency includes
 * its wait behind the others, so p99 is about the time to answer them all. `--in-flight N` keeps
 * N attempts in flight instead (each sender sends its next when the previous is answered): the
 * latency of one booking while N residents book at the same moment.
 * BENCH_DATABASE_URL overrides postgresql://postgres@127.0.0.1:5432/avain_bench_booking; the
 * database is created fresh on every run.
 */
import { Agent, request } from 'node:http';
import { parseArgs } from 'node:util';
import { addDays, holidayOn, localMoment, type Role } from '@avain/domain';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { startSession } from '../src/modules/auth/service.ts';
import { generatedSlots } from '../src/modules/booking/free-slots.ts';
import { saveAvailabilityForSeed, saveTypeForSeed } from '../src/modules/booking/service.ts';
import { saveOrganization } from '../src/modules/catalog/service.ts';
import { saveMembership, saveUnit } from '../src/modules/clients/service.ts';
import { benchDatabase, percentile, recreateDatabase, startServer, stopServer } from './harness.ts';

const { values } = parseArgs({
  options: {
    residents: { type: 'string', default: '1000' },
    slots: { type: 'string', default: '100' },
    workers: { type: 'string', default: '1' },
    connections: { type: 'string', default: '200' },
    'in-flight': { type: 'string', default: '0' },
    cold: { type: 'boolean', default: false },
    port: { type: 'string', default: '3989' },
  },
});
const residents = Number(values.residents);
const slotCount = Number(values.slots);
const SLOT_MINUTES = 10;
const PER_DAY = 50; // 08:00–16:20
const CSRF = 'bench-csrf-token-0123456789abcdefghij';
const { url, name: dbName } = benchDatabase('avain_bench_booking');

/** The next weekdays (Helsinki) from two days on that are not public holidays, for the slots. */
function bookingDays(count: number): string[] {
  const days: string[] = [];
  for (let date = addDays(localMoment(new Date()).date, 2); days.length < count; date = addDays(date, 1)) {
    const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    if (weekday <= 5 && !holidayOn(date)) days.push(date);
  }
  return days;
}

async function prepare() {
  await recreateDatabase(url, dbName);
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  await database.migrate();
  const db = database.db;
  const config = loadConfig({ DATABASE_URL: url.toString(), NODE_ENV: 'production' });
  const raw = new pg.Client({ connectionString: url.toString() });
  await raw.connect();
  try {
    const organizationId = await saveOrganization(db, { code: 'bench-region', nameFi: 'Penkkialue', type: 'public', businessId: '0000000-0' });
    const unitId = await saveUnit(db, { code: 'bench-unit', nameFi: 'Penkkiterveysasema', register: 'health', organizationId, organizationName: 'Penkkialue' });
    const type = await saveTypeForSeed(db, { code: 'bench-10', name: { fi: 'Puhelinaika 10 min' }, durationMinutes: SLOT_MINUTES, channels: ['phone'], selfBooking: 'anyone', cancellationHours: 24, unitId });
    const perProfessional = Math.ceil(slotCount / PER_DAY);
    const days = bookingDays(perProfessional * 2);
    // The warm-up professional's slots come after the rush's: one resident never holds two times at once.
    const professionalWithSlots = async (username: string, own: string[]) => {
      const { rows: pro } = await raw.query<{ id: string }>(`insert into users (username, display_name, role, email) values ($1, 'Penkki Ammattilainen', 'professional', null) returning id`, [username]);
      const professionalId = pro[0]!.id;
      await saveMembership(db, professionalId, unitId, false);
      for (const [i, date] of own.entries()) {
        const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
        const minutes = 8 * 60 + Math.min(PER_DAY, slotCount - i * PER_DAY) * SLOT_MINUTES;
        const ends = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        await saveAvailabilityForSeed(db, { professionalId, unitId, locationId: null, appointmentTypeIds: [type.id], weekday, starts: '08:00', ends, channel: 'phone', validFrom: date, validTo: date });
      }
      const slots = await generatedSlots(db, [type], { professionalId, from: own[0]!, to: own.at(-1)! }, new Date());
      if (slots.length !== slotCount) throw new Error(`expected ${slotCount} slots, generated ${slots.length}`);
      return { professionalId, slots };
    };
    const rush = await professionalWithSlots('bench-pro', days.slice(0, perProfessional));
    const warmUp = await professionalWithSlots('bench-pro-warm-up', days.slice(perProfessional));

    const { rows: users } = await raw.query<{ id: string; username: string; display_name: string }>(
      `insert into users (username, display_name, role, email)
       select 'bench-resident-' || i, 'Asukas ' || i, 'resident', 'bench-resident-' || i || '@example.fi' from generate_series(1, $1) i
       returning id, username, display_name`,
      [residents],
    );
    await raw.query(
      `insert into clients (local_id, first_names, last_name, birth_date, user_id, municipality)
       select 'bench-' || u.username, 'Asukas', split_part(u.display_name, ' ', 2), date '1980-01-01' + (row_number() over () % 9000)::int, u.id, 'Oulu'
       from users u where u.role = 'resident'`,
    );
    const cookies: string[] = [];
    for (const u of users) {
      const token = await startSession(db, config, { id: u.id, username: u.username, displayName: u.display_name, role: 'resident' as Role }, 'password');
      cookies.push(`avain_session=${token}; avain_csrf=${CSRF}`);
    }
    return { type, rush, warmUp, cookies };
  } finally {
    await raw.end();
    await database.close();
  }
}

async function counts(professionalId: string) {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const booked = await client.query<{ n: number }>(`select count(*)::int as n from appointments where professional_id = $1 and status = 'booked'`, [professionalId]);
    const doubles = await client.query<{ n: number }>(
      `select count(*)::int as n from appointments a join appointments b on a.professional_id = b.professional_id and a.id < b.id
        and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
       where a.professional_id = $1 and a.status in ('held', 'booked', 'arrived', 'done') and b.status in ('held', 'booked', 'arrived', 'done')`,
      [professionalId],
    );
    const distinct = await client.query<{ n: number }>(`select count(distinct starts_at)::int as n from appointments where professional_id = $1 and status = 'booked'`, [professionalId]);
    return { booked: booked.rows[0]!.n, doubles: doubles.rows[0]!.n, distinctTimes: distinct.rows[0]!.n };
  } finally {
    await client.end();
  }
}

const t0 = performance.now();
const prepared = await prepare();
console.log(`prepared ${dbName}: ${prepared.rush.slots.length} free slots, ${prepared.cookies.length} residents with sessions (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const agent = new Agent({ keepAlive: true, maxSockets: Number(values.connections) });
const inFlight = Number(values['in-flight']);

const post = (cookie: string, body: string) =>
  new Promise<string>((resolve, reject) => {
    const req = request(`${base}/api/me/appointments`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie, 'x-csrf-token': CSRF } }, (response) => {
      response.resume();
      response.on('end', () => resolve(String(response.statusCode)));
    });
    req.on('error', reject);
    req.end(body);
  });

/** Every resident tries one of the professional's slots at random, every slot equally often (so each can be booked). */
async function rushOn({ professionalId, slots }: typeof prepared.rush) {
  const order = prepared.cookies.map((_, i) => ({ slot: slots[i % slots.length]!, key: Math.random() })).sort((a, b) => a.key - b.key);
  const bodies = prepared.cookies.map((cookie, i) => ({
    cookie,
    body: JSON.stringify({ appointmentTypeId: prepared.type.id, professionalId, startsAt: order[i]!.slot.startsAt.toISOString(), channel: 'phone', locationId: null }),
  }));
  const statuses = new Map<string, number>();
  const latencies: number[] = [];
  const lastAnswer = new Map<string, number>();
  const started = performance.now();
  const attempt = async ({ cookie, body }: (typeof bodies)[number]) => {
    const t = performance.now();
    const status = await post(cookie, body).catch((error: Error) => `error: ${error.message}`);
    latencies.push(performance.now() - t);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    lastAnswer.set(status, performance.now() - started);
  };
  if (inFlight > 0) {
    const queue = [...bodies];
    await Promise.all(Array.from({ length: inFlight }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await attempt(next);
    }));
  } else {
    await Promise.all(bodies.map(attempt));
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { attempts: bodies.length, seconds, statuses, latencies, lastAnswer, counts: await counts(professionalId) };
}

const server = await startServer(url, port, Number(values.workers), { SESSION_IDLE_MINUTES: '240', NOTIFY_INTERVAL_SECONDS: '0' });
try {
  const mode = inFlight > 0 ? `${inFlight} in flight at a time` : 'all sent at once';
  if (!values.cold) {
    // A region's server has been up before the rush: the first rush on a fresh process measures V8's compiler and the opening of connections.
    const warm = await rushOn(prepared.warmUp);
    console.log(`\nwarm-up: the same rush on another professional's ${prepared.warmUp.slots.length} slots, ${(warm.attempts / warm.seconds).toFixed(0)} attempts/s, p99 ${percentile(warm.latencies, 99).toFixed(1)} ms`);
  }
  const run = await rushOn(prepared.rush);
  const result = run.counts;
  const others = [...run.statuses].filter(([s]) => s !== '201' && s !== '409');
  console.log(`\n${run.attempts} booking attempts (${mode}) on ${prepared.rush.slots.length} slots, ${values.cold ? 'fresh server' : 'warm server'}, WORKERS=${values.workers}, ${values.connections} keep-alive connections`);
  console.log(`  slots booked            ${result.booked} (distinct times ${result.distinctTimes})${result.booked === prepared.rush.slots.length ? '' : '  ← expected ' + prepared.rush.slots.length}`);
  console.log(`  double bookings         ${result.doubles}`);
  console.log(`  "slot taken" (409)      ${run.statuses.get('409') ?? 0}`);
  console.log(`  other failures          ${others.reduce((n, [, c]) => n + c, 0)}${others.length ? ` (${others.map(([s, n]) => `${s}: ${n}`).join(', ')})` : ''}`);
  console.log(`  attempts per second     ${(run.attempts / run.seconds).toFixed(0)} (all done in ${(run.seconds * 1000).toFixed(0)} ms)`);
  console.log(`  last answer at           ${[...run.lastAnswer].map(([s, ms]) => `${s}: ${ms.toFixed(0)} ms`).join(', ')}`);
  console.log(`  latency ms              p50 ${percentile(run.latencies, 50).toFixed(1)}  p99 ${percentile(run.latencies, 99).toFixed(1)}  max ${run.latencies.at(-1)!.toFixed(1)}`);
  if (result.booked !== prepared.rush.slots.length || result.doubles !== 0 || others.length > 0) process.exitCode = 1;
} finally {
  agent.destroy();
  await stopServer(server);
}
