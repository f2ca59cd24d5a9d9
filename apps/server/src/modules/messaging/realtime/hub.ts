import type { Db } from '../../../db/client.ts';
import type { SessionUser } from '../../auth/service.ts';
import { watches, type Watcher } from '../policy.ts';
import * as repo from '../repo.ts';
import { unreadSummary } from '../unread.ts';
import type { ThreadEvent } from './bus.ts';

/** One open event stream of one user, in this process. */
export interface Subscriber {
  user: SessionUser;
  watcher: Watcher;
  send(event: string, data: unknown): void;
  /** A comment line: keeps proxies and the browser from timing the stream out. */
  ping(): void;
  end(): void;
}

/**
 * The open event streams of this process. Every process hears every thread event (bus.ts) and
 * passes it to those of its own subscribers whose list shows the thread, with their new unread
 * total; nobody else learns even that the thread changed.
 */
export class StreamHub {
  private readonly subscribers = new Set<Subscriber>();

  constructor(
    private readonly db: Db,
    private readonly log: (err: unknown) => void,
  ) {}

  get size() {
    return this.subscribers.size;
  }

  /** Adds a subscriber; the returned function removes it (on disconnect). */
  add(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  /** An event from the bus: never throws, a failed delivery is logged and the stream lives on. */
  deliver(event: ThreadEvent): Promise<void> {
    return this.fanOut(event).catch(this.log);
  }

  private async fanOut(event: ThreadEvent) {
    if (this.subscribers.size === 0) return;
    const thread = await repo.findThread(this.db, event.threadId);
    if (!thread) return;
    const reached = [...this.subscribers].filter((s) => watches(s.watcher, thread));
    for (const s of reached) s.send(event.seq > 0 ? 'message' : 'thread', { threadId: event.threadId, seq: event.seq });
    await this.sendUnread(reached);
  }

  /** The user's own read marks changed (another tab read a thread): their badges follow. */
  async refreshUser(userId: string): Promise<void> {
    await this.sendUnread([...this.subscribers].filter((s) => s.user.id === userId)).catch(this.log);
  }

  /** One count per user, however many tabs they have open. */
  private async sendUnread(subscribers: Subscriber[]) {
    const byUser = new Map<string, Subscriber[]>();
    for (const s of subscribers) byUser.set(s.user.id, [...(byUser.get(s.user.id) ?? []), s]);
    for (const tabs of byUser.values()) {
      const { total } = await unreadSummary(this.db, tabs[0]!.user, tabs[0]!.watcher);
      for (const s of tabs) s.send('unread', { total });
    }
  }

  ping() {
    for (const s of this.subscribers) s.ping();
  }

  /** Ends every stream: the app is closing and open responses would keep the server from stopping. */
  endAll() {
    for (const s of this.subscribers) s.end();
    this.subscribers.clear();
  }
}
