/** The "My data" API as the page uses it: shapes, queries and the consent changes. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccessBasis, Register } from '@avain/domain';
import { api } from '../../api/client';
import type { BasicData, Consent, ConsentPurpose, Entry } from '../../api/client-data';

export type { BasicData, Consent, ConsentPurpose, ConsentStatus, Entry, EntryType } from '../../api/client-data';





export interface MyData {
  client: BasicData;
  actingAs: 'self' | 'guardian';
  entries: Entry[];
  consents: Consent[];
}

export interface AccessEvent {
  seq: number;
  at: string;
  who: { name: string | null; role: string | null; organization: string | null };
  action: string;
  what: string | null;
  register: string | null;
  outcome: string;
  /** `referral`, `inbox`, `callback_request`: a receiving side's own basis, not one of the gate's. */
  why: { basis: AccessBasis | 'referral' | 'inbox' | 'callback_request' | null; reason: string | null };
}

interface AccessLogPage {
  items: AccessEvent[];
  nextBefore: number | null;
}

export interface Ward {
  id: string;
  name: string;
  birthDate: string;
  age: number;
}

export interface ConsentInput {
  registers: Register[];
  organizationIds: string[];
  purpose: ConsentPurpose;
  validFrom: string;
  validTo: string | null;
}

export interface Organization {
  id: string;
  name: string;
  /** HSDS `legal_status`: public, private, third_sector or parish. */
  type: string;
}

/** `?for=` names the minor a guardian acts for; the resident's own data has none. */
function withFor(path: string, forId: string | undefined, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params);
  if (forId) query.set('for', forId);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const exportPath = (format: 'json' | 'fhir', forId: string | undefined) => withFor(`/api/me/export.${format}`, forId);

const whose = (forId: string | undefined) => forId ?? 'self';
const dataKey = (forId: string | undefined) => ['mydata', whose(forId), 'data'] as const;
const logKey = (forId: string | undefined) => ['mydata', whose(forId), 'log'] as const;

export function useMyData(forId: string | undefined) {
  return useQuery({ queryKey: dataKey(forId), queryFn: () => api.get<MyData>(withFor('/api/me/data', forId)) });
}

const LOG_PAGE_SIZE = 20;

/** Newest first; each "show more" asks for the events before the oldest one shown. */
export function useAccessLog(forId: string | undefined) {
  return useInfiniteQuery({
    queryKey: logKey(forId),
    queryFn: ({ pageParam }) => {
      const params: Record<string, string> = { limit: String(LOG_PAGE_SIZE) };
      if (pageParam !== null) params.before = String(pageParam);
      return api.get<AccessLogPage>(withFor('/api/me/access-log', forId, params));
    },
    initialPageParam: null as number | null,
    getNextPageParam: (lastPage) => lastPage.nextBefore,
  });
}

export function useWards() {
  return useQuery({ queryKey: ['mydata', 'wards'], queryFn: () => api.get<Ward[]>('/api/me/wards') });
}

/** The explicit, audited switch to a minor's data; the server refuses anyone not in the guardian's care. */
export function useActFor() {
  return useMutation({ mutationFn: (clientId: string) => api.post<{ id: string; name: string }>('/api/me/act-for', { clientId }) });
}

interface HsdsOrganizations {
  contents: { id: string; name: string; legal_status: string }[];
}

/** Everyone a consent can name: the welfare region and the producers of the service catalogue. */
export function useOrganizations() {
  return useQuery({
    queryKey: ['mydata', 'organizations'],
    queryFn: async () => {
      const page = await api.get<HsdsOrganizations>('/api/hsds/organizations?per_page=500');
      return page.contents.map((o): Organization => ({ id: o.id, name: o.name, type: o.legal_status }));
    },
    staleTime: 10 * 60_000,
  });
}

type ConsentChange = { kind: 'give'; input: ConsentInput } | { kind: 'change'; consent: Consent; input: ConsentInput } | { kind: 'revoke'; consent: Consent };

function sendConsentChange(change: ConsentChange, forId: string | undefined): Promise<Consent> {
  switch (change.kind) {
    case 'give':
      return api.post<Consent>(withFor('/api/me/consents', forId), change.input);
    case 'change':
      return api.put<Consent>(withFor(`/api/me/consents/${change.consent.id}`, forId), { version: change.consent.version, consent: change.input });
    case 'revoke':
      return api.post<Consent>(withFor(`/api/me/consents/${change.consent.id}/revoke`, forId));
  }
}

/** Giving, changing and revoking alike: each takes effect at once and leaves a line in the access log. */
export function useConsentChange(forId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ConsentChange) => sendConsentChange(change, forId),
    // A refusal may mean the page's copy is stale (a change in another tab), so refresh either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['mydata', whose(forId)] }),
  });
}
