/**
 * The one access policy for client data (client-data act 703/2023): who may read or write which
 * register's data about which client, and on what basis. Pure: the server gathers the facts,
 * this decides, the server records the decision in the audit trail.
 */
import type { Role } from './roles.ts';

/** Social-care and health-care data are separate registers by law. */
export const REGISTERS = ['social', 'health'] as const;
export type Register = (typeof REGISTERS)[number];

/** Why an access was allowed; shown to the client in their access log. */
export type AccessBasis = 'own' | 'guardian' | 'relation' | 'consent' | 'emergency';

export type DenialReason =
  | 'not_client_data_role'
  | 'aggregates_only'
  | 'not_own_data'
  | 'hidden_from_guardian'
  | 'no_relation'
  | 'no_consent'
  | 'write_outside_own_register';

/** Roles whose work is with clients; others (catalogue, system administration) never read client data. */
export const CLIENT_DATA_ROLES: readonly Role[] = ['professional', 'service_coordinator', 'homecare_planner'];

export interface AccessFacts {
  viewer: {
    role: Role;
    /** The register of the viewer's service unit; null for residents and roles without a unit. */
    register: Register | null;
    /** The viewer is the client (their own account). */
    isClient: boolean;
    /** The viewer is a guardian of the client and the client is a minor. */
    isGuardianOfMinor: boolean;
  };
  /** Which register's data is asked for. */
  register: Register;
  action: 'read' | 'write';
  /** The viewer has an active client relation (appointment, open case, care team). */
  activeRelation: boolean;
  /** An active consent of the client covers this register for the viewer's organisation or team. */
  coveringConsent: boolean;
  /** A break-glass reason given for this client (non-empty text), in force now. */
  emergencyReason: string | null;
  /** A minor of sufficient maturity has forbidden showing this data to their guardians. */
  hiddenFromGuardians: boolean;
}

export type ClientAccessDecision = { allowed: true; basis: AccessBasis } | { allowed: false; reason: DenialReason };

const allow = (basis: AccessBasis): ClientAccessDecision => ({ allowed: true, basis });
const deny = (reason: DenialReason): ClientAccessDecision => ({ allowed: false, reason });

export function decideClientAccess(f: AccessFacts): ClientAccessDecision {
  const { viewer } = f;
  if (viewer.role === 'manager') return deny('aggregates_only');
  if (viewer.role === 'resident') {
    if (f.action === 'write') return deny('not_own_data');
    if (viewer.isClient) return allow('own');
    if (viewer.isGuardianOfMinor) return f.hiddenFromGuardians ? deny('hidden_from_guardian') : allow('guardian');
    return deny('not_own_data');
  }
  if (!CLIENT_DATA_ROLES.includes(viewer.role) || viewer.register === null) return deny('not_client_data_role');

  const ownRegister = viewer.register === f.register;
  // Entries are written only into the writer's own register, whatever the basis.
  if (f.action === 'write' && !ownRegister) return deny('write_outside_own_register');
  if (ownRegister && f.activeRelation) return allow('relation');
  if (!ownRegister && f.activeRelation && f.coveringConsent) return allow('consent');
  if (f.emergencyReason !== null && f.emergencyReason.trim() !== '') return allow('emergency');
  if (!f.activeRelation) return deny('no_relation');
  return deny('no_consent');
}

/**
 * Non-disclosure for personal safety (turvakielto): the address is shown only to the client and
 * to staff whose relation needs it (home visits) or who broke the glass. Not to guardians: the
 * person the protection guards against may be a parent.
 */
export function mayShowProtectedAddress(f: { isClient: boolean; relationNeedsAddress: boolean; emergency: boolean }): boolean {
  return f.isClient || f.relationNeedsAddress || f.emergency;
}
