import { AppError, type ServiceStatus } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { SessionUser } from '../auth/service.ts';
import { recordAudit } from '../audit/service.ts';
import { allowedStatuses, auditActor, ensureMayEdit } from './editing-access.ts';
import * as editingRepo from './repo-editing.ts';
import * as repo from './repo.ts';
import type { ServicePatch } from './schema.ts';
import { refreshSearchIndex } from './search-index.ts';

type Changes = Omit<ServicePatch, 'version'>;
type Text = { fi: string; sv?: string | undefined; en?: string | undefined };

/** A blank translation is stored as missing, so readers fall back to Finnish instead of an empty text. */
const text = (prefix: 'name' | 'summary' | 'description', t: Text | undefined) =>
  t ? { [`${prefix}Fi`]: t.fi, [`${prefix}Sv`]: t.sv || null, [`${prefix}En`]: t.en || null } : {};

/** The change as column values of the services table. */
function columnsOf(patch: Changes) {
  return {
    ...text('name', patch.name),
    ...text('summary', patch.summary),
    ...text('description', patch.description),
    ...(patch.keywords ? { keywords: patch.keywords } : {}),
    ...(patch.targetGroups ? { targetGroups: patch.targetGroups } : {}),
    ...(patch.languages ? { languages: patch.languages } : {}),
    ...(patch.qualityCriteria ? { qualityCriteria: patch.qualityCriteria } : {}),
    ...(patch.fee
      ? { feeType: patch.fee.type, feeAmountCents: patch.fee.amountCents ?? null, feeUnit: patch.fee.unit ?? null, feeRule: patch.fee.rule }
      : {}),
  };
}

const staleVersion = () => new AppError('conflict', 'The service was changed meanwhile. Reload it and make your change again.');

/** The service with the caller's standing on it: 404 when there is none, 403 when it is not theirs. */
export async function loadEditable(db: DbOrTx, user: SessionUser, serviceId: string) {
  const found = await repo.findService(db, serviceId);
  if (!found) throw new AppError('not_found', 'No service with this id.');
  const { asCoordinator } = await ensureMayEdit(db, user, found.service.organizationId, 'service');
  return { ...found, asCoordinator };
}

async function apply(tx: DbOrTx, user: SessionUser, serviceId: string, version: number, changes: Changes, action: string) {
  if (!(await editingRepo.updateServiceColumns(tx, serviceId, version, columnsOf(changes)))) throw staleVersion();
  await editingRepo.insertHistory(tx, { serviceId, version: version + 1, changedBy: user.id, changedByName: user.displayName, action, changes, comment: null });
  await refreshSearchIndex(tx, [serviceId]);
  return version + 1;
}

/**
 * Saves a change to a service. A coordinator's change (or a producer's change to an unpublished
 * service) is applied at once; a producer's change to a published service waits for review.
 */
export async function editService(db: Db, user: SessionUser, serviceId: string, patch: ServicePatch, requestId: string) {
  const { version: expected, ...changes } = patch;
  return db.transaction(async (tx) => {
    const { service, asCoordinator } = await loadEditable(tx, user, serviceId);
    if (expected !== undefined && expected !== service.version) throw staleVersion();
    if (!asCoordinator && service.status === 'published') {
      const alreadyWaiting = () => new AppError('conflict', 'A change to this service is already waiting for review.');
      if ((await editingRepo.pendingReviewsOf(tx, [serviceId])).length > 0) throw alreadyWaiting();
      let review;
      try {
        review = await editingRepo.insertReview(tx, { serviceId, baseVersion: service.version, proposed: changes, submittedBy: user.id });
      } catch {
        // Another proposal got in between the check and the insert: the unique index refused this one.
        throw alreadyWaiting();
      }
      await editingRepo.insertHistory(tx, { serviceId, version: service.version, changedBy: user.id, changedByName: user.displayName, action: 'proposed', changes, comment: null });
      await recordAudit(tx, { actor: auditActor(user), action: 'catalog.service.propose', outcome: 'success', resourceType: 'service', resourceId: serviceId, requestId });
      return { outcome: 'in_review' as const, version: service.version, reviewId: review.id };
    }
    const version = await apply(tx, user, serviceId, service.version, changes, 'updated');
    await recordAudit(tx, { actor: auditActor(user), action: 'catalog.service.update', outcome: 'success', resourceType: 'service', resourceId: serviceId, requestId });
    return { outcome: 'applied' as const, version, reviewId: null };
  });
}

