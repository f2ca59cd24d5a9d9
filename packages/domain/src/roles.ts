/** Every role of the platform. A user has exactly one role per account. */
export const ROLES = [
  'resident',
  'professional',
  'service_coordinator',
  'homecare_planner',
  'manager',
  'producer_admin',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles that work for the welfare region or a producer, as opposed to residents. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'resident');

/**
 * Who may call a route: `public` (anyone, logged in or not), `authenticated` (any logged-in user)
 * or an explicit list of roles. Every route must declare one.
 */
export type Access = 'public' | 'authenticated' | readonly Role[];

export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden';

export function decideAccess(access: Access, role: Role | null): AccessDecision {
  if (access === 'public') return 'allow';
  if (role === null) return 'unauthenticated';
  if (access === 'authenticated') return 'allow';
  return access.includes(role) ? 'allow' : 'forbidden';
}
