/** The walk-in and call-back API as the pages use it. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { SearchPage } from '../catalog/api';
import { currentLanguage } from '../../i18n';
import { localized, type LocalizedName } from '../home/areas';

export type TicketStatus = 'waiting' | 'called' | 'served' | 'left';

export interface QueueSummary {
  waiting: number;
  nowServing: number | null;
  calledTo: string | null;
  estimatedWaitMinutes: number;
}

export interface LocationQueues {
  location: { id: string; name: LocalizedName };
  services: (QueueSummary & { serviceId: string; name: LocalizedName; open: boolean; hoursToday: { opens: string; closes: string }[] })[];
}

export interface Ticket {
  id: string;
  number: number;
  locationId: string;
  serviceId: string;
  locationName: LocalizedName;
  serviceName: LocalizedName;
  status: TicketStatus;
  position: number | null;
  estimatedWaitMinutes: number | null;
  nowServing: number | null;
  calledTo: string | null;
  takenAt: string;
}

export interface StaffTicket {
  id: string;
  number: number;
  channel: 'online' | 'kiosk';
  status: TicketStatus;
  takenAt: string;
  calledAt: string | null;
  calledBy: string | null;
  calledTo: string | null;
}

export type StaffQueue = QueueSummary & { averageMinutes: number; open: boolean; tickets: StaffTicket[] };

export interface QueueKey {
  locationId: string;
  serviceId: string;
}

/** Queues move while the page is open: ask again every half minute. */
const LIVE = { refetchInterval: 30_000, staleTime: 0 } as const;
const walkInKey = ['walk-in'] as const;

export function useLocationQueues(locationId: string) {
  return useQuery({ queryKey: [...walkInKey, 'location', locationId], queryFn: () => api.get<LocationQueues>(`/api/walk-in/queues?${new URLSearchParams({ locationId })}`), ...LIVE });
}

export function useMyTickets() {
  return useQuery({ queryKey: [...walkInKey, 'mine'], queryFn: () => api.get<Ticket[]>('/api/me/walk-in/tickets'), ...LIVE });
}

export function useStaffQueue(key: QueueKey | null) {
  return useQuery({
    queryKey: [...walkInKey, 'staff', key?.locationId, key?.serviceId],
    queryFn: () => api.get<StaffQueue>(`/api/walk-in/queues/tickets?${new URLSearchParams({ ...key! })}`),
    enabled: key !== null,
    ...LIVE,
  });
}

/** Takes a number: online for the logged-in resident, or at the kiosk without login. */
export function useTakeTicket(kind: 'online' | 'kiosk') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: QueueKey) => api.post<Ticket>(kind === 'online' ? '/api/me/walk-in/tickets' : '/api/walk-in/kiosk/tickets', key),
    onSettled: () => queryClient.invalidateQueries({ queryKey: walkInKey }),
  });
}

export function useQueueActions() {
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: walkInKey });
  return {
    callNext: useMutation({ mutationFn: (input: QueueKey & { calledTo: string }) => api.post<StaffTicket>('/api/walk-in/queues/call-next', input), onSettled }),
    finish: useMutation({ mutationFn: ({ id, status }: { id: string; status: 'served' | 'left' }) => api.post<StaffTicket>(`/api/walk-in/tickets/${id}/${status}`), onSettled }),
  };
}

export interface Preferred {
  from: string | null;
  to: string | null;
  note: string | null;
}

export interface MyCallback {
  id: string;
  topic: string;
  phone: string;
  preferred: Preferred;
  routedTo: string;
  status: 'waiting' | 'handled';
  createdAt: string;
  dueAt: string;
  handledAt: string | null;
}

export interface StaffCallback {
  id: string;
  client: { id: string; name: string };
  topic: string;
  phone: string;
  preferred: Preferred;
  service: { id: string; name: string } | null;
  route: 'mine' | 'shared';
  routedTo: string | null;
  status: 'waiting' | 'handled';
  createdAt: string;
  dueAt: string;
  waitingMinutes: number;
  overdue: boolean;
  handledBy: string | null;
  handledAt: string | null;
  handledNote: string | null;
  version: number;
}

export interface CallbackInput {
  topic: string;
  phone: string;
  serviceId: string | null;
  preferredNote: string | null;
}

const callbackKey = ['callbacks'] as const;
// The staff list is audited per client: always ask the server, never a stale cache.
const fresh = { staleTime: 0, retry: false } as const;

export function useMyCallbacks() {
  return useQuery({ queryKey: [...callbackKey, 'mine'], queryFn: () => api.get<MyCallback[]>('/api/me/callbacks'), ...fresh });
}

export function useRequestCallback() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: CallbackInput) => api.post<MyCallback>('/api/me/callbacks', input), onSuccess: () => queryClient.invalidateQueries({ queryKey: callbackKey }) });
}

export function useStaffCallbacks(status: 'waiting' | 'handled') {
  return useQuery({ queryKey: [...callbackKey, 'staff', status], queryFn: () => api.get<StaffCallback[]>(`/api/callbacks?status=${status}`), ...fresh });
}

/** Whatever the answer (a 409 means a colleague handled it first), the list shows the server's state. */
export function useHandleCallback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, note }: { request: StaffCallback; note: string }) => api.post<StaffCallback>(`/api/callbacks/${request.id}/handled`, { note, version: request.version }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: callbackKey }),
  });
}

export interface WalkInPlace extends QueueKey {
  label: string;
}

/** Walk-in queues to run, found in the catalogue by words (service or place), named in the page language. */
export function useWalkInPlaces(text: string) {
  const q = text.trim();
  const language = currentLanguage();
  const name = (n: LocalizedName) => localized(n, language);
  return useQuery({
    queryKey: ['catalog', 'walk-in-places', q, language],
    queryFn: async () => {
      const page = await api.get<SearchPage>(`/api/catalog/search?${new URLSearchParams({ q, channel: 'walk_in', limit: '30' })}`);
      return page.items.map((hit): WalkInPlace => ({ locationId: hit.location.id, serviceId: hit.service.id, label: `${name(hit.service.name)} – ${name(hit.location.name)}` }));
    },
    enabled: q.length >= 2,
  });
}
