import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ServiceStatus } from '@avain/domain';
import { api } from '../../api/client';
import type { LocalizedName } from '../home/areas';

/** A text in Finnish and, where given, Swedish and English — as the API sends and takes them. */
export type LocalizedText = LocalizedName;

export interface Fee {
  type: 'free' | 'fixed' | 'income_based';
  amountCents: number | null;
  unit: string | null;
  rule: LocalizedText;
}

interface OrganizationSummary {
  id: string;
  name: LocalizedText;
}

export interface MyService {
  id: string;
  code: string;
  name: LocalizedText;
  status: ServiceStatus;
  version: number;
  updatedAt: string;
  organization: OrganizationSummary;
  pendingReview: { id: string; submittedAt: string } | null;
}

export interface EditableService {
  id: string;
  code: string;
  status: ServiceStatus;
  version: number;
  updatedAt: string;
  organization: OrganizationSummary;
  name: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  keywords: string[];
  targetGroups: string[];
  languages: string[];
  qualityCriteria: LocalizedText;
  fee: Fee;
  locations: { id: string; name: LocalizedText }[];
  pendingReview: { id: string; submittedAt: string; proposed: Record<string, unknown> } | null;
  changesNeedReview: boolean;
  allowedStatuses: ServiceStatus[];
}

/** The fields of a change; only those given are changed. */
export type ServicePatch = Partial<
  Pick<EditableService, 'name' | 'summary' | 'description' | 'keywords' | 'targetGroups' | 'languages' | 'qualityCriteria' | 'fee'>
> & { version?: number };

export interface HistoryEntry {
  version: number;
  action: string;
  changedAt: string;
  changedByName: string | null;
  changes: Record<string, unknown>;
  comment: string | null;
}

export interface Review {
  id: string;
  serviceId: string;
  serviceName: string;
  organizationName: string;
  proposed: Record<string, unknown>;
  current: Record<string, unknown>;
  baseVersion: number;
  currentVersion: number;
  submittedAt: string;
}

export interface WeeklyRange {
  weekday: number;
  opens: string;
  closes: string;
}

export interface HoursException {
  date: string;
  opens: string | null;
  closes: string | null;
  note: string | null;
}

export interface LocationSummary {
  id: string;
  code: string;
  type: string;
  name: LocalizedText;
  address: { street: string; postalCode: string; city: string };
  organization: OrganizationSummary | null;
}

export interface EditableLocation extends LocationSummary {
  coordinates: { lat: number; lon: number };
  accessibility: string[];
  weeklyHours: WeeklyRange[];
  exceptions: HoursException[];
  services: { id: string; name: LocalizedText; status: ServiceStatus }[];
  revision: string;
}

export type LocationPatch = Partial<Pick<EditableLocation, 'name' | 'address' | 'coordinates' | 'accessibility' | 'weeklyHours' | 'exceptions'>> & {
  revision: string;
};

interface Page<T> {
  items: T[];
  total: number;
}

const keys = {
  services: ['editing', 'services'] as const,
  service: (id: string) => ['editing', 'service', id] as const,
  history: (id: string) => ['editing', 'history', id] as const,
  locations: ['editing', 'locations'] as const,
  location: (id: string) => ['editing', 'location', id] as const,
  reviews: ['editing', 'reviews'] as const,
};

export function useMyServices(q: string, limit: number) {
  const query = new URLSearchParams({ limit: String(limit), ...(q ? { q } : {}) });
  return useQuery({
    queryKey: [...keys.services, q, limit],
    queryFn: () => api.get<Page<MyService>>(`/api/catalog/my-services?${query}`),
    // Keeps the list on screen while more rows or a new search load, so focus and scroll stay put.
    placeholderData: keepPreviousData,
  });
}

export const useEditableService = (id: string) =>
  useQuery({ queryKey: keys.service(id), queryFn: () => api.get<EditableService>(`/api/catalog/services/${id}/editable`) });

export const useServiceHistory = (id: string) =>
  useQuery({ queryKey: keys.history(id), queryFn: () => api.get<HistoryEntry[]>(`/api/catalog/services/${id}/history`) });

export const useMyLocations = () =>
  useQuery({ queryKey: keys.locations, queryFn: () => api.get<Page<LocationSummary>>('/api/catalog/my-locations?limit=100') });

export const useEditableLocation = (id: string) =>
  useQuery({ queryKey: keys.location(id), queryFn: () => api.get<EditableLocation>(`/api/catalog/locations/${id}/editable`) });

export const useReviews = () => useQuery({ queryKey: keys.reviews, queryFn: () => api.get<Review[]>('/api/catalog/reviews') });

/**
 * Every editing view may show what a change touched, so a saved change refreshes them all. Not
 * awaited: the refetch may unmount the form that saved, and the caller's own success handler
 * (its confirmation message) must run first.
 */
function useRefreshEditing() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['editing'] });
  };
}

export function useSaveService(id: string) {
  const refresh = useRefreshEditing();
  return useMutation({
    mutationFn: (patch: ServicePatch) =>
      api.patch<{ outcome: 'applied' | 'in_review'; version: number }>(`/api/catalog/services/${id}`, patch),
    onSuccess: refresh,
  });
}

export function useChangeStatus(id: string) {
  const refresh = useRefreshEditing();
  return useMutation({
    mutationFn: (change: { status: ServiceStatus; version: number; comment?: string }) =>
      api.post<{ status: ServiceStatus; version: number }>(`/api/catalog/services/${id}/status`, change),
    onSuccess: refresh,
  });
}

export function useSaveLocation(id: string) {
  const refresh = useRefreshEditing();
  return useMutation({
    mutationFn: (patch: LocationPatch) => api.patch<EditableLocation>(`/api/catalog/locations/${id}`, patch),
    onSuccess: refresh,
  });
}

export function useDecideReview() {
  const refresh = useRefreshEditing();
  return useMutation({
    mutationFn: (decision: { id: string; approve: true } | { id: string; approve: false; comment: string }) =>
      decision.approve
        ? api.post(`/api/catalog/reviews/${decision.id}/approve`)
        : api.post(`/api/catalog/reviews/${decision.id}/return`, { comment: decision.comment }),
    onSuccess: refresh,
  });
}
