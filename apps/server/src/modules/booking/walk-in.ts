import { AppError, queueDateOf } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import { publishedService } from '../catalog/service.ts';
import { actingTarget, clientsByIds, guardiansOf, unitOfUser, type Accessor, type ClientRow } from '../clients/service.ts';
import { notify } from '../notifications/service.ts';
import { KIOSK_LIMIT, requireKioskAllowance } from './kiosk-limit.ts';
import * as repo from './walk-in-repo.ts';
import { queueState, ticketView, walkInServiceAt, walkInServicesAt } from './walk-in-queue.ts';
import type { CallNextInput, TicketInput } from './walk-in-schema.ts';

export type Taker = { channel: 'kiosk'; device: string } | { channel: 'online'; client: ClientRow; audit: (db: DbOrTx, ticket: repo.TicketRow) => Promise<void> };

/**
 * Gives the next number of the day's queue, only while walk-in is open now. The number and the
 * ticket commit together, with the resident's audit event when taken online.
 */
export async function takeTicket(db: Db, input: TicketInput, taker: Taker, now = new Date()) {
  const { location, service } = await walkInServiceAt(db, input.locationId, input.serviceId, now);
  if (!service.openNow) {
    throw new AppError('conflict', 'Walk-in is closed now: queue numbers are given during walk-in hours only.', { reasons: ['walk_in_closed'] });
  }
  const key = { locationId: location.id, serviceId: service.serviceId, queueDate: queueDateOf(now) };
  const ticket = await db.transaction(async (tx) => {
    if (taker.channel === 'kiosk') {
      const since = new Date(now.getTime() - KIOSK_LIMIT.windowMinutes * 60_000);
      requireKioskAllowance(await repo.kioskNumbersSince(tx, taker.device, since), now);
    }
    const number = await repo.nextNumber(tx, key);
    const row = await repo.insertTicket(tx, {
      ...key,
      number,
      channel: taker.channel,
      clientId: taker.channel === 'online' ? taker.client.id : null,
      takenFrom: taker.channel === 'kiosk' ? taker.device : null,
      takenAt: now,
    });
    if (taker.channel === 'online') await taker.audit(tx, row);
    return row;
  });
  return ticketView(ticket, await repo.ticketsAt(db, key.locationId, key.queueDate, key.serviceId), { service: service.name, location: location.name });
}

/** The queues of a location today: per walk-in service, who waits, the number served and the expected wait. */
export async function locationQueues(db: Db, locationId: string, now = new Date()) {
  const { location, services } = await walkInServicesAt(db, locationId, now);
  const tickets = await repo.ticketsAt(db, locationId, queueDateOf(now));
  return {
    location,
    services: services.map((s) => {
      const { summary } = queueState(tickets.filter((t) => t.serviceId === s.serviceId));
      return { serviceId: s.serviceId, name: s.name, open: s.openNow, hoursToday: s.hoursToday, ...summary };
    }),
  };
}

/** Queues are run by the staff of the organisation that produces the service. */
async function ensureRunsService(db: DbOrTx, who: Accessor, organizationId: string) {
  const unit = await unitOfUser(db, who.user.id);
  if (!unit || unit.organizationId !== organizationId) {
    throw new AppError('forbidden', "Only the staff of the service's own organisation run its queue.", { reasons: ['not_service_organization'] });
  }
}

const staffTicket = (t: repo.TicketRow) => ({
  id: t.id,
  number: t.number,
  channel: t.channel as 'online' | 'kiosk',
  status: t.status as 'waiting' | 'called' | 'served' | 'left',
  takenAt: t.takenAt.toISOString(),
  calledAt: t.calledAt?.toISOString() ?? null,
  calledBy: t.calledByName,
  calledTo: t.calledTo,
  finishedAt: t.finishedAt?.toISOString() ?? null,
});

/** The day's tickets of one queue for the staff running it: numbers only, no names. */
export async function staffQueue(db: Db, who: Accessor, locationId: string, serviceId: string, now = new Date()) {
  const { service } = await walkInServiceAt(db, locationId, serviceId, now);
  await ensureRunsService(db, who, service.organizationId);
  const tickets = await repo.ticketsAt(db, locationId, queueDateOf(now), serviceId);
  const { summary, averageMinutes } = queueState(tickets);
  return { ...summary, averageMinutes: Math.round(averageMinutes), open: service.openNow, tickets: tickets.map(staffTicket) };
}

/**
 * Calls the lowest waiting number to the given room or desk. A resident who took the number
 * online is also told by message, in case they stepped away from the screen.
 */
