import { ROLES, type Role } from '@avain/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../seed/oulu.ts';
import { TestClient, useTestApp } from '../test/app.ts';

const ctx = useTestApp();

const demoUserOf = (role: Role) => DEMO_USERS.find((u) => u.role === role)!.username;

describe('route access declarations', () => {
  it('every route of the application declares who may call it', () => {
    const undeclared = ctx.app.routeRegistry.filter((r) => r.access === undefined).map((r) => `${r.method} ${r.url}`);
    expect(ctx.app.routeRegistry.length).toBeGreaterThan(8);
    expect(undeclared).toEqual([]);
  });

  it('the audit trail is open to administrators only', async () => {
    const anonymous = await new TestClient(ctx.app).request({ url: '/api/audit/events' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    for (const role of ROLES) {
      const client = new TestClient(ctx.app);
      expect((await client.login(demoUserOf(role))).statusCode).toBe(200);
      const response = await client.request({ url: '/api/audit/events?limit=5' });
      expect(response.statusCode, role).toBe(role === 'admin' ? 200 : 403);
      if (role === 'admin') expect(response.json().items.length).toBeGreaterThan(0);
      else expect(response.json().title).toBe('Not allowed');
    }
  });

  it('pages the audit trail with a cursor, newest first', async () => {
    const client = new TestClient(ctx.app);
    await client.login('yllapitaja');
    const first = (await client.request({ url: '/api/audit/events?limit=2' })).json();
    expect(first.items).toHaveLength(2);
    expect(first.items[0].seq).toBeGreaterThan(first.items[1].seq);
    const second = (await client.request({ url: `/api/audit/events?limit=2&before=${first.nextBefore}` })).json();
    expect(second.items[0].seq).toBeLessThan(first.items[1].seq);
  });
});

describe('role enforcement', () => {
  // Routes for each role, added to this test's app only, prove the mechanism for every pair.
  it('allows exactly the declared roles, for every role', async () => {
    const { buildApp } = await import('../app.ts');
    const app = await buildApp({ config: ctx.config, database: ctx.db.database, logger: false });
    for (const role of ROLES) {
      app.get(`/api/test/only-${role}`, { config: { access: [role] } }, async () => ({ ok: true }));
    }
    app.get('/api/test/undeclared', async () => ({ ok: true }));
    await app.ready();
    try {
      for (const caller of ROLES) {
        const client = new TestClient(app);
        await client.login(demoUserOf(caller));
        for (const role of ROLES) {
          const response = await client.request({ url: `/api/test/only-${role}` });
          expect(response.statusCode, `${caller} → ${role}`).toBe(caller === role ? 200 : 403);
        }
        expect((await client.request({ url: '/api/test/undeclared' })).statusCode).toBe(403);
      }
      expect((await new TestClient(app).request({ url: '/api/test/only-resident' })).statusCode).toBe(401);
      const undeclared = app.routeRegistry.filter((r) => r.access === undefined).map((r) => `${r.method} ${r.url}`);
      expect(undeclared.sort()).toEqual(['GET /api/test/undeclared', 'HEAD /api/test/undeclared']);
    } finally {
      await app.close();
    }
  });
});
