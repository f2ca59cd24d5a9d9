import { AppError, callbackDueAt, isCallbackOverdue, routeCallback, waitingMinutes } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit, type AuditEntry } from '../audit/service.ts';
import { publishedService } from '../catalog/service.ts';
import { actingTarget, clientsByIds, fullName, unitOfUser, type Accessor } from '../clients/service.ts';
import { notify } from '../notifications/service.ts';
import { openPlanOf } from '../plans/service.ts';
import * as repo from './callback-repo.ts';
import type { CallbackInput } from './callback-schema.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const formatDue = (d: Date) => new Intl.DateTimeFormat('fi-FI', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(d);

async function serviceNames(db: DbOrTx, rows: repo.CallbackRow[]) {
  const ids = [...new Set(rows.flatMap((r) => (r.serviceId ? [r.serviceId] : [])))];
  const found = await Promise.all(ids.map((id) => publishedService(db, id)));
  return new Map(found.flatMap((s) => (s ? [[s.id, s.name] as const] : [])));
}

const preferredOf = (r: repo.CallbackRow) => ({ from: iso(r.preferredFrom), to: iso(r.preferredTo), note: r.preferredNote });

function myView(r: repo.CallbackRow, services: Map<string, string>) {
  return {
    id: r.id,
    topic: r.topic,
    phone: r.phone,
    preferred: preferredOf(r),
    routedTo: r.routedToName ?? services.get(r.queueServiceId ?? '') ?? '',
    status: r.status as 'waiting' | 'handled',
    createdAt: r.createdAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    handledAt: iso(r.handledAt),
  };
}

/**
 * A resident asks to be called back. The responsible worker of the client's open plan gets the
 * request; without one, the shared queue of the service the resident chose. The request, its
 * audit event and the confirmation message commit together.
 */
export async function requestCallback(db: Db, who: Accessor, forId: string | undefined, input: CallbackInput, dueHours: number, now = new Date()) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  const service = input.serviceId ? await publishedService(db, input.serviceId) : undefined;
  if (input.serviceId && !service) {
    throw new AppError('validation', 'No published service with this id.', { errors: [{ field: 'body.serviceId', message: 'No published service with this id.' }] });
  }
  const plan = await openPlanOf(db, target.client.id);
  const route = routeCallback(plan ? { id: plan.responsibleWorkerId, name: plan.responsibleWorkerName } : null, service ?? null);
  if (!route) {
    const message = 'Choose the service whose staff should call you back.';
    throw new AppError('validation', message, { errors: [{ field: 'body.serviceId', message }] });
  }
  const dueAt = callbackDueAt(now, dueHours);
  const row = await db.transaction(async (tx) => {
    const saved = await repo.insertCallback(tx, {
      clientId: target.client.id,
      serviceId: service?.id ?? null,
      topic: input.topic,
      phone: input.phone,
      preferredFrom: input.preferredFrom ? new Date(input.preferredFrom) : null,
      preferredTo: input.preferredTo ? new Date(input.preferredTo) : null,
      preferredNote: input.preferredNote || null,
      ...(route.kind === 'worker' ? { routedToUserId: route.userId, routedToName: route.name } : { queueOrganizationId: route.organizationId, queueServiceId: route.serviceId }),
      dueAt,
      createdAt: now,
    });
    await recordAudit(tx, {
      actor: { id: who.user.id, name: who.user.displayName, role: who.user.role },
      action: 'client.callback.write',
      outcome: 'success',
      resourceType: 'callback_request',
      resourceId: saved.id,
      clientId: target.client.id,
      basis: target.actingAs === 'guardian' ? 'guardian' : 'own',
      requestId: who.requestId,
      ip: who.ip,
    });
    await notify(tx, { userId: who.user.id, clientId: target.client.id, template: 'callback_received', params: { topic: input.topic, phone: input.phone, due: formatDue(dueAt) }, dedupeKey: `callback-received:${saved.id}` });
    return saved;
  });
  return myView(row, await serviceNames(db, [row]));
}

/** The resident's own requests (or a minor's in their care), newest first, with who will call. */
export async function myCallbacks(db: Db, who: Accessor, forId: string | undefined) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  const rows = await repo.callbacksOfClient(db, target.client.id);
  const services = await serviceNames(db, rows);
  return rows.map((r) => myView(r, services));
}

