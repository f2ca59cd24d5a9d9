import { describe, expect, it } from 'vitest';
import { decideAccess, isRole, ROLES } from './roles.ts';

describe('decideAccess', () => {
  it('lets anyone call a public route', () => {
    expect(decideAccess('public', null)).toBe('allow');
    expect(decideAccess('public', 'resident')).toBe('allow');
  });
  it('asks an anonymous caller to log in for any other route', () => {
    expect(decideAccess('authenticated', null)).toBe('unauthenticated');
    expect(decideAccess(['admin'], null)).toBe('unauthenticated');
  });
  it('allows exactly the listed roles', () => {
    for (const role of ROLES) {
      expect(decideAccess(['admin', 'manager'], role)).toBe(
        role === 'admin' || role === 'manager' ? 'allow' : 'forbidden',
      );
    }
  });
  it('allows every role on an authenticated route', () => {
    for (const role of ROLES) expect(decideAccess('authenticated', role)).toBe('allow');
  });
});

describe('isRole', () => {
  it('accepts the seven roles and nothing else', () => {
    expect(ROLES).toHaveLength(7);
    expect(isRole('producer_admin')).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
