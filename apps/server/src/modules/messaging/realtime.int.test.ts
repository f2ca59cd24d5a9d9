import http from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { openDatabase, type Database } from '../../db/client.ts';
import { loggedIn, TestClient, useTestApp } from '../../test/app.ts';
import { backend } from '../../test/database.ts';
import { startServerProcess, stopServerProcess } from '../../test/server-process.ts';

const ctx = useTestApp();
const users: Record<string, string> = {};
let baseA: string;

beforeAll(async () => {
  for (const r of await ctx.db.database.query<{ id: string; username: string }>(sql`select id, username from users`)) users[r.username] = r.id;
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  baseA = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
});

interface Received {
  event: string;
  data: { threadId?: string; seq?: number; total?: number };
}

/**
 * A browser's EventSource, by hand: a real HTTP connection to a listening server, parsed into
 * events. node:http rather than fetch, whose pool opens spare connections that a closing server
 * would wait on until they time out.
 */
async function subscribe(base: string, client: TestClient) {
  const events: Received[] = [];
  let ended = false;
  const request = http.get(`${base}/api/messages/stream`, { agent: false, headers: { cookie: `avain_session=${client.cookie('avain_session')}` } });
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => request.on('response', resolve).on('error', reject));
  response.setEncoding('utf8');
  let buffer = '';
  response.on('data', (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
      const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
      if (event && data) events.push({ event, data: JSON.parse(data) });
    }
  });
  response.on('close', () => {
    ended = true;
  });
  const waitFor = async (match: (e: Received) => boolean, ms = 3000) => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const found = events.find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no matching event within ${ms} ms; got ${JSON.stringify(events)}`);
  };
  // The stream opens with the current unread count: from then on it is registered.
  await waitFor((e) => e.event === 'unread');
  return { headers: response.headers, events, waitFor, ended: () => ended, close: () => request.destroy() };
}

async function startThread(aino: TestClient) {
  const response = await aino.request({
    method: 'POST',
    url: '/api/me/messages/threads',
    payload: { subject: 'Kysymys', body: 'Onko laboratoriotulokseni tulleet?', to: { kind: 'care_team', userId: users.ammattilainen } },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

describe('real-time delivery', () => {
  it('brings a new message to the open page of whoever may see the thread, with their unread count, and to nobody else', async () => {
    const aino = await loggedIn(ctx, 'asukas');
    const pekka = await loggedIn(ctx, 'ammattilainen');
    const threadId = await startThread(aino);
    const ainos = await subscribe(baseA, aino);
    const eevas = await subscribe(baseA, await loggedIn(ctx, 'esihenkilo'));
    expect(ainos.headers['content-type']).toContain('text/event-stream');
    // The security headers of every response go out with the stream too.
    expect(ainos.headers['x-content-type-options']).toBe('nosniff');
    expect(ainos.headers['content-security-policy']).toContain("default-src 'self'");

    const reply = await pekka.request({ method: 'POST', url: `/api/messages/threads/${threadId}/messages`, payload: { body: 'Tulokset ovat normaalit.' } });
    const seq = reply.json().seq as number;
    expect(await ainos.waitFor((e) => e.event === 'message')).toEqual({ event: 'message', data: { threadId, seq } });
    expect((await ainos.waitFor((e) => e.event === 'unread' && e.data.total! > 0)).data.total).toBeGreaterThan(0);
    expect(JSON.stringify(ainos.events)).not.toContain('normaalit');

    await new Promise((r) => setTimeout(r, 300));
    expect(eevas.events.some((e) => e.event === 'message')).toBe(false);
    ainos.close();
    eevas.close();
  });

  it.skipIf(backend() === 'pglite')(
    // PGlite is one embedded database in one process: there is no second process to reach.
    'reaches a subscriber of one server process when the message is written through another (PostgreSQL LISTEN/NOTIFY)',
    async () => {
      const database: Database = await openDatabase({ databaseUrl: ctx.db.url!, poolSize: 2 });
      const appB: FastifyInstance = await buildApp({ config: ctx.config, database, logger: false });
      let closing: Promise<undefined> | undefined;
      try {
        await appB.listen({ port: 0, host: '127.0.0.1' });
        const baseB = `http://127.0.0.1:${(appB.server.address() as AddressInfo).port}`;
        const aino = await loggedIn(ctx, 'asukas');
        const threadId = await startThread(aino);
        const onA = await subscribe(baseA, aino);

        const pekkaOnB = new TestClient(appB);
        expect((await pekkaOnB.login('ammattilainen')).statusCode).toBe(200);
        const pekkasStreamOnB = await subscribe(baseB, pekkaOnB);
        const reply = await pekkaOnB.request({ method: 'POST', url: `/api/messages/threads/${threadId}/messages`, payload: { body: 'Soitan sinulle huomenna.' } });
        expect(reply.statusCode).toBe(201);
        expect((await onA.waitFor((e) => e.event === 'message', 10_000)).data).toEqual({ threadId, seq: reply.json().seq });

        // And back: Aino answers through A, Pekka's page on B hears it.
        const answer = await aino.request({ method: 'POST', url: `/api/messages/threads/${threadId}/messages`, payload: { body: 'Kiitos!' } });
        expect((await pekkasStreamOnB.waitFor((e) => e.event === 'message' && e.data.seq === answer.json().seq, 10_000)).data.threadId).toBe(threadId);
        onA.close();

        // Closing a process ends its open streams instead of waiting on them.
        closing = appB.close();
        await closing;
        await expect.poll(() => pekkasStreamOnB.ended(), { timeout: 10_000 }).toBe(true);
      } finally {
        await (closing ?? appB.close());
        await database.close();
      }
    },
  );

  it.skipIf(backend() === 'pglite')(
    'reaches a subscriber connected to another server process (a real one, started as npm start runs it)',
    async () => {
      const port = await freePort();
      const other = await startServerProcess(ctx.db.url!, port, { NODE_ENV: 'test', WEB_DIST: '/nonexistent', LOG_LEVEL: 'silent' });
      try {
        const aino = await loggedIn(ctx, 'asukas');
        const pekka = await loggedIn(ctx, 'ammattilainen');
        const threadId = await startThread(aino);
        // Aino's page is served by the other process; Pekka writes through this one.
        const ainosOnOther = await subscribe(`http://127.0.0.1:${port}`, aino);
        const reply = await pekka.request({ method: 'POST', url: `/api/messages/threads/${threadId}/messages`, payload: { body: 'Tulokset ovat normaalit.' } });
        expect(reply.statusCode).toBe(201);
        expect((await ainosOnOther.waitFor((e) => e.event === 'message', 10_000)).data).toEqual({ threadId, seq: reply.json().seq });
        ainosOnOther.close();
      } finally {
        await stopServerProcess(other, 0);
      }
    },
    180_000,
  );
});

/** A port nobody listens on now, for the second server process. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
