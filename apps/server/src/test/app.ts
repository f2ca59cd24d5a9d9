import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import { DEMO_PASSWORD } from '../seed/oulu.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export interface TestContext {
  app: FastifyInstance;
  db: TestDatabase;
  config: Config;
}

/**
 * Gives a test file its own database (with the demo data) and an app on it, built before the
 * tests and closed after them. Environment overrides adjust the configuration.
 */
export function useTestApp(env: Record<string, string> = {}): TestContext {
  const context = {} as TestContext;
  beforeAll(async () => {
    context.db = await createTestDatabase({ seeded: true });
    context.config = loadConfig({ NODE_ENV: 'test', WEB_DIST: '/nonexistent', LOG_LEVEL: 'silent', ...env });
    context.app = await buildApp({ config: context.config, database: context.db.database, logger: false });
    await context.app.ready();
  });
  afterAll(async () => {
    await context.app?.close();
    await context.db?.drop();
  });
  return context;
}

/** A client logged in as a demo user (password from the seed); fails the test if the login fails. */
export async function loggedIn(context: TestContext, username: string): Promise<TestClient> {
  const client = new TestClient(context.app);
  expect((await client.login(username)).statusCode).toBe(200);
  return client;
}

/** A browser-like client over inject: keeps cookies and sends the CSRF header like the web app. */
export class TestClient {
  private cookies = new Map<string, string>();
  csrfToken: string | undefined;

  constructor(
    private readonly app: FastifyInstance,
    readonly ip = '127.0.0.1',
  ) {}

  async request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (!['GET', 'HEAD'].includes(method) && options.csrf !== false && this.csrfToken) {
      headers['x-csrf-token'] ??= this.csrfToken;
    }
    const response = await this.app.inject({ ...options, headers, remoteAddress: this.ip });
    for (const c of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() <= Date.now());
      if (expired || c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  /** Fetches the session (and with it the CSRF token), as the web app does on load. */
  async session() {
    const response = await this.request({ url: '/api/session' });
    const body = response.json() as { user: { role: string; username: string } | null; csrfToken: string };
    this.csrfToken = body.csrfToken;
    return body;
  }

  async login(username: string, password = DEMO_PASSWORD) {
    if (!this.csrfToken) await this.session();
    return this.request({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  }
}
