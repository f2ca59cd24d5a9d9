import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OutgoingHttpHeaders } from 'node:http';
import { watcherOf } from '../unread.ts';
import { listen } from './bus.ts';
import { StreamHub, type Subscriber } from './hub.ts';

export const HEARTBEAT_MS = 25_000;
/**
 * A stream ends after this long and the browser reconnects, passing the session check again:
 * a logged-out or expired session stops receiving events within this time.
 */
export const MAX_STREAM_MS = 10 * 60_000;

/** Server-sent events framing (one event: its name and one line of JSON). */
export const sseEvent = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * Starts this process's hub: hears thread events from the database, pings open streams, and ends
 * them all before the server closes (an open response would keep `close` waiting forever).
 */
export async function startHub(app: FastifyInstance): Promise<StreamHub> {
  const hub = new StreamHub(app.db, (err) => app.log.error({ err }, 'message event delivery failed'));
  const source = await listen(app.database, (event) => void hub.deliver(event), (message) => app.log.warn(message));
  const heartbeat = setInterval(() => hub.ping(), HEARTBEAT_MS);
  heartbeat.unref();
  app.addHook('preClose', async () => {
    clearInterval(heartbeat);
    hub.endAll();
  });
  app.addHook('onClose', async () => {
    await source.close();
  });
  return hub;
}

/**
 * The response is written by hand (hijacked) because it never ends on its own; the headers
 * gathered so far — the security headers of every response — go out with it.
 */
function openStream(request: FastifyRequest, reply: FastifyReply) {
  reply.hijack();
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) headers[name] = value;
  reply.raw.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store, no-transform',
    'x-accel-buffering': 'no',
    'x-request-id': request.id,
  });
  reply.raw.write('retry: 3000\n\n');
  return reply.raw;
}

export async function streamEvents(app: FastifyInstance, hub: StreamHub, request: FastifyRequest, reply: FastifyReply) {
  const user = request.user!;
  const watcher = await watcherOf(app.db, user);
  const raw = openStream(request, reply);
  let remove: () => void = () => undefined;
  const subscriber: Subscriber = {
    user,
    watcher,
    send: (event, data) => void raw.write(sseEvent(event, data)),
    ping: () => void raw.write(': ping\n\n'),
    end: () => {
      remove();
      raw.end();
    },
  };
  remove = hub.add(subscriber);
  const lifetime = setTimeout(() => subscriber.end(), MAX_STREAM_MS);
  lifetime.unref();
  // The response's close, not the request's: the request closes as soon as its (empty) body is read.
  raw.on('close', () => {
    clearTimeout(lifetime);
    remove();
  });
  // The current count at once: the page needs no separate request to show its badge.
  await hub.refreshUser(user.id);
}