export async function callNext(db: Db, who: Accessor, input: CallNextInput, now = new Date()) {
  const { service } = await walkInServiceAt(db, input.locationId, input.serviceId, now);
  await ensureRunsService(db, who, service.organizationId);
  const key = { locationId: input.locationId, serviceId: input.serviceId, queueDate: queueDateOf(now) };
  const called = await db.transaction(async (tx) => {
    const row = await repo.callLowestWaiting(tx, key, { calledAt: now, calledById: who.user.id, calledByName: who.user.displayName, calledTo: input.calledTo });
    if (row?.clientId) await tellCalled(tx, row, service.name.fi);
    return row;
  });
  if (!called) throw new AppError('conflict', 'Nobody is waiting in this queue.', { reasons: ['queue_empty'] });
  return staffTicket(called);
}

/**
 * Tells the client that their number was called; a child without an account of their own is
 * waiting with a guardian, so each guardian with an account is told instead.
 */
async function tellCalled(tx: DbOrTx, ticket: repo.TicketRow, serviceName: string) {
  const [client] = await clientsByIds(tx, [ticket.clientId!]);
  if (!client) return;
  const recipients = client.userId ? [client.userId] : (await guardiansOf(tx, client.id)).flatMap((g) => (g.userId ? [g.userId] : []));
  for (const userId of recipients) {
    await notify(tx, { userId, clientId: client.id, template: 'walk_in_called', params: { number: String(ticket.number), service: serviceName, to: ticket.calledTo ?? '' }, dedupeKey: `walk-in-called:${ticket.id}:${userId}` });
  }
}

const FINISH_FROM = { served: ['called'], left: ['waiting', 'called'] } as const;

/** Marks a ticket served (after being called) or left (the person did not come or went away). */
export async function finishTicket(db: Db, who: Accessor, ticketId: string, status: 'served' | 'left', now = new Date()) {
  const ticket = await repo.findTicket(db, ticketId);
  if (!ticket) throw new AppError('not_found', 'No queue ticket with this id.');
  const service = await publishedService(db, ticket.serviceId);
  if (!service) throw new AppError('not_found', 'The service of this ticket is no longer published.');
  await ensureRunsService(db, who, service.organizationId);
  const finished = await repo.finishTicket(db, ticket.id, FINISH_FROM[status], status, now);
  if (!finished) throw new AppError('conflict', `A ticket that is ${ticket.status} cannot be marked ${status}.`);
  return staffTicket(finished);
}

/** The resident's audit event for a number taken online: their own (or their ward's) contact. */
function residentAudit(who: Accessor, target: Awaited<ReturnType<typeof actingTarget>>) {
  return async (db: DbOrTx, ticket: repo.TicketRow) =>
    recordAudit(db, {
      actor: { id: who.user.id, name: who.user.displayName, role: who.user.role },
      action: 'client.walk_in_ticket.write',
      outcome: 'success',
      resourceType: 'walk_in_ticket',
      resourceId: ticket.id,
      clientId: target.client.id,
      basis: target.actingAs === 'guardian' ? 'guardian' : 'own',
      requestId: who.requestId,
      ip: who.ip,
    });
}

/** A resident takes a number online, for themself or a minor in their care. */
export async function takeMyTicket(db: Db, who: Accessor, forId: string | undefined, input: TicketInput, now = new Date()) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  return takeTicket(db, input, { channel: 'online', client: target.client, audit: residentAudit(who, target) }, now);
}

/**
 * The resident's numbers of today with their place in the queue. Only the number and the queue
 * are shown, nothing of the record, so reading them leaves no event in the access log (the page
 * refreshes often); taking the number did.
 */
export async function myTickets(db: Db, who: Accessor, forId: string | undefined, now = new Date()) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  const mine = await repo.ticketsOfClient(db, target.client.id, queueDateOf(now));
  const queues = await repo.ticketsOfQueues(db, mine);
  const places = new Map<string, Awaited<ReturnType<typeof walkInServicesAt>>>();
  for (const locationId of new Set(mine.map((t) => t.locationId))) places.set(locationId, await walkInServicesAt(db, locationId, now));
  return mine.map((t) => {
    const place = places.get(t.locationId)!;
    const service = place.services.find((s) => s.serviceId === t.serviceId);
    const queue = queues.filter((q) => q.serviceId === t.serviceId && q.locationId === t.locationId);
    return ticketView(t, queue, { location: place.location.name, service: service?.name ?? { fi: '' } });
  });
}
