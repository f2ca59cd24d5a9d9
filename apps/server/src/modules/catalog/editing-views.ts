import type { LocalizedText } from '@avain/domain';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { SessionUser } from '../auth/service.ts';
import { allowedStatuses, editableOrganizations } from './editing-access.ts';
import { loadEditable } from './editing.ts';
import type { editableService as editableServiceSchema, myServicesQuery } from './editing-schema.ts';
import { localized } from './localized.ts';
import * as editingRepo from './repo-editing.ts';
import * as repo from './repo.ts';

type EditableService = z.infer<typeof editableServiceSchema>;
type Status = EditableService['status'];

const organizationSummary = (o: repo.OrganizationRow) => ({ id: o.id, name: localized(o.nameFi, o.nameSv, o.nameEn) });

/** A service's editable fields in the shape of a change (PATCH body), so the two compare field by field. */
function editableValues(s: repo.ServiceRow) {
  return {
    name: localized(s.nameFi, s.nameSv, s.nameEn),
    summary: localized(s.summaryFi, s.summarySv, s.summaryEn),
    description: localized(s.descriptionFi, s.descriptionSv, s.descriptionEn),
    keywords: s.keywords,
    targetGroups: s.targetGroups,
    languages: s.languages,
    qualityCriteria: s.qualityCriteria as LocalizedText,
    fee: { type: s.feeType, amountCents: s.feeAmountCents, unit: s.feeUnit, rule: s.feeRule as LocalizedText },
  };
}

/** The services the caller keeps: a producer's own organisations' (any status), every service for coordinators. */
export async function myServices(db: Db, user: SessionUser, query: z.infer<typeof myServicesQuery>) {
  const organizationIds = await editableOrganizations(db, user);
  const { rows, total } = await editingRepo.pageOfEditableServices(db, { organizationIds, ...query });
  const pending = new Map((await editingRepo.pendingReviewsOf(db, rows.map((r) => r.service.id))).map((r) => [r.serviceId, r]));
  return {
    items: rows.map(({ service: s, organization }) => {
      const review = pending.get(s.id);
      return {
        id: s.id,
        code: s.code,
        name: localized(s.nameFi, s.nameSv, s.nameEn),
        status: s.status as Status,
        version: s.version,
        updatedAt: s.updatedAt.toISOString(),
        organization: organizationSummary(organization),
        pendingReview: review ? { id: review.id, submittedAt: review.submittedAt.toISOString() } : null,
      };
    }),
    total,
  };
}

/** Everything an editor may change on a service, whatever its status, with a change waiting for review. */
export async function editableService(db: Db, user: SessionUser, serviceId: string): Promise<EditableService> {
  const { service: s, organization, asCoordinator } = await loadEditable(db, user, serviceId);
  const [[review], places] = await Promise.all([editingRepo.pendingReviewsOf(db, [serviceId]), repo.placesOfService(db, serviceId)]);
  const status = s.status as Status;
  return {
    id: s.id,
    code: s.code,
    status,
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
    organization: organizationSummary(organization),
    serviceClass: s.serviceClass,
    lifeCourseGroup: s.lifeCourseGroup,
    ...editableValues(s),
    locations: places.map(({ location: l }) => ({ id: l.id, name: localized(l.nameFi, l.nameSv, l.nameEn) })),
    pendingReview: review
      ? { id: review.id, submittedAt: review.submittedAt.toISOString(), proposed: review.proposed as Record<string, unknown> }
      : null,
    changesNeedReview: !asCoordinator && status === 'published',
    allowedStatuses: allowedStatuses(status, asCoordinator),
  };
}

/** The review queue, each proposal beside the service's present values of the same fields. */
export async function reviews(db: Db, status: string) {
  const rows = await editingRepo.listReviews(db, status);
  return rows.map(({ review, service, organization }) => {
    const proposed = review.proposed as Record<string, unknown>;
    const values: Record<string, unknown> = editableValues(service);
    return {
      id: review.id,
      serviceId: review.serviceId,
      serviceName: service.nameFi,
      organizationName: organization.nameFi,
      status: review.status,
      proposed,
      current: Object.fromEntries(Object.keys(proposed).map((key) => [key, values[key] ?? null])),
      baseVersion: review.baseVersion,
      currentVersion: service.version,
      submittedAt: review.submittedAt.toISOString(),
      decidedAt: review.decidedAt?.toISOString() ?? null,
      comment: review.comment,
    };
  });
}
