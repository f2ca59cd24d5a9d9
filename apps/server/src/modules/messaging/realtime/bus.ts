import { listenChannel, publish as publishOn, type Subscription } from '../../../db/channel.ts';
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
export const publish = (db: DbOrTx, event: ThreadEvent): Promise<void> => publishOn(db, CHANNEL, encodeEvent(event));

/** Every event published on the database, as this process hears it. */
export type EventSource = Subscription;

/** Starts hearing thread events; those published while the connection was lost are missed (the web app refetches when its stream reconnects). */
export function listen(database: Database, listener: (event: ThreadEvent) => void, log: (message: string) => void): Promise<EventSource> {
  return listenChannel(database, CHANNEL, (payload) => {
    const event = decodeEvent(payload);
    if (event) listener(event);
  }, log);
}
