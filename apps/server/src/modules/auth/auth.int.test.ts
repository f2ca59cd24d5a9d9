import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../seed/oulu.ts';
import { TestClient, useTestApp } from '../../test/app.ts';

// Sessions are aged here by changing their rows; the process's session cache is tested on its own.
const ctx = useTestApp({ LOGIN_MAX_FAILURES_PER_USER: '3', SESSION_IDLE_MINUTES: '30', SESSION_CACHE_SECONDS: '0' });

describe('local login', () => {
  it('logs in every demo user with their role and sets a safe session cookie', async () => {
    for (const demo of DEMO_USERS) {
      const client = new TestClient(ctx.app);
      const response = await client.login(demo.username);
      expect(response.statusCode, demo.username).toBe(200);
      expect(response.json().user).toMatchObject({ username: demo.username, role: demo.role });
      const cookie = String(response.headers['set-cookie']);
      expect(cookie).toMatch(/avain_session=[^;]+;/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Lax');
      expect(cookie).not.toContain('Secure'); // test configuration runs over plain HTTP
      expect((await client.session()).user?.username).toBe(demo.username);
    }
  });

  it('refuses a wrong password with 401 problem+json and no session', async () => {
    const client = new TestClient(ctx.app, '10.0.0.2');
    const response = await client.login('ammattilainen', 'wrong-password');
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 401, title: 'Login required', detail: 'Wrong username or password.' });
    expect(client.cookie('avain_session')).toBeUndefined();
  });

  it('names the missing field when the body is incomplete', async () => {
    const client = new TestClient(ctx.app);
    await client.session();
    const response = await client.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'asukas' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'body.password', message: expect.any(String) }]);
  });

  it('refuses state-changing requests without the CSRF token, or with a wrong one', async () => {
    const client = new TestClient(ctx.app);
    await client.session();
    const missing = await client.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'asukas', password: 'avain-demo' }, csrf: false });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().type).toMatch(/csrf$/);
    const wrong = await client.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'asukas', password: 'avain-demo' },
      headers: { 'x-csrf-token': 'x'.repeat(32) },
    });
    expect(wrong.statusCode).toBe(403);
    expect(client.cookie('avain_session')).toBeUndefined();
  });

  it('rate-limits repeated failures for a username, across addresses, then lets the user in after the window', async () => {
    for (let i = 0; i < 3; i++) {
      const attempt = await new TestClient(ctx.app, `10.1.0.${i}`).login('palveluohjaaja', 'nope');
      expect(attempt.statusCode).toBe(401);
    }
    const limited = await new TestClient(ctx.app, '10.1.0.9').login('palveluohjaaja');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json().status).toBe(429);
    // Move the failures out of the window, as if fifteen minutes had passed.
    await ctx.db.database.query(sql`update login_attempts set at = at - interval '16 minutes'`);
    expect((await new TestClient(ctx.app, '10.1.0.9').login('palveluohjaaja')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('ends the session on logout, also for a copied cookie', async () => {
    const client = new TestClient(ctx.app);
    await client.login('johtaja');
    const token = client.cookie('avain_session')!;
    const logout = await client.request({ method: 'POST', url: '/api/auth/logout' });
    expect(logout.statusCode).toBe(204);
    const copy = new TestClient(ctx.app);
    copy.setCookie('avain_session', token);
    expect((await copy.session()).user).toBeNull();
  });

  it('expires a session idle longer than the limit', async () => {
    const client = new TestClient(ctx.app);
    await client.login('suunnittelija');
    await ctx.db.database.query(sql`update sessions set last_seen_at = now() - interval '31 minutes'`);
    expect((await client.session()).user).toBeNull();
  });

  it('expires a session past its absolute lifetime even when active', async () => {
    const client = new TestClient(ctx.app);
    await client.login('tuottaja');
    await ctx.db.database.query(sql`update sessions set expires_at = now() - interval '1 second'`);
    expect((await client.session()).user).toBeNull();
  });

  it('reads sessions arriving together at once, each answered with its own user or none', async () => {
    const users = ['asukas', 'ammattilainen', 'palveluohjaaja', 'suunnittelija'];
    const clients = users.map(() => new TestClient(ctx.app));
    await Promise.all(clients.map((c, i) => c.login(users[i]!)));
    const ended = new TestClient(ctx.app);
    await ended.login('tuottaja');
    await ctx.db.database.query(sql`update sessions set expires_at = now() - interval '1 second' where user_id = (select id from users where username = 'tuottaja')`);
    const answers = await Promise.all([...clients, ended].map((c) => c.session()));
    expect(answers.map((a) => a.user?.username ?? null)).toEqual([...users, null]);
  });

  it('issues a new session token at each login (no session fixation)', async () => {
    const client = new TestClient(ctx.app);
    await client.login('asukas');
    const first = client.cookie('avain_session');
    await client.login('asukas');
    expect(client.cookie('avain_session')).not.toBe(first);
  });
});

describe('audit of logins', () => {
  it('records logins, failed logins and logouts without passwords', async () => {
    const client = new TestClient(ctx.app, '10.9.9.9');
    await client.login('yllapitaja', 'secret-wrong-password');
    await client.login('yllapitaja');
    await client.request({ method: 'POST', url: '/api/auth/logout' });
    const rows = await ctx.db.database.query<{ action: string; outcome: string; ip: string; reason: string | null }>(
      sql`select action, outcome, ip, reason from audit_events where ip = '10.9.9.9' order by seq`,
    );
    expect(rows.map((r) => `${r.action}:${r.outcome}`)).toEqual(['auth.login:failure', 'auth.login:success', 'auth.logout:success']);
    const all = JSON.stringify(await ctx.db.database.query(sql`select * from audit_events`));
    expect(all).not.toContain('secret-wrong-password');
    expect(all).not.toContain('avain-demo');
  });
});
