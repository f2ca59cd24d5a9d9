import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { TestClient, useTestApp } from '../../test/app.ts';

// A real OpenID Connect provider on a local port; our app is configured against it.
const REDIRECT_URI = 'http://localhost:3000/api/auth/oidc/callback';
const accounts: Record<string, { name: string; email: string; roles: string[] }> = {
  'olli-1': { name: 'Olli Oidc', email: 'olli@example.fi', roles: ['professional'] },
  'riikka-2': { name: 'Riikka Resident', email: 'riikka@example.fi', roles: [] },
};

let server: Server;
let issuer: string;

beforeAll(async () => {
  server = (await import('node:http')).createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'avain',
        client_secret: 'avain-test-secret',
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'roles'], email: ['email'] },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, ...accounts[id] }),
    }),
    cookies: { keys: ['oidc-test-cookie-key'] },
  });
  server.on('request', provider.callback());
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ctx = useTestApp({
  get OIDC_ISSUER() {
    return issuer;
  },
  OIDC_CLIENT_ID: 'avain',
  OIDC_CLIENT_SECRET: 'avain-test-secret',
  OIDC_REDIRECT_URI: REDIRECT_URI,
  OIDC_ALLOW_HTTP: 'true',
});

/** Walks the provider's login and consent pages like a browser would, with a cookie jar. */
async function signInAtProvider(authorizeUrl: string, accountId: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizeUrl;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(REDIRECT_URI)) return new URL(url);
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      body,
    });
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!.trim(), value.join('='));
    }
    body = undefined;
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`Unexpected page at ${url}: ${response.status} ${html.slice(0, 200)}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? 'consent';
    body = new URLSearchParams(prompt === 'login' ? { prompt, login: accountId, password: 'x' } : { prompt });
    url = new URL(action, url).href;
  }
  throw new Error('Too many redirects');
}

async function oidcLogin(client: TestClient, accountId: string, next = '/me') {
  const start = await client.request({ url: `/api/auth/oidc/login?next=${encodeURIComponent(next)}` });
  expect(start.statusCode).toBe(302);
  const authorize = new URL(start.headers.location as string);
  expect(authorize.origin).toBe(issuer);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  const callback = await signInAtProvider(authorize.href, accountId);
  return client.request({ url: `${callback.pathname}${callback.search}` });
}

describe('OpenID Connect login', () => {
  it('advertises OIDC in the session when configured', async () => {
    expect((await new TestClient(ctx.app).request({ url: '/api/session' })).json().oidcEnabled).toBe(true);
  });

  it('logs a professional in through the provider, with the role from the claims, and audits it', async () => {
    const client = new TestClient(ctx.app);
    const done = await oidcLogin(client, 'olli-1');
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/me');
    const session = await client.session();
    expect(session.user).toMatchObject({ displayName: 'Olli Oidc', role: 'professional' });
    const [event] = await ctx.db.database.query<{ reason: string; outcome: string }>(
      sql`select reason, outcome from audit_events where action = 'auth.login' order by seq desc limit 1`,
    );
    expect(event).toEqual({ reason: 'openid connect', outcome: 'success' });
  });

  it('gives a user without role claims the default role, and finds the same account next time', async () => {
    const first = new TestClient(ctx.app);
    await oidcLogin(first, 'riikka-2', 'https://evil.example/steal');
    const firstUser = (await first.session()).user!;
    expect(firstUser.role).toBe('resident');
    const second = new TestClient(ctx.app);
    const done = await oidcLogin(second, 'riikka-2');
    expect(done.statusCode).toBe(302);
    expect((await second.session()).user).toEqual(firstUser);
  });

  it('never redirects to another site after login', async () => {
    const client = new TestClient(ctx.app);
    const done = await oidcLogin(client, 'olli-1', '//evil.example/x');
    expect(done.headers.location).toBe('/');
  });

  it('refuses a callback whose state is unknown or already used', async () => {
    const client = new TestClient(ctx.app);
    const start = await client.request({ url: '/api/auth/oidc/login' });
    const callback = await signInAtProvider(start.headers.location as string, 'olli-1');
    const path = `${callback.pathname}${callback.search}`;
    expect((await client.request({ url: path })).statusCode).toBe(302);
    const replay = await new TestClient(ctx.app).request({ url: path });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().detail).toMatch(/expired or was already used/);
  });
});
