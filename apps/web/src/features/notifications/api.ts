/** Notification preferences and the development outbox, as the pages use them. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export type Channel = 'email' | 'sms' | 'none';
export type MessageLanguage = 'fi' | 'sv' | 'en';

export interface Preferences {
  channel: Channel;
  language: MessageLanguage;
  email: string | null;
  phone: string | null;
  accountEmail: string | null;
}

export interface OutboxItem {
  id: string;
  to: string;
  channel: 'email' | 'sms';
  language: string;
  template: string;
  subject: string;
  body: string;
  status: 'pending' | 'sent' | 'failed' | 'cancelled';
  attempts: number;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

const preferencesKey = ['notification-preferences'] as const;

export function usePreferences() {
  return useQuery({ queryKey: preferencesKey, queryFn: () => api.get<Preferences>('/api/me/notification-preferences') });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<Preferences, 'accountEmail'>) => api.put<Preferences>('/api/me/notification-preferences', input),
    onSuccess: (saved) => queryClient.setQueryData(preferencesKey, saved),
  });
}

export function useOutbox() {
  return useQuery({ queryKey: ['dev-outbox'], queryFn: () => api.get<OutboxItem[]>('/api/dev/outbox'), staleTime: 0, refetchInterval: 10_000 });
}
