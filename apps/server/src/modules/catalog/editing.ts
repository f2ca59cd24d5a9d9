import { AppError, type LocalizedText } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { SessionUser } from '../auth/service.ts';
import { recordAudit } from '../audit/service.ts';
import * as editingRepo from './repo-editing.ts';
import * as repo from './repo.ts';
import type { ServicePatch } from './schema.ts';
import { refreshSearchIndex } from './search-index.ts';

const COORDINATOR_ROLES = new Set(['service_coordinator', 'admin']);
const actor = (u: SessionUser) => ({ id: u.id, name: u.displayName, role: u.role });

const text = (prefix: 'name' | 'summary' | 'description', t: LocalizedText | undefined) =>
  t ? { [`${prefix}Fi`]: t.fi, [`${prefix}Sv`]: t.sv ?? null, [`${prefix}En`]: t.en ?? null } : {};

/** The patch as column values of the services table. */
function columnsOf(patch: ServicePatch) {
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

async function loadEditable(db: DbOrTx, user: SessionUser, serviceId: string) {
  const found = await repo.findService(db, serviceId);
  if (!found) throw new AppError('not_found', 'No service with this id.');
  if (COORDINATOR_ROLES.has(user.role)) return { ...found, asCoordinator: true };
  if (user.role === 'producer_admin' && (await editingRepo.isOrganizationAdmin(db, user.id, found.service.organizationId))) {
    return { ...found, asCoordinator: false };
  }
  throw new AppError('forbidden', "Only the producer's own administrators and service coordinators may change this service.");
}

async function apply(tx: DbOrTx, user: SessionUser, serviceId: string, version: number, patch: ServicePatch, action: string, comment: string | null) {
  if (!(await editingRepo.updateServiceColumns(tx, serviceId, version, columnsOf(patch)))) {
    throw new AppError('conflict', 'The service was changed meanwhile. Reload it and make your change again.');
  }
  await editingRepo.insertHistory(tx, { serviceId, version: version + 1, changedBy: user.id, changedByName: user.displayName, action, changes: patch, comment });
  await refreshSearchIndex(tx, [serviceId]);
  return version + 1;
}

/**
 * Saves a change to a service. A coordinator's change (or a producer's change to an unpublished
 * service) is applied at once; a producer's change to a published service waits for review.
 */
export async function editService(db: Db, user: SessionUser, serviceId: string, patch: ServicePatch, requestId: string) {
  return db.transaction(async (tx) => {
    const { service, asCoordinator } = await loadEditable(tx, user, serviceId);
    if (!asCoordinator && service.status === 'published') {
      let review;
      try {
        review = await editingRepo.insertReview(tx, { serviceId, baseVersion: service.version, proposed: patch, submittedBy: user.id });
      } catch {
        throw new AppError('conflict', 'A change to this service is already waiting for review.');
      }
      await editingRepo.insertHistory(tx, { serviceId, version: service.version, changedBy: user.id, changedByName: user.displayName, action: 'proposed', changes: patch, comment: null });
      await recordAudit(tx, { actor: actor(user), action: 'catalog.service.propose', outcome: 'success', resourceType: 'service', resourceId: serviceId, requestId });
      return { outcome: 'in_review' as const, version: service.version, reviewId: review.id };
    }
    const version = await apply(tx, user, serviceId, service.version, patch, 'updated', null);
    await recordAudit(tx, { actor: actor(user), action: 'catalog.service.update', outcome: 'success', resourceType: 'service', resourceId: serviceId, requestId });
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
      version = await apply(tx, user, review.serviceId, version, review.proposed as ServicePatch, 'approved', null);
    } else {
      await editingRepo.insertHistory(tx, { serviceId: review.serviceId, version, changedBy: user.id, changedByName: user.displayName, action: 'returned', changes: {}, comment });
    }
    await recordAudit(tx, {
      actor: actor(user),
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

export async function reviews(db: Db, status: string) {
  const rows = await editingRepo.listReviews(db, status);
  return rows.map(({ review, service }) => ({
    id: review.id,
    serviceId: review.serviceId,
    serviceName: service.nameFi,
    status: review.status,
    proposed: review.proposed as Record<string, unknown>,
    submittedAt: review.submittedAt.toISOString(),
    comment: review.comment,
  }));
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
