/** The clients API as the professional's pages use it: shapes, queries and mutations. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Register } from '@avain/domain';
import { api } from '../../api/client';
import type { BasicData, Consent, Entry, EntryType } from '../../api/client-data';

export { ENTRY_TYPES } from '../../api/client-data';
export type { BasicData, Consent, Entry, EntryType } from '../../api/client-data';

export type SearchInput = { identityCode: string } | { lastName: string; birthDate: string; firstNames?: string };

export interface SearchHit {
  id: string;
  name: string;
  birthDate: string;
  /** Masked ("120486-****") unless the viewer has an active relation with the client. */
  identityCode: string | null;
  activeRelation: boolean;
}



export type AccessBasis = 'own' | 'guardian' | 'relation' | 'consent' | 'emergency';

export interface RegisterBlock {
  register: Register;
  /** The explanation is the server's English text; the page says it in the user's language. */
  why: { allowed: boolean; basis: AccessBasis | null; reason: string | null; explanation: string };
  entries: Entry[];
}

export type RelationKind = 'appointment' | 'case' | 'team';

export interface Relation {
  id: string;
  kind: RelationKind;
  professional: string;
  professionalId: string;
  unit: string;
  register: Register;
  startsAt: string;
  endsAt: string | null;
}



export interface Overview {
  client: BasicData;
  relations: Relation[];
  consents: Consent[];
  registers: RegisterBlock[];
}

export interface EmergencyAccess {
  id: string;
  client: { id: string; name: string; birthDate: string };
  professional: string;
  unit: string;
  reason: string;
  startedAt: string;
  expiresAt: string;
  reviewedAt: string | null;
  reviewNote: string | null;
}

export function searchParamsOf(input: SearchInput): URLSearchParams {
  if ('identityCode' in input) return new URLSearchParams({ identityCode: input.identityCode });
  const params = new URLSearchParams({ lastName: input.lastName, birthDate: input.birthDate });
  if (input.firstNames) params.set('firstNames', input.firstNames);
  return params;
}

export function useClientSearch(input: SearchInput | null) {
  const params = input ? searchParamsOf(input).toString() : '';
  return useQuery({
    queryKey: ['clients', 'search', params],
    queryFn: () => api.get<SearchHit[]>(`/api/clients/search?${params}`),
    enabled: input !== null,
    // Every search is audited and relations change: never answer from an old search.
    staleTime: 0,
    retry: false,
  });
}

const overviewKey = (id: string) => ['clients', 'overview', id] as const;

export function useOverview(id: string) {
  return useQuery({
    queryKey: overviewKey(id),
    queryFn: () => api.get<Overview>(`/api/clients/${id}/overview`),
    // Consents are revoked "for the very next read": show what the server decides now, not a cache.
    staleTime: 0,
    retry: false,
  });
}

/** A change to the client (entry, relation, emergency access) alters what the overview shows. */
function useClientMutation<Input, Output>(clientId: string, send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: overviewKey(clientId) }),
  });
}

export interface EntryInput {
  type: EntryType;
  title: string;
  text: string;
  hiddenFromGuardians: boolean;
}

export const useAddEntry = (clientId: string) => useClientMutation(clientId, (input: EntryInput) => api.post<Entry>(`/api/clients/${clientId}/entries`, input));

export interface RelationInput {
  kind: 'case' | 'team';
  needsAddress: boolean;
  endsAt: string | null;
  note: string | null;
}

export const useOpenRelation = (clientId: string) => useClientMutation(clientId, (input: RelationInput) => api.post<Relation>(`/api/clients/${clientId}/relations`, input));

export const useCloseRelation = (clientId: string) => useClientMutation(clientId, (relationId: string) => api.post<void>(`/api/clients/${clientId}/relations/${relationId}/close`));

export const useStartEmergency = (clientId: string) =>
  useClientMutation(clientId, (reason: string) => api.post<{ id: string; expiresAt: string }>(`/api/clients/${clientId}/emergency-access`, { reason }));

export type EmergencyStatus = 'unreviewed' | 'all';
const emergenciesKey = ['clients', 'emergency-accesses'] as const;

export function useEmergencyAccesses(status: EmergencyStatus) {
  return useQuery({
    queryKey: [...emergenciesKey, status],
    queryFn: () => api.get<EmergencyAccess[]>(`/api/emergency-accesses?status=${status}`),
    retry: false,
  });
}

export function useReviewEmergency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) => api.post<void>(`/api/emergency-accesses/${id}/review`, { note }),
    // Reviewed or not (a 404 means someone else already did), the list must show the server's state.
    onSettled: () => queryClient.invalidateQueries({ queryKey: emergenciesKey }),
  });
}
