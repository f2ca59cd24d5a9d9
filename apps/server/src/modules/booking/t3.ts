/**
 * T3, the third next free appointment (D11 access metric): computed on request, and once a day
 * stored per appointment type and place for the dashboards.
 */
import { addDays, AppError, helsinkiDate, thirdNextFree } from '@avain/domain';
import type { FastifyInstance } from 'fastify';
import type { DbOrTx } from '../../db/client.ts';
import { freeSlots, type Slot } from './free-slots.ts';
import * as repo from './repo.ts';

const HORIZON_DAYS = 90;
const DAY_MS = 86_400_000;
/** Remote appointments without a place are measured under the nil uuid. */
export const REMOTE = '00000000-0000-0000-0000-000000000000';

const horizon = async (db: DbOrTx, type: repo.TypeRow, locationId: string | undefined, now: Date) =>
  freeSlots(db, [type], { locationId, from: helsinkiDate(now), to: addDays(helsinkiDate(now), HORIZON_DAYS) }, now, Number.POSITIVE_INFINITY);

export async function t3Now(db: DbOrTx, appointmentTypeId: string, locationId: string | undefined, now = new Date()) {
  const type = await repo.findType(db, appointmentTypeId);
  if (!type) throw new AppError('not_found', 'No appointment type with this id.');
  const third = thirdNextFree((await horizon(db, type, locationId, now)).map((s) => s.startsAt), now);
  return { appointmentTypeId, locationId: locationId ?? null, days: third?.days ?? null, thirdStartsAt: third?.startsAt.toISOString() ?? null, computedAt: now.toISOString() };
}

/** Measures T3 of every active type at every place it is given (and remote), and stores today's figure. */
export async function measureT3(db: DbOrTx, now = new Date()): Promise<number> {
  let stored = 0;
  for (const type of await repo.listTypes(db, { activeOnly: true })) {
    const places = new Set((await repo.listAvailabilities(db, { typeIds: [type.id] })).map((a) => a.locationId ?? REMOTE));
    const slots = await horizon(db, type, undefined, now);
    const byPlace = new Map<string, Slot[]>();
    for (const s of slots) {
      const key = s.location?.id ?? REMOTE;
      byPlace.set(key, [...(byPlace.get(key) ?? []), s]);
    }
    for (const place of places) {
      const third = thirdNextFree((byPlace.get(place) ?? []).map((s) => s.startsAt), now);
      await repo.saveT3(db, { appointmentTypeId: type.id, locationId: place, measuredOn: helsinkiDate(now), days: third?.days ?? null, thirdStartsAt: third?.startsAt ?? null, measuredAt: now });
      stored += 1;
    }
  }
  return stored;
}

export async function t3History(db: DbOrTx, q: { appointmentTypeId?: string | undefined; locationId?: string | undefined; from?: string | undefined; to?: string | undefined }, now = new Date()) {
  const to = q.to ?? helsinkiDate(now);
  const rows = await repo.t3History(db, { appointmentTypeId: q.appointmentTypeId, locationId: q.locationId, from: q.from ?? addDays(to, -90), to });
  return rows.map((r) => ({
    appointmentTypeId: r.appointmentTypeId,
    locationId: r.locationId === REMOTE ? null : r.locationId,
    measuredOn: r.measuredOn,
    days: r.days,
    thirdStartsAt: r.thirdStartsAt?.toISOString() ?? null,
    measuredAt: r.measuredAt.toISOString(),
  }));
}

/** Measures once a day while the app runs; the timer never keeps the process alive and stops with the app. */
export function scheduleDailyT3(app: FastifyInstance) {
  const timer = setInterval(() => {
    measureT3(app.db).catch((error: unknown) => app.log.error({ err: error }, 'T3 measurement failed'));
  }, DAY_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