export async function decide(
  db: Db,
  user: SessionUser,
  reviewId: string,
  decision: { approve: true } | { approve: false; comment: string },
  requestId: string,
) {
  return db.transaction(async (tx) => {
    const review = await editingRepo.findReview(tx, reviewId);
    if (!review) throw new AppError('not_found', 'No review with this id.');
    const comment = decision.approve ? null : decision.comment;
    if (!(await editingRepo.decideReview(tx, reviewId, { status: decision.approve ? 'approved' : 'returned', decidedBy: user.id, comment }))) {
      throw new AppError('conflict', 'This change has already been decided.');
    }
    const found = await repo.findService(tx, review.serviceId);
    let version = found!.service.version;
    if (decision.approve) {
      version = await apply(tx, user, review.serviceId, version, review.proposed as Changes, 'approved');
    } else {
      await editingRepo.insertHistory(tx, { serviceId: review.serviceId, version, changedBy: user.id, changedByName: user.displayName, action: 'returned', changes: {}, comment });
    }
    await recordAudit(tx, {
      actor: auditActor(user),
      action: decision.approve ? 'catalog.review.approve' : 'catalog.review.return',
      outcome: 'success',
      resourceType: 'service',
      resourceId: review.serviceId,
      reason: comment,
      requestId,
    });
    return { outcome: 'applied' as const, version, reviewId };
  });
}

/**
 * Moves a service to another status: coordinators anywhere, a producer only their draft to review.
 * Publishing or withdrawing changes what residents find, so the search rows follow at once.
 */
export async function changeStatus(
  db: Db,
  user: SessionUser,
  serviceId: string,
  change: { status: ServiceStatus; version?: number | undefined; comment?: string | undefined },
  requestId: string,
) {
  return db.transaction(async (tx) => {
    const { service, asCoordinator } = await loadEditable(tx, user, serviceId);
    const from = service.status as ServiceStatus;
    if (change.version !== undefined && change.version !== service.version) throw staleVersion();
    if (from === change.status) throw new AppError('conflict', `The service is already ${from}.`);
    if (!allowedStatuses(from, asCoordinator).includes(change.status)) {
      throw new AppError('forbidden', 'A producer may only submit a draft for review; a service coordinator decides the rest.');
    }
    if (!(await editingRepo.updateServiceColumns(tx, serviceId, service.version, { status: change.status }))) throw staleVersion();
    const version = service.version + 1;
    const comment = change.comment || null;
    await editingRepo.insertHistory(tx, {
      serviceId,
      version,
      changedBy: user.id,
      changedByName: user.displayName,
      action: 'status',
      changes: { status: { from, to: change.status } },
      comment,
    });
    await refreshSearchIndex(tx, [serviceId]);
    await recordAudit(tx, {
      actor: auditActor(user),
      action: 'catalog.service.status',
      outcome: 'success',
      resourceType: 'service',
      resourceId: serviceId,
      reason: `${from} -> ${change.status}${comment ? `: ${comment}` : ''}`,
      requestId,
    });
    return { status: change.status, version };
  });
}

export async function history(db: Db, user: SessionUser, serviceId: string) {
  await loadEditable(db, user, serviceId);
  const rows = await editingRepo.historyOf(db, serviceId);
  return rows.map((h) => ({
    version: h.version,
    action: h.action,
    changedAt: h.changedAt.toISOString(),
    changedByName: h.changedByName,
    changes: h.changes as Record<string, unknown>,
    comment: h.comment,
  }));
}

export const addOrganizationAdmin = editingRepo.addOrganizationAdmin;
