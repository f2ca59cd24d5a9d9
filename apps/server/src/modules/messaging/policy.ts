/**
 * The rules of secure messaging that need no database: where a message to a service goes, who a
 * thread is addressed to, who sees its notifications, and to whom it may be handed over.
 */
import { CLIENT_DATA_ROLES, type Register, type Role } from '@avain/domain';

export type ThreadKind = 'care_team' | 'service_inbox';

export interface ThreadFacts {
  clientId: string;
  kind: string;
  unitId: string;
  register: string;
  assignedUserId: string | null;
  status: string;
}

export interface StaffFacts {
  id: string;
  role: Role;
  unitId: string | null;
}

/**
 * Service classes whose data is health care (terveydenhuolto); everything else a unit answers is
 * social care. A message to a service lands in the register of the unit that receives it.
 */
const HEALTH_CLASSES = new Set([
  'maternity_clinic',
  'child_clinic',
  'speech_therapy',
  'school_health',
  'student_health',
  'psychologist',
  'mental_health_substance',
  'reception',
  'physiotherapy',
  'laboratory',
  'imaging',
  'ward_care',
  'oral_health',
  'occupational_health',
  'aids_centre',
  'short_term_care',
]);

export const registerOfServiceClass = (serviceClass: string): Register => (HEALTH_CLASSES.has(serviceClass) ? 'health' : 'social');

interface UnitFacts {
  id: string;
  organizationId: string;
  register: string;
  nameFi: string;
}

/**
 * The units whose shared inbox receives messages to a service: the units of the service's
 * producer in the register of the service (a producer whose units are all of the other register,
 * one small unit doing both, receives in all of them); and of those, the one the service is named
 * after when there is exactly one ("Tuiran terveysasema – vastaanotto" goes to Tuira health
 * station), otherwise the resident chooses. A producer without units (an NGO, a parish) has no
 * inbox: the service's own contact channels serve instead.
 */
export function inboxUnits<U extends UnitFacts>(service: { organizationId: string; serviceClass: string; nameFi: string }, units: readonly U[]): U[] {
  const own = units.filter((u) => u.organizationId === service.organizationId);
  const register = registerOfServiceClass(service.serviceClass);
  const inRegister = own.filter((u) => u.register === register);
  const candidates = inRegister.length > 0 ? inRegister : own;
  const named = candidates.filter((u) => service.nameFi.toLocaleLowerCase('fi').includes(u.nameFi.toLocaleLowerCase('fi')));
  return named.length === 1 ? named : candidates;
}

const worksWithClients = (role: Role) => CLIENT_DATA_ROLES.includes(role);

/**
 * The resident wrote to a service, not to a person: the staff of the receiving unit, and whoever
 * the thread was handed to, read and answer it on that basis (like the receiving side of a
 * referral), without a care relation. Care-team threads have no such basis: their professional
 * needs a relation through the client-data gate.
 */
export function isInboxAddressee(thread: ThreadFacts, viewer: StaffFacts): boolean {
  if (thread.kind !== 'service_inbox' || !worksWithClients(viewer.role)) return false;
  return thread.assignedUserId === viewer.id || (viewer.unitId !== null && thread.unitId === viewer.unitId);
}

/** Why a thread is in a member of staff's list: assigned to them, or in their unit's shared inbox. */
export function listedFor(thread: ThreadFacts, viewer: StaffFacts): 'assigned' | 'inbox' | null {
  if (thread.assignedUserId === viewer.id) return 'assigned';
  if (thread.kind === 'service_inbox' && viewer.unitId !== null && thread.unitId === viewer.unitId) return 'inbox';
  return null;
}

/** Who receives a thread's live events: the same people whose list shows it. */
export type Watcher = { kind: 'resident'; clientIds: ReadonlySet<string> } | ({ kind: 'staff' } & StaffFacts);

export const watches = (watcher: Watcher, thread: ThreadFacts) =>
  watcher.kind === 'resident' ? watcher.clientIds.has(thread.clientId) : listedFor(thread, watcher) !== null;

export type HandoverProblem = 'closed' | 'self' | 'not_colleague' | 'not_client_work' | 'other_register' | 'no_relation';

/**
 * A thread goes only to a colleague of the same producer who works with clients in the register
 * of the thread, so that handing over never moves data across registers or organisations. A
 * care-team thread also needs the colleague's own relation with the client (the gate asks for it
 * on every read); an inbox thread carries its basis with it.
 */
export function handoverProblem(
  thread: ThreadFacts & { organizationId: string },
  fromUserId: string,
  to: { userId: string; role: Role; unit: { organizationId: string; register: string } | null; hasRelation: boolean },
): HandoverProblem | null {
  if (thread.status === 'closed') return 'closed';
  if (to.userId === fromUserId) return 'self';
  if (!to.unit || to.unit.organizationId !== thread.organizationId) return 'not_colleague';
  if (!worksWithClients(to.role)) return 'not_client_work';
  if (to.unit.register !== thread.register) return 'other_register';
  if (thread.kind === 'care_team' && !to.hasRelation) return 'no_relation';
  return null;
}
