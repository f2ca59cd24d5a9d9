/** The referrals API as the pages use it: shapes, lists of both ends of the loop, and the moves. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReferralAction, ReferralStatus, Register } from '@avain/domain';
import { api } from '../../api/client';
import { currentLanguage } from '../../i18n';
import type { SearchPage } from '../catalog/api';
import { localized } from '../home/areas';

export interface Referral {
  id: string;
  client: { id: string; name: string; age: number | null; phone: string | null };
  planId: string | null;
  service: { id: string; name: string };
  organization: { id: string; name: string };
  handoverNote: string;
  status: ReferralStatus;
  responseNote: string | null;
  referrer: { id: string; name: string; register: Register };
  answeredBy: string | null;
  sentAt: string;
  answeredAt: string | null;
  completedAt: string | null;
  unanswered: boolean;
  version: number;
  /** What the viewer may do now, decided by the server from the side they stand on. */
  actions: ReferralAction[];
}

/** What the client sees of their own referral. */
export interface MyReferral {
  id: string;
  service: string;
  organization: string;
  referrer: string;
  status: ReferralStatus;
  responseNote: string | null;
  sentAt: string;
  answeredAt: string | null;
  completedAt: string | null;
}

export type IncomingFilter = 'open' | 'all';

const referralsKey = ['referrals'] as const;
// Every list read of the receiving side is audited: always ask the server, never a stale cache.
const fresh = { staleTime: 0, retry: false } as const;

export function useIncomingReferrals(filter: IncomingFilter) {
  const query = filter === 'open' ? '?status=open' : '';
  return useQuery({ queryKey: [...referralsKey, 'incoming', filter], queryFn: () => api.get<Referral[]>(`/api/referrals/incoming${query}`), ...fresh });
}

export function useSentReferrals() {
  return useQuery({ queryKey: [...referralsKey, 'sent'], queryFn: () => api.get<Referral[]>('/api/referrals/sent'), ...fresh });
}

export function useClientReferrals(clientId: string) {
  return useQuery({ queryKey: [...referralsKey, 'client', clientId], queryFn: () => api.get<Referral[]>(`/api/clients/${clientId}/referrals`), ...fresh });
}

export function useMyReferrals(forId?: string) {
  const query = forId ? `?${new URLSearchParams({ for: forId })}` : '';
  return useQuery({ queryKey: [...referralsKey, 'mine', forId ?? 'self'], queryFn: () => api.get<MyReferral[]>(`/api/me/referrals${query}`), ...fresh });
}

export interface AnswerInput {
  referral: Referral;
  action: ReferralAction;
  note: string | null;
}

/** One move of the loop; whatever the answer (a 409 means someone moved first), lists show the server's state. */
export function useAnswerReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ referral, action, note }: AnswerInput) => api.post<Referral>(`/api/referrals/${referral.id}/${action}`, { version: referral.version, note }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: referralsKey }),
  });
}

export interface ReferralInput {
  serviceId: string;
  handoverNote: string;
  planId?: string;
}

export function useCreateReferral(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReferralInput) => api.post<Referral>(`/api/clients/${clientId}/referrals`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referralsKey }),
  });
}

export interface ServiceChoice {
  id: string;
  name: string;
  organization: string;
}

/**
 * Published catalogue services matching the words, one row per service (the search answers per
 * service and place), named in the page language.
 */
export function useServiceChoices(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['catalog', 'referral-choices', q, currentLanguage()],
    queryFn: async () => {
      const language = currentLanguage();
      const page = await api.get<SearchPage>(`/api/catalog/search?${new URLSearchParams({ q, limit: '50', lang: language })}`);
      const byService = new Map<string, ServiceChoice>();
      for (const hit of page.items) {
        byService.set(hit.service.id, { id: hit.service.id, name: localized(hit.service.name, language), organization: localized(hit.organization.name, language) });
      }
      return [...byService.values()];
    },
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}
