/** The secure-messaging API as the pages use it: shapes, queries and the moves of a thread. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Register } from '@avain/domain';
import { api } from '../../api/client';
import type { LocalizedName } from '../home/areas';

export interface Person {
  id: string;
  name: string;
}

export interface Thread {
  id: string;
  kind: 'care_team' | 'service_inbox';
  /** Null when the viewer's basis has ended: the thread is listed without its content. */
  subject: string | null;
  status: 'open' | 'closed';
  register: Register;
  client: Person;
  unit: { id: string; name: LocalizedName };
  service: { id: string; name: LocalizedName } | null;
  assignedTo: Person | null;
  listedAs: 'assigned' | 'inbox' | null;
  createdAt: string;
  lastMessageAt: string;
  unread: number;
}

export interface Message {
  seq: number;
  author: Person & { role: string };
  mine: boolean;
  body: string;
  createdAt: string;
}

export interface Handover {
  id: string;
  from: Person;
  to: Person;
  note: string;
  at: string;
}

export interface ThreadDetail extends Thread {
  messages: Message[];
  handovers: Handover[];
  lastReadSeq: number;
  staff: boolean;
}

export interface Recipients {
  careTeam: { userId: string; name: string; unit: LocalizedName; responsibleWorker: boolean }[];
  services: { id: string; name: LocalizedName; units: { id: string; name: LocalizedName }[] }[];
}

export interface Colleague {
  id: string;
  name: string;
  unit: LocalizedName;
}

export type Destination = { kind: 'care_team'; userId: string } | { kind: 'service_inbox'; serviceId: string; unitId?: string };

/** Every messaging query starts with this key: a live event refreshes them all at once. */
export const MESSAGES_KEY = 'messages';
export const unreadKey = [MESSAGES_KEY, 'unread'] as const;
const threadKey = (id: string) => [MESSAGES_KEY, 'thread', id] as const;

const withFor = (path: string, forId: string | undefined) => (forId ? `${path}?for=${encodeURIComponent(forId)}` : path);

export function useThreads(forId: string | undefined) {
  return useQuery({
    queryKey: [MESSAGES_KEY, 'threads', forId ?? 'self'],
    queryFn: () => api.get<{ actingAs: 'self' | 'guardian' | 'staff'; threads: Thread[] }>(withFor('/api/messages/threads', forId)),
  });
}

export function useThread(id: string) {
  return useQuery({ queryKey: threadKey(id), queryFn: () => api.get<ThreadDetail>(`/api/messages/threads/${id}`) });
}

export function useUnread(enabled: boolean) {
  return useQuery({ queryKey: unreadKey, queryFn: () => api.get<{ total: number }>('/api/messages/unread'), enabled });
}

export function useRecipients(forId: string | undefined) {
  return useQuery({ queryKey: [MESSAGES_KEY, 'recipients', forId ?? 'self'], queryFn: () => api.get<Recipients>(withFor('/api/me/messages/recipients', forId)) });
}

export function useColleagues(threadId: string) {
  return useQuery({ queryKey: [MESSAGES_KEY, 'colleagues', threadId], queryFn: () => api.get<Colleague[]>(`/api/messages/threads/${threadId}/colleagues`) });
}

/** A change to one thread: its page shows the server's answer at once, lists and counts follow. */
function useThreadChange<I>(threadId: string, send: (input: I) => Promise<ThreadDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => {
      queryClient.setQueryData(threadKey(threadId), detail);
      void queryClient.invalidateQueries({ queryKey: [MESSAGES_KEY] });
    },
  });
}

export function useStartThread(forId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { subject: string; body: string; to: Destination }) => api.post<ThreadDetail>(withFor('/api/me/messages/threads', forId), input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [MESSAGES_KEY] }),
  });
}

export function useStartStaffThread() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { clientId: string; subject: string; body: string }) => api.post<ThreadDetail>('/api/messages/threads', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [MESSAGES_KEY] }),
  });
}

export function useSendMessage(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<Message>(`/api/messages/threads/${threadId}/messages`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [MESSAGES_KEY] }),
  });
}

/** Read up to a message: the counts (here and in the badge) drop once the server has it. */
export function useMarkRead(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (seq: number) => api.post<null>(`/api/messages/threads/${threadId}/read`, { seq }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: unreadKey });
      void queryClient.invalidateQueries({ queryKey: [MESSAGES_KEY, 'threads'] });
    },
  });
}

export const useHandover = (threadId: string) =>
  useThreadChange(threadId, (input: { toUserId: string; note: string }) => api.post<ThreadDetail>(`/api/messages/threads/${threadId}/handover`, input));

export const useSetStatus = (threadId: string) =>
  useThreadChange(threadId, (verb: 'close' | 'reopen') => api.post<ThreadDetail>(`/api/messages/threads/${threadId}/${verb}`));
