import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache.ts';

const session = (id: string) => ({ user: { id, username: id, displayName: id, role: 'resident' as const }, lastSeenAt: 0, expiresAt: 1_000_000 });

describe('session cache', () => {
  it('answers for its time to live, then forgets', () => {
    const cache = new SessionCache(5000);
    cache.set('a', session('u1'), 1000);
    expect(cache.get('a', 5999)?.user.id).toBe('u1');
    expect(cache.get('a', 6001)).toBeUndefined();
    expect(cache.get('a', 2000)).toBeUndefined();
  });

  it('never answers for a session past its absolute expiry', () => {
    const cache = new SessionCache(5000);
    cache.set('a', { ...session('u1'), expiresAt: 1500 }, 1000);
    expect(cache.get('a', 1499)).toBeDefined();
    expect(cache.get('a', 1500)).toBeUndefined();
  });

  it('keeps nothing when turned off', () => {
    const cache = new SessionCache(0);
    cache.set('a', session('u1'), 1000);
    expect(cache.get('a', 1000)).toBeUndefined();
  });

  it('drops a token or every session of a user when told so by any process', () => {
    const cache = new SessionCache(5000);
    cache.set('a', session('u1'), 0);
    cache.set('b', session('u1'), 0);
    cache.set('c', session('u2'), 0);
    cache.hear('token:c');
    expect(cache.get('c', 1)).toBeUndefined();
    cache.hear('user:u1');
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('b', 1)).toBeUndefined();
    cache.set('c', session('u2'), 0);
    cache.hear('nonsense');
    expect(cache.get('c', 1)).toBeDefined();
  });

  it('lets the oldest entry go when full', () => {
    const cache = new SessionCache(5000, 2);
    cache.set('a', session('u1'), 0);
    cache.set('b', session('u2'), 0);
    cache.set('c', session('u3'), 0);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('b', 1)).toBeDefined();
    expect(cache.get('c', 1)).toBeDefined();
  });
});
