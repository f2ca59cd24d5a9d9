import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database, DbOrTx } from '../../../db/client.ts';

/** One PostgreSQL channel for every thread event of every process on the database. */
export const CHANNEL = 'avain_messages';

/**
 * A thread changed: a new message (`seq` > 0), or its assignment or status (`seq` 0). Only ids
 * travel between processes: never message text, never who the client is.
 */
export interface ThreadEvent {
  threadId: string;
  seq: number;
}

export const encodeEvent = (e: ThreadEvent) => `${e.threadId}:${e.seq}`;

const EVENT = /^([0-9a-f-]{36}):(\d+)$/;
export function decodeEvent(payload: string): ThreadEvent | null {
  const match = EVENT.exec(payload);
  return match ? { threadId: match[1]!, seq: Number(match[2]) } : null;
}

/**
 * Publishes through the database, so that given a transaction the event leaves only when the
 * change commits (NOTIFY is transactional), and reaches every process listening on the channel.
 */
export async function publish(db: DbOrTx, event: ThreadEvent): Promise<void> {
  await db.execute(sql`select pg_notify(${CHANNEL}, ${encodeEvent(event)})`);
}

/** Every event published on the database, as this process hears it. */
export interface EventSource {
  close(): Promise<void>;
}

type Listener = (event: ThreadEvent) => void;
type Log = (message: string) => void;

const dispatch = (listener: Listener) => (payload: string | undefined) => {
  const event = payload ? decodeEvent(payload) : null;
  if (event) listener(event);
};

/**
 * PostgreSQL: a dedicated connection per process, outside the pool (a pooled connection would be
 * lent to queries and LISTEN is per connection). A lost connection is reopened after a pause;
 * events published meanwhile are missed, and the web app refetches when its stream reconnects.
 */
async function listenPostgres(pool: pg.Pool, listener: Listener, log: Log): Promise<EventSource> {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const next = new pg.Client(pool.options);
    next.on('notification', (n) => dispatch(listener)(n.payload));
    next.on('error', (err) => {
      log(`message listener lost its connection: ${err.message}`);
      void next.end().catch(() => undefined);
      if (!closed && client === next) retry = setTimeout(() => void connect().catch(reconnectLater), 1000);
    });
    client = next;
    await next.connect();
    await next.query(`listen ${CHANNEL}`);
  };
  const reconnectLater = (err: Error) => {
    log(`message listener could not connect: ${err.message}`);
    if (!closed) retry = setTimeout(() => void connect().catch(reconnectLater), 5000);
  };
  await connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}

/** PGlite: one process, one embedded database; its own LISTEN delivers what the same instance notifies. */
async function listenPglite(client: PGlite, listener: Listener): Promise<EventSource> {
  const unlisten = await client.listen(CHANNEL, dispatch(listener));
  return { close: () => unlisten() };
}

/**
 * Starts hearing thread events. The driver's own client is behind drizzle's `$client`: the pool
 * for PostgreSQL (whose options open the listening connection), the PGlite instance otherwise.
 */
export function listen(database: Database, listener: Listener, log: Log): Promise<EventSource> {
  const driver = (database.db as unknown as { $client: unknown }).$client;
  return database.kind === 'postgres' ? listenPostgres(driver as pg.Pool, listener, log) : listenPglite(driver as PGlite, listener);
}
