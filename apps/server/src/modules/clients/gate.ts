import {
  ageOn,
  AppError,
  decideClientAccess,
  helsinkiDate,
  mayShowProtectedAddress,
  type AccessBasis,
  type DenialReason,
  type Register,
} from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import type { SessionUser } from '../auth/service.ts';
import { recordAudit, type AuditEntry } from '../audit/service.ts';
import * as repo from './repo.ts';

/**
 * Who is asking, per request. `checked` counts access decisions so that a route declared as
 * touching client data can prove it asked (see routes.ts).
 */
export interface Accessor {
  user: SessionUser;
  requestId: string;
  ip: string | null;
  checked: () => void;
}

export type Decision =
  | { allowed: true; basis: AccessBasis; register: Register; showProtectedAddress: boolean }
  | { allowed: false; reason: DenialReason; register: Register };

export const isMinorOn = (client: repo.ClientRow, now: Date) => ageOn(client.birthDate, helsinkiDate(now)) < 18;

/** The viewer's relationship to the client as a resident: themself, a guardian, or neither. */
async function residentFacts(db: DbOrTx, user: SessionUser, client: repo.ClientRow, now: Date) {
  const own = await repo.findClientByUser(db, user.id);
  if (!own) return { isClient: false, isGuardianOfMinor: false };
  if (own.id === client.id) return { isClient: true, isGuardianOfMinor: false };
  const wards = await repo.wardsOf(db, own.id, helsinkiDate(now));
  return { isClient: false, isGuardianOfMinor: isMinorOn(client, now) && wards.some((w) => w.id === client.id) };
}

/** What decides a viewer's access to one client, gathered once for both registers. */
interface Facts {
  resident: { isClient: boolean; isGuardianOfMinor: boolean };
  /** Staff only; undefined for residents and for users in no unit. */
  staff: repo.StaffFacts | undefined;
}

/**
 * The client (given, or read by id) and the facts of the viewer's access to them, in one read for
 * staff; not_found when there is no such client.
 */
async function clientAndFacts(
  db: DbOrTx,
  user: SessionUser,
  clientOrId: repo.ClientRow | string,
  now: Date,
): Promise<{ client: repo.ClientRow; guardians?: repo.GuardianName[]; facts: Facts }> {
  if (user.role === 'resident') {
    const client = typeof clientOrId === 'string' ? await loadClient(db, clientOrId) : clientOrId;
    return { client, facts: { resident: await residentFacts(db, user, client, now), staff: undefined } };
  }
  const found = await repo.accessFacts(db, typeof clientOrId === 'string' ? clientOrId : clientOrId.id, user.id, now);
  if (!found) throw new AppError('not_found', 'No client with this id.');
  return { client: found.client, guardians: found.guardians, facts: { resident: { isClient: false, isGuardianOfMinor: false }, staff: found.staff } };
}

/**
 * The one door to client data: gathers the facts, asks the policy, and leaves exactly one audit
 * event — the access with its basis, or the refusal with its reason. Every read and write of
 * client data goes through here.
 */
export async function decide(
  db: DbOrTx,
  who: Accessor,
  client: repo.ClientRow,
  register: Register,
  action: 'read' | 'write',
  what: string,
  now = new Date(),
): Promise<Decision> {
  const { facts } = await clientAndFacts(db, who.user, client, now);
  const { decision, audit } = judge(who, facts, client, register, action, what);
  await recordAudit(db, audit);
  return decision;
}

/** The decision and the audit event that must be written with it. */
function judge(who: Accessor, facts: Facts, client: repo.ClientRow, register: Register, action: 'read' | 'write', what: string): { decision: Decision; audit: AuditEntry } {
  who.checked();
  const { resident, staff } = facts;
  const unit = staff?.unit;
  const emergencyReason = staff?.emergencyReason ?? null;
  const decision = decideClientAccess({
    viewer: { role: who.user.role, register: (unit?.register as Register | undefined) ?? null, ...resident },
    register,
    action,
    activeRelation: staff?.activeRelation ?? false,
    // Consent matters only for the register that is not the viewer's own.
    coveringConsent: staff !== undefined && staff.unit.register !== register && staff.otherRegisterConsent,
    emergencyReason,
    hiddenFromGuardians: false,
  });
  const audit: AuditEntry = {
    actor: { id: who.user.id, name: who.user.displayName, role: who.user.role },
    action: `client.${what}.${action}`,
    outcome: decision.allowed ? 'success' : 'denied',
    resourceType: what,
    clientId: client.id,
    basis: decision.allowed ? decision.basis : null,
    reason: decision.allowed ? (decision.basis === 'emergency' ? emergencyReason : null) : decision.reason,
    actorOrganization: unit ? `${unit.nameFi}, ${unit.organizationName}` : null,
    register,
    requestId: who.requestId,
    ip: who.ip,
  };
  if (!decision.allowed) return { decision: { allowed: false, reason: decision.reason, register }, audit };
  const showProtectedAddress =
    !client.nonDisclosure ||
    mayShowProtectedAddress({
      isClient: resident.isClient,
      relationNeedsAddress: staff?.relationNeedsAddress ?? false,
      emergency: decision.basis === 'emergency',
    });
  return { decision: { allowed: true, basis: decision.basis, register, showProtectedAddress }, audit };
}

export async function loadClient(db: DbOrTx, clientId: string): Promise<repo.ClientRow> {
  const client = await repo.findClient(db, clientId);
  if (!client) throw new AppError('not_found', 'No client with this id.');
  return client;
}

const DENIAL_TEXT: Record<DenialReason, string> = {
  not_client_data_role: 'Your role does not give access to client data.',
  aggregates_only: 'Managers see aggregated figures only, never a named client.',
  not_own_data: 'You can see only your own data and that of the minors in your care.',
  hidden_from_guardian: 'The client has forbidden showing this to their guardians.',
  no_relation: 'You have no active client relation with this client. In an emergency, give the reason to open the data.',
  no_consent: "The data belongs to the other register and the client's consent does not cover your organisation.",
  write_outside_own_register: 'Entries are written only into the register of your own unit.',
};

export const denialText = (reason: DenialReason) => DENIAL_TEXT[reason];

/** Both registers, or a refusal naming why when neither is open to the viewer. */
export async function decideBoth(db: DbOrTx, who: Accessor, client: repo.ClientRow, what: string, now = new Date()) {
  return (await openClient(db, who, client, what, now)).decisions;
}

/**
 * Loads a client and decides the viewer's reads of both registers (for staff in one statement):
 * the client with both decisions and their guardians, or not_found, or a refusal naming why when
 * neither register is open to the viewer.
 */
export async function openClient(db: DbOrTx, who: Accessor, clientOrId: repo.ClientRow | string, what: string, now = new Date()) {
  const { client, guardians, facts } = await clientAndFacts(db, who.user, clientOrId, now);
  const judged = [judge(who, facts, client, 'health', 'read', what), judge(who, facts, client, 'social', 'read', what)];
  // Both events in one append: one lock and one commit instead of two (see recordAudit).
  await recordAudit(db, judged.map((j) => j.audit));
  const decisions = judged.map((j) => j.decision);
  if (!decisions.some((d) => d.allowed)) {
    const reasons = [...new Set(decisions.map((d) => (d.allowed ? null : d.reason)).filter((r) => r !== null))];
    throw new AppError('forbidden', reasons.map(denialText).join(' '), { reasons });
  }
  return { client, decisions, guardians: async () => guardians ?? (await repo.guardiansOf(db, client.id)) };
}
