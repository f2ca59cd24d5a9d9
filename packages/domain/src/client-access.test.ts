import { describe, expect, it } from 'vitest';
import { decideClientAccess, mayShowProtectedAddress, type AccessFacts, type Register } from './client-access.ts';
import { ROLES, type Role } from './roles.ts';

const base = (over: Partial<AccessFacts> & { role?: Role; viewerRegister?: Register | null } = {}): AccessFacts => {
  const { role = 'professional', viewerRegister = 'health', ...rest } = over;
  return {
    viewer: { role, register: viewerRegister, isClient: false, isGuardianOfMinor: false },
    register: 'health',
    action: 'read',
    activeRelation: false,
    coveringConsent: false,
    emergencyReason: null,
    hiddenFromGuardians: false,
    ...rest,
  };
};

describe('decideClientAccess: professionals', () => {
  it.each([
    // own register: a relation is enough; consent alone is not
    ['health', 'health', true, false, null, { allowed: true, basis: 'relation' }],
    ['health', 'health', false, true, null, { allowed: false, reason: 'no_relation' }],
    ['health', 'health', false, false, null, { allowed: false, reason: 'no_relation' }],
    // other register: relation and a covering consent
    ['health', 'social', true, true, null, { allowed: true, basis: 'consent' }],
    ['health', 'social', true, false, null, { allowed: false, reason: 'no_consent' }],
    ['health', 'social', false, true, null, { allowed: false, reason: 'no_relation' }],
    ['social', 'health', true, true, null, { allowed: true, basis: 'consent' }],
    ['social', 'social', true, false, null, { allowed: true, basis: 'relation' }],
    // break-glass opens either register, with a reason only
    ['health', 'social', false, false, 'Tajuton potilas päivystyksessä', { allowed: true, basis: 'emergency' }],
    ['social', 'social', false, false, 'Lapsen turvallisuus', { allowed: true, basis: 'emergency' }],
    ['health', 'social', false, false, '   ', { allowed: false, reason: 'no_relation' }],
  ] as const)('viewer in %s reading %s data, relation %s, consent %s, emergency %s', (viewerRegister, register, activeRelation, coveringConsent, emergencyReason, expected) => {
    expect(decideClientAccess(base({ viewerRegister, register, activeRelation, coveringConsent, emergencyReason }))).toEqual(expected);
  });

  it('writes only into the own register, even with consent or emergency', () => {
    expect(decideClientAccess(base({ action: 'write', activeRelation: true }))).toEqual({ allowed: true, basis: 'relation' });
    expect(decideClientAccess(base({ action: 'write', register: 'social', activeRelation: true, coveringConsent: true, emergencyReason: 'x' }))).toEqual({
      allowed: false,
      reason: 'write_outside_own_register',
    });
  });

  it('refuses staff without a service unit', () => {
    expect(decideClientAccess(base({ viewerRegister: null, activeRelation: true }))).toEqual({ allowed: false, reason: 'not_client_data_role' });
  });
});

describe('decideClientAccess: other roles', () => {
  it('never lets a manager read a named client, whatever else holds', () => {
    expect(decideClientAccess(base({ role: 'manager', activeRelation: true, coveringConsent: true, emergencyReason: 'x' }))).toEqual({
      allowed: false,
      reason: 'aggregates_only',
    });
  });

  it.each(['producer_admin', 'admin'] as const)('never lets %s read client data', (role) => {
    expect(decideClientAccess(base({ role, activeRelation: true, emergencyReason: 'x' }))).toEqual({ allowed: false, reason: 'not_client_data_role' });
  });

  it('lets residents read their own data in both registers, but not write', () => {
    const own = (register: Register, action: 'read' | 'write') =>
      decideClientAccess({ ...base({ role: 'resident', viewerRegister: null, register, action }), viewer: { role: 'resident', register: null, isClient: true, isGuardianOfMinor: false } });
    expect(own('health', 'read')).toEqual({ allowed: true, basis: 'own' });
    expect(own('social', 'read')).toEqual({ allowed: true, basis: 'own' });
    expect(own('health', 'write')).toEqual({ allowed: false, reason: 'not_own_data' });
  });

  it("lets guardians read a minor's data except what the mature minor has hidden", () => {
    const guardian = (hiddenFromGuardians: boolean) =>
      decideClientAccess({
        ...base({ role: 'resident', viewerRegister: null, hiddenFromGuardians }),
        viewer: { role: 'resident', register: null, isClient: false, isGuardianOfMinor: true },
      });
    expect(guardian(false)).toEqual({ allowed: true, basis: 'guardian' });
    expect(guardian(true)).toEqual({ allowed: false, reason: 'hidden_from_guardian' });
  });

  it("refuses a resident someone else's data, relation or emergency notwithstanding", () => {
    expect(decideClientAccess(base({ role: 'resident', viewerRegister: null, activeRelation: true, emergencyReason: 'x' }))).toEqual({
      allowed: false,
      reason: 'not_own_data',
    });
  });
});

describe('decideClientAccess: the whole matrix', () => {
  // role × relation × viewer register × data register × consent × emergency × guardian × hidden × own
  const bools = [false, true];
  const cases = ROLES.flatMap((role) =>
    (['social', 'health', null] as const).flatMap((viewerRegister) =>
      (['social', 'health'] as const).flatMap((register) =>
        bools.flatMap((activeRelation) =>
          bools.flatMap((coveringConsent) =>
            bools.flatMap((emergency) =>
              bools.flatMap((isGuardianOfMinor) =>
                bools.flatMap((hiddenFromGuardians) =>
                  bools.map((isClient) => ({ role, viewerRegister, register, activeRelation, coveringConsent, emergency, isGuardianOfMinor, hiddenFromGuardians, isClient })),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );

  it(`decides all ${ROLES.length * 3 * 2 * 2 ** 6} combinations by the written rules`, () => {
    expect(cases).toHaveLength(ROLES.length * 3 * 2 * 64);
    for (const c of cases) {
      const decision = decideClientAccess({
        viewer: { role: c.role, register: c.viewerRegister, isClient: c.isClient, isGuardianOfMinor: c.isGuardianOfMinor },
        register: c.register,
        action: 'read',
        activeRelation: c.activeRelation,
        coveringConsent: c.coveringConsent,
        emergencyReason: c.emergency ? 'hätätilanne' : null,
        hiddenFromGuardians: c.hiddenFromGuardians,
      });
      const staff = ['professional', 'service_coordinator', 'homecare_planner'].includes(c.role) && c.viewerRegister !== null;
      const expected =
        c.role === 'resident'
          ? c.isClient || (c.isGuardianOfMinor && !c.hiddenFromGuardians)
          : staff &&
            ((c.viewerRegister === c.register && c.activeRelation) ||
              (c.viewerRegister !== c.register && c.activeRelation && c.coveringConsent) ||
              c.emergency);
      expect(decision.allowed, JSON.stringify(c)).toBe(expected);
    }
  });
});

describe('mayShowProtectedAddress', () => {
  it('shows a protected address to the client, to a relation that needs it and in an emergency only', () => {
    expect(mayShowProtectedAddress({ isClient: true, relationNeedsAddress: false, emergency: false })).toBe(true);
    expect(mayShowProtectedAddress({ isClient: false, relationNeedsAddress: true, emergency: false })).toBe(true);
    expect(mayShowProtectedAddress({ isClient: false, relationNeedsAddress: false, emergency: true })).toBe(true);
    expect(mayShowProtectedAddress({ isClient: false, relationNeedsAddress: false, emergency: false })).toBe(false);
  });
});