/** The organisations whose shared queues the user answers: that of their own service unit. */
async function queueOrganizations(db: DbOrTx, userId: string): Promise<string[]> {
  const unit = await unitOfUser(db, userId);
  return unit ? [unit.organizationId] : [];
}

/**
 * The request itself is the staff member's basis: the client asked to be called. Each read and
 * handling is written in the client's access log under it.
 */
function callbackAudit(who: Accessor, r: repo.CallbackRow, verb: 'read' | 'handle', refusal?: string): AuditEntry {
  return {
    actor: { id: who.user.id, name: who.user.displayName, role: who.user.role },
    action: `client.callback.${verb}`,
    outcome: refusal ? 'denied' : 'success',
    resourceType: 'callback_request',
    resourceId: r.id,
    clientId: r.clientId,
    basis: refusal ? null : 'callback_request',
    reason: refusal ?? null,
    requestId: who.requestId,
    ip: who.ip,
  };
}

async function staffViews(db: DbOrTx, who: Accessor, rows: repo.CallbackRow[], now: Date) {
  const [clients, services] = await Promise.all([clientsByIds(db, [...new Set(rows.map((r) => r.clientId))]), serviceNames(db, rows)]);
  const names = new Map(clients.map((c) => [c.id, fullName(c)]));
  return rows.map((r) => {
    const status = r.status as 'waiting' | 'handled';
    return {
      id: r.id,
      client: { id: r.clientId, name: names.get(r.clientId) ?? '' },
      topic: r.topic,
      phone: r.phone,
      preferred: preferredOf(r),
      service: r.serviceId ? { id: r.serviceId, name: services.get(r.serviceId) ?? '' } : null,
      route: r.routedToUserId === who.user.id ? ('mine' as const) : ('shared' as const),
      routedTo: r.routedToName,
      status,
      createdAt: r.createdAt.toISOString(),
      dueAt: r.dueAt.toISOString(),
      waitingMinutes: waitingMinutes(r.createdAt, r.handledAt ?? now),
      overdue: isCallbackOverdue(status, r.dueAt, now),
      handledBy: r.handledByName,
      handledAt: iso(r.handledAt),
      handledNote: r.handledNote,
      version: r.version,
    };
  });
}

const STATUSES = { waiting: ['waiting'], handled: ['handled'], all: ['waiting', 'handled'] } as const;

/** Mine and my organisation's shared queue, longest waiting first; each listed request is a read in the client's log. */
export async function staffCallbacks(db: Db, who: Accessor, filter: keyof typeof STATUSES, now = new Date()) {
  who.checked();
  const rows = await repo.callbacksFor(db, who.user.id, await queueOrganizations(db, who.user.id), STATUSES[filter]);
  if (rows.length > 0) await recordAudit(db, rows.map((r) => callbackAudit(who, r, 'read')));
  return staffViews(db, who, rows, now);
}

/** Marks a request handled with a note of the call: the worker it was routed to, or anyone of the queue's organisation. */
export async function handleCallback(db: Db, who: Accessor, id: string, input: { note: string; version: number }, now = new Date()) {
  who.checked();
  const request = await repo.findCallback(db, id);
  if (!request) throw new AppError('not_found', 'No call-back request with this id.');
  const mayHandle = request.routedToUserId ? request.routedToUserId === who.user.id : (await queueOrganizations(db, who.user.id)).includes(request.queueOrganizationId ?? '');
  if (!mayHandle) {
    await recordAudit(db, callbackAudit(who, request, 'handle', 'not_callback_recipient'));
    throw new AppError('forbidden', 'The request is for its responsible worker or the shared queue of another organisation.', { reasons: ['not_callback_recipient'] });
  }
  const stale = () => new AppError('conflict', 'Someone handled or changed the request in the meantime. Load it again.');
  if (request.version !== input.version || request.status !== 'waiting') throw stale();
  const handled = await db.transaction(async (tx) => {
    const row = await repo.markHandled(tx, request.id, input.version, { handledById: who.user.id, handledByName: who.user.displayName, handledAt: now, handledNote: input.note });
    if (!row) throw stale();
    await recordAudit(tx, callbackAudit(who, row, 'handle'));
    return row;
  });
  return (await staffViews(db, who, [handled], now))[0]!;
}
