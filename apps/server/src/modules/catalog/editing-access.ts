import { AppError, type ServiceStatus } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import type { SessionUser } from '../auth/service.ts';
import * as editingRepo from './repo-editing.ts';

const COORDINATOR_ROLES = new Set(['service_coordinator', 'admin']);

export const isCoordinator = (user: SessionUser) => COORDINATOR_ROLES.has(user.role);
export const auditActor = (user: SessionUser) => ({ id: user.id, name: user.displayName, role: user.role });

/** The organisations whose services and locations the user keeps; null means every one (coordinators). */
export async function editableOrganizations(db: DbOrTx, user: SessionUser): Promise<string[] | null> {
  if (isCoordinator(user)) return null;
  if (user.role !== 'producer_admin') return [];
  return editingRepo.organizationsOfAdmin(db, user.id);
}

/**
 * Refuses anyone but a coordinator or an administrator of the owning organisation. An entry
 * without an organisation (the region's own premises) is the coordinators' alone.
 */
export async function ensureMayEdit(db: DbOrTx, user: SessionUser, organizationId: string | null, what: string): Promise<{ asCoordinator: boolean }> {
  if (isCoordinator(user)) return { asCoordinator: true };
  if (user.role === 'producer_admin' && organizationId && (await editingRepo.isOrganizationAdmin(db, user.id, organizationId))) {
    return { asCoordinator: false };
  }
  throw new AppError('forbidden', `Only the producer's own administrators and service coordinators may change this ${what}.`);
}

/**
 * The statuses a service may be moved to. Coordinators move it anywhere; a producer only submits
 * their own draft for review, because publishing is the coordinator's decision.
 */
export function allowedStatuses(current: ServiceStatus, asCoordinator: boolean): ServiceStatus[] {
  if (asCoordinator) return (['draft', 'in_review', 'published', 'archived'] as const).filter((s) => s !== current);
  return current === 'draft' ? ['in_review'] : [];
}
