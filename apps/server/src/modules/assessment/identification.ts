import { ageOn, AppError, helsinkiDate, worklistGroupOf, worklistReasons, type Segment, type WorklistGroup } from '@avain/domain';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import { activeRelationsOf, clientsByIds, fullName, heavyServiceUsers, loadClient, openRelation, serviceUseOf, unitOfUser, type Accessor, type ServiceUse } from '../clients/service.ts';
import { clientsWithOpenPlan } from '../plans/service.ts';
import { actorOf } from './assessments.ts';
import * as repo from './repo.ts';
import type { SettingsView } from './schema.ts';
import { identificationSettings, serviceUseSince, SETTINGS_KEY } from './service.ts';

/** Enough for a coordinator's working list; the heaviest users come first. */
const WORKLIST_LIMIT = 500;


export const readSettings = identificationSettings;

/** Saves the settings over the version the editor saw: a stale version is a 409, and every save is audited. */
export async function saveSettings(db: Db, who: Accessor, input: Omit<SettingsView, 'updatedBy' | 'updatedAt'>) {
  const by = { thresholds: input.thresholds, worklist: input.worklist, updatedById: who.user.id, updatedByName: who.user.displayName };
  await db.transaction(async (tx) => {
    const saved =
      input.version === 0
        ? await repo.insertSettings(tx, { key: SETTINGS_KEY, ...by, version: 1 })
        : await repo.updateSettings(tx, SETTINGS_KEY, input.version, by);
    if (!saved) throw new AppError('conflict', 'The settings were changed meanwhile. Reload them and make your change again.');
    await recordAudit(tx, {
      actor: actorOf(who),
      action: 'identification.settings.change',
      outcome: 'success',
      resourceType: 'identification_settings',
      resourceId: `${SETTINGS_KEY} v${saved.version}`,
      requestId: who.requestId,
      ip: who.ip,
    });
  });
  return identificationSettings(db);
}

const quiet = (clientId: string): ServiceUse => ({ clientId, contacts: 0, distinctUnits: 0, bothRegisters: false });

/**
 * The early identification worklist (D8): clients with heavy service use across both registers, or
 * whose latest assessment is multi-professional, who have no open joint plan yet; children and
 * young people in their own view. Reads counts and segments, never register content, yet each
 * listed client sees in their access log that a coordinator saw them on the list.
 */
export async function worklist(db: Db, who: Accessor, group: WorklistGroup, now = new Date()) {
  who.checked();
  const { worklist: criteria } = await identificationSettings(db);
  const [heavy, multi] = await Promise.all([
    heavyServiceUsers(db, serviceUseSince(now), criteria.minUnits, criteria.minContacts, WORKLIST_LIMIT),
    criteria.includeMultiProfessional ? repo.latestSegments(db, { segment: 'multi_professional' }) : Promise.resolve([]),
  ]);
  const use = new Map(heavy.map((u) => [u.clientId, u]));
  const segments = new Map(multi.map((m) => [m.clientId, m.segment as Segment]));
  const candidates = [...new Set([...use.keys(), ...segments.keys()])];
  const withPlan = await clientsWithOpenPlan(db, candidates);
  const clients = (await clientsByIds(db, candidates.filter((id) => !withPlan.has(id)))).filter(
    (c) => c.deceasedOn === null && worklistGroupOf(ageOn(c.birthDate, helsinkiDate(now)), criteria) === group,
  );
  // Clients listed for their segment alone still show their service use, as figures.
  for (const c of clients.filter((c) => !use.has(c.id))) use.set(c.id, await serviceUseOf(db, c.id, serviceUseSince(now)));
  const claims = new Map((await repo.claimsOf(db, clients.map((c) => c.id))).map((c) => [c.clientId, c]));

  const rows = clients
    .map((c) => {
      const u = use.get(c.id) ?? quiet(c.id);
      const claim = claims.get(c.id);
      return {
        clientId: c.id,
        name: fullName(c),
        age: ageOn(c.birthDate, helsinkiDate(now)),
        reasons: worklistReasons(u, segments.get(c.id) ?? null, criteria),
        serviceUse: { contacts: u.contacts, distinctUnits: u.distinctUnits },
        takenBy: claim ? { id: claim.coordinatorId, name: claim.coordinatorName, at: claim.takenAt.toISOString() } : null,
      };
    })
    .filter((r) => r.reasons.length > 0)
    .sort((a, b) => b.serviceUse.contacts - a.serviceUse.contacts || a.name.localeCompare(b.name, 'fi') || a.clientId.localeCompare(b.clientId));

  const unit = await unitOfUser(db, who.user.id);
  const organization = unit ? `${unit.nameFi}, ${unit.organizationName}` : null;
  await recordAudit(
    db,
    rows.map((r) => ({ actor: actorOf(who), action: 'client.worklist.listed', outcome: 'success' as const, resourceType: 'worklist', clientId: r.clientId, actorOrganization: organization, requestId: who.requestId, ip: who.ip })),
  );
  return { group, youthMaxAge: criteria.youthMaxAge, rows };
}

/**
 * The coordinator takes a client from the worklist: one taker per client, and a case relation for
 * the taker so that they can read the client and start the joint plan.
 */
export async function takeFromWorklist(db: Db, who: Accessor, clientId: string, now = new Date()) {
  const client = await loadClient(db, clientId);
  who.checked();
  const { worklist: criteria } = await identificationSettings(db);
  const [use, [latest], withPlan] = await Promise.all([serviceUseOf(db, client.id, serviceUseSince(now)), repo.latestSegments(db, { clientId }), clientsWithOpenPlan(db, [clientId])]);
  if (withPlan.has(clientId) || worklistReasons(use, (latest?.segment as Segment | undefined) ?? null, criteria).length === 0) {
    throw new AppError('conflict', 'The client is not on the early identification worklist.');
  }
  const claim = await repo.insertClaim(db, { clientId, coordinatorId: who.user.id, coordinatorName: who.user.displayName });
  if (!claim) {
    const holder = await repo.findClaim(db, clientId);
    throw new AppError('conflict', `${holder?.coordinatorName ?? 'Another coordinator'} has taken this client already.`);
  }
  const relationOpened = (await activeRelationsOf(db, clientId, who.user.id, now)).length === 0;
  try {
    if (relationOpened) await openRelation(db, who, clientId, { kind: 'case', needsAddress: false, endsAt: null, note: 'Varhainen tunnistaminen: otettu työlistalta' });
  } catch (error) {
    // No relation, no claim: another coordinator must be able to take the client.
    await repo.deleteClaim(db, clientId, who.user.id);
    throw error;
  }
  await recordAudit(db, { actor: actorOf(who), action: 'client.worklist.take', outcome: 'success', resourceType: 'worklist', clientId, requestId: who.requestId, ip: who.ip });
  return { clientId, takenBy: { id: claim.coordinatorId, name: claim.coordinatorName, at: claim.takenAt.toISOString() }, relationOpened };
}
