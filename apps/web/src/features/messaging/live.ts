/**
 * One event stream per browser tab, shared by every component that wants live messages (the
 * badge in the header, the message pages): a second EventSource would be a second connection.
 */
import { useEffect } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { MESSAGES_KEY, unreadKey } from './api';

type Listener = (event: string, data: { threadId?: string; seq?: number; total?: number }) => void;

const listeners = new Set<Listener>();
let source: EventSource | null = null;

function open() {
  source = new EventSource('/api/messages/stream');
  const forward = (name: string) => (event: MessageEvent<string>) => {
    const data = JSON.parse(event.data) as Parameters<Listener>[1];
    for (const listener of listeners) listener(name, data);
  };
  for (const name of ['message', 'thread', 'unread']) source.addEventListener(name, forward(name));
  // After a reconnect, events sent meanwhile are lost: whatever is shown is fetched again.
  source.addEventListener('open', () => {
    for (const listener of listeners) listener('open', {});
  });
}

/** What a thread event can change: the lists, the open thread and the counts (not recipients or colleagues). */
const LIVE = new Set(['threads', 'thread', 'unread']);

function refresh(queryClient: QueryClient): Listener {
  return (event, data) => {
    if (event === 'unread') queryClient.setQueryData(unreadKey, { total: data.total ?? 0 });
    else void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === MESSAGES_KEY && LIVE.has(String(query.queryKey[1])) });
  };
}

/** Keeps the messaging queries fresh while mounted. */
export function useLiveMessages(enabled: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    const listener = refresh(queryClient);
    listeners.add(listener);
    if (!source) open();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        source?.close();
        source = null;
      }
    };
  }, [enabled, queryClient]);
}
