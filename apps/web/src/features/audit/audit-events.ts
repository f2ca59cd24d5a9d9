import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface AuditEvent {
  id: string;
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  clientId: string | null;
  reason: string | null;
  outcome: AuditOutcome;
  requestId: string | null;
}

export interface AuditEventPage {
  items: AuditEvent[];
  nextBefore: string | null;
}

const PAGE_SIZE = 50;

function eventsPath(before: string | null): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (before !== null) params.set('before', before);
  return `/api/audit/events?${params.toString()}`;
}

/** Newest first; each "show more" asks for the events before the oldest one shown. */
export function useAuditEvents() {
  return useInfiniteQuery({
    queryKey: ['audit', 'events'],
    queryFn: ({ pageParam }) => api.get<AuditEventPage>(eventsPath(pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextBefore,
  });
}
