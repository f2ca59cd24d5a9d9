import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { TestClient, useTestApp } from '../../test/app.ts';

/** Two server processes are two apps on one database here: each has its own session cache. */
const ctx = useTestApp({ SESSION_CACHE_SECONDS: '1' });
let other: FastifyInstance;

beforeAll(async () => {
  other = await buildApp({ config: loadConfig({ NODE_ENV: 'test', WEB_DIST: '/nonexistent', LOG_LEVEL: 'silent', SESSION_CACHE_SECONDS: '30' }), database: ctx.db.database, logger: false });
  await other.ready();
});
afterAll(async () => {
  await other?.close();
});

/** The same browser (cookies) talking to the other process. */
function sameBrowserOn(app: FastifyInstance, from: TestClient) {
  const client = new TestClient(app);
  client.setCookie('avain_session', from.cookie('avain_session')!);
  client.setCookie('avain_csrf', from.cookie('avain_csrf')!);
  client.csrfToken = from.csrfToken;
  return client;
}

async function until(check: () => Promise<boolean>, ms = 3000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

describe('session cache across processes', () => {
  it('ends a session in every process at once when the user logs out in one of them', async () => {
    const here = new TestClient(ctx.app);
    await here.login('asukas');
    await here.session();
    const there = sameBrowserOn(other, here);
    expect((await there.session()).user?.username).toBe('asukas'); // now cached there for 30 s
    expect((await here.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect(await until(async () => (await there.session()).user === null)).toBe(true);
  });

  it('reads a session again after its seconds in the cache: a session removed otherwise ends within them', async () => {
    const client = new TestClient(ctx.app);
    await client.login('ammattilainen');
    expect((await client.session()).user?.username).toBe('ammattilainen');
    await ctx.db.database.query(sql`delete from sessions where user_id = (select id from users where username = 'ammattilainen')`);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await client.session()).user).toBeNull();
  });
});
