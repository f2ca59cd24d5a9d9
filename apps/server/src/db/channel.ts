import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database, DbOrTx } from './client.ts';

/**
 * PostgreSQL LISTEN/NOTIFY between the server processes of one database. A payload published in
 * a transaction leaves only when it commits, and reaches every process listening on the channel.
 */
export async function publish(db: DbOrTx, channel: string, payload: string): Promise<void> {
  await db.execute(sql`select pg_notify(${channel}, ${payload})`);
}

export interface Subscription {
  close(): Promise<void>;
}

type OnPayload = (payload: string) => void;
type Log = (message: string) => void;

/** What a listener hears of its connection: lost (payloads are missed from now on), then back. */
export interface ConnectionEvents {
  onLost?: () => void;
  onReconnect?: () => void;
}

/**
 * PostgreSQL: a dedicated connection per channel and process, outside the pool (a pooled
 * connection would be lent to queries and LISTEN is per connection). A lost connection is
 * reopened after a pause and `onReconnect` is called: payloads published meanwhile are missed, so
 * whoever keeps state from them starts afresh.
 */
async function listenPostgres(pool: pg.Pool, channel: string, onPayload: OnPayload, log: Log, events: ConnectionEvents): Promise<Subscription> {
  const onReconnect = () => events.onReconnect?.();
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const next = new pg.Client(pool.options);
    next.on('notification', (n) => {
      if (n.payload) onPayload(n.payload);
    });
    next.on('error', (err) => {
      log(`listener of ${channel} lost its connection: ${err.message}`);
      if (client === next) events.onLost?.();
      void next.end().catch(() => undefined);
      if (!closed && client === next) retry = setTimeout(() => void connect().then(onReconnect, reconnectLater), 1000);
    });
    client = next;
    await next.connect();
    await next.query(`listen ${channel}`);
  };
  const reconnectLater = (err: Error) => {
    log(`listener of ${channel} could not connect: ${err.message}`);
    if (!closed) retry = setTimeout(() => void connect().then(onReconnect, reconnectLater), 5000);
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
async function listenPglite(client: PGlite, channel: string, onPayload: OnPayload): Promise<Subscription> {
  const unlisten = await client.listen(channel, (payload) => {
    if (payload) onPayload(payload);
  });
  return { close: () => unlisten() };
}

/**
 * Starts hearing a channel. The driver's own client is behind drizzle's `$client`: the pool for
 * PostgreSQL (whose options open the listening connection), the PGlite instance otherwise.
 */
export function listenChannel(database: Database, channel: string, onPayload: OnPayload, log: Log, events: ConnectionEvents = {}): Promise<Subscription> {
  const driver = (database.db as unknown as { $client: unknown }).$client;
  return database.kind === 'postgres' ? listenPostgres(driver as pg.Pool, channel, onPayload, log, events) : listenPglite(driver as PGlite, channel, onPayload);
}
