import { randomUUID } from 'node:crypto';
import { AppError, CLIENT_DATA_ROLES, validatePlanContent, type FieldError, type PlanContent, type Role, type TeamMember } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import { usersByIds, usersWithRoles } from '../auth/service.ts';
import { serviceDetails } from '../catalog/service.ts';
import { activeRelationsOf, saveRelation, unitsOfUsers, type Accessor, type ClientRow } from '../clients/service.ts';
import type { PlanContentInput } from './schema.ts';

/** Unique enough within one plan's content, and short enough for a FHIR id. */
const shortId = () => randomUUID().slice(0, 8);

const invalid = (errors: FieldError[]) =>
  new AppError('validation', `The plan is not valid — ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, { errors });

async function plannedServices(db: Db, input: PlanContentInput['services']) {
  const errors: FieldError[] = [];
  const services = [];
  for (const [i, s] of input.entries()) {
    try {
      const found = await serviceDetails(db, s.serviceId);
      services.push({ ...s, name: found.name.fi, producer: found.organization.name.fi });
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'not_found')) throw error;
      errors.push({ field: `body.services.${i}.serviceId`, message: 'is not a published service of the catalogue' });
    }
  }
  return { services, errors };
}

/** Staff members are taken from their accounts: the name, unit and role the platform knows, not what was sent. */
async function teamMembers(db: Db, input: PlanContentInput['team']) {
  const staffIds = input.flatMap((m) => (m.kind === 'staff' ? [m.userId] : []));
  const [users, units] = await Promise.all([usersByIds(db, staffIds), unitsOfUsers(db, staffIds)]);
  const errors: FieldError[] = [];
  const team: TeamMember[] = input.map((m, i) => {
    if (m.kind === 'external') return { ...m, id: m.id ?? shortId() };
    const user = users.find((u) => u.id === m.userId);
    const unit = units.get(m.userId);
    if (!user || !CLIENT_DATA_ROLES.includes(user.role as Role) || !unit) {
      errors.push({ field: `body.team.${i}.userId`, message: 'is not a member of staff working with clients in a service unit' });
    }
    return { ...m, name: user?.displayName ?? '', unit: unit?.nameFi ?? null };
  });
  return { team, errors };
}

/**
 * The content to store from what was sent: ids given to new goals and actions, services and staff
 * filled in from the catalogue and the accounts, then every rule of the plan checked.
 */
export async function resolveContent(db: Db, input: PlanContentInput): Promise<PlanContent> {
  const [services, team] = await Promise.all([plannedServices(db, input.services), teamMembers(db, input.team)]);
  const content: PlanContent = {
    summary: input.summary,
    goals: input.goals.map((g) => ({ ...g, id: g.id ?? shortId() })),
    services: services.services,
    clientActions: input.clientActions.map((a) => ({ ...a, id: a.id ?? shortId() })),
    team: team.team,
    responsibleWorkerId: input.responsibleWorkerId,
    nextReviewOn: input.nextReviewOn,
  };
  const errors = [...services.errors, ...team.errors, ...validatePlanContent(content).map((e) => ({ ...e, field: `body.${e.field}` }))];
  if (errors.length > 0) throw invalid(errors);
  return content;
}

export const responsibleOf = (content: PlanContent) => {
  const member = content.team.find((m) => m.kind === 'staff' && m.userId === content.responsibleWorkerId)!;
  return { id: content.responsibleWorkerId, name: member.name };
};

/**
 * Staff in the team get a `team` care relation in their own unit, so that they can work with the
 * client; each is written in the client's access log. Runs inside the plan's transaction.
 */
export async function ensureTeamRelations(tx: DbOrTx, who: Accessor, client: ClientRow, planId: string, content: PlanContent, now = new Date()) {
  const staff = content.team.flatMap((m) => (m.kind === 'staff' ? [m] : []));
  const units = await unitsOfUsers(tx, staff.map((m) => m.userId));
  for (const member of staff) {
    const unit = units.get(member.userId)!;
    const existing = await activeRelationsOf(tx, client.id, member.userId, now);
    if (existing.some((r) => r.kind === 'team')) continue;
    const relation = await saveRelation(tx, { clientId: client.id, professionalId: member.userId, unitId: unit.id, kind: 'team', needsAddress: false, startsAt: now, endsAt: null, note: `plan:${planId}` });
    await recordAudit(tx, {
      actor: { id: who.user.id, name: who.user.displayName, role: who.user.role },
      action: 'client.relation.open',
      outcome: 'success',
      resourceType: 'relation:team',
      resourceId: relation.id,
      clientId: client.id,
      reason: `joint plan team: ${member.name}`,
      register: unit.register,
      requestId: who.requestId,
      ip: who.ip,
    });
  }
}

/** Staff who work with clients, with their units: whom a plan's team and responsible worker are chosen from. */
export async function teamCandidates(db: Db, q: string) {
  const users = await usersWithRoles(db, CLIENT_DATA_ROLES, q, 30);
  const units = await unitsOfUsers(db, users.map((u) => u.id));
  return users.flatMap((u) => {
    const unit = units.get(u.id);
    return unit ? [{ id: u.id, name: u.displayName, role: u.role, unit: unit.nameFi, email: u.email }] : [];
  });
}
