/** The catalogue API as the public pages use it: response shapes and the queries that fetch them. */
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { ChannelType, ProducerType } from '@avain/domain';
import { api } from '../../api/client';
import type { LocalizedName } from '../home/areas';
import { currentLanguage } from '../../i18n';
import { toApiQuery, type SearchState } from './search-state';

export interface Address {
  street: string;
  postalCode: string;
  city: string;
}

export interface Coordinates {
  lat: number;
  lon: number;
}

export interface WeeklyRange {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: string;
  closes: string;
}

export interface Channel {
  type: ChannelType;
  phone?: string;
  url?: string;
  hours?: WeeklyRange[];
  note?: LocalizedName;
}

export interface DayHours {
  kind: 'open' | 'closed';
  ranges?: { opens: string; closes: string }[];
  holiday?: { date: string; name: LocalizedName };
  note?: string | null;
}

export interface OrganizationRef {
  id: string;
  name: LocalizedName;
  type: ProducerType;
}

export interface LocationRef {
  id: string;
  name: LocalizedName;
  type: string;
  address: Address;
  coordinates: Coordinates;
}

export interface SearchHit {
  id: string;
  service: {
    id: string;
    name: LocalizedName;
    summary: LocalizedName;
    serviceClass: string;
    lifeCourseGroup: string;
    free: boolean;
  };
  organization: OrganizationRef;
  location: LocationRef;
  channels: Channel[];
  distanceKm: number | null;
  openNow: boolean;
  walkInNow: boolean;
}

export type Facets = Record<string, Record<string, number>>;

export interface SearchPage {
  items: SearchHit[];
  total: number;
  nextCursor: string | null;
  facets: Facets;
}

export interface ServiceDetail {
  id: string;
  name: LocalizedName;
  summary: LocalizedName;
  description: LocalizedName;
  serviceClass: string;
  lifeCourseGroup: string;
  keywords: string[];
  targetGroups: string[];
  languages: string[];
  grantingCriteria: { text: LocalizedName; minAge?: number; maxAge?: number; areas?: string[]; conditions?: string[] };
  qualityCriteria: LocalizedName;
  fee: { type: string; amountCents: number | null; unit: string | null; rule: LocalizedName };
  purchasePrice: { amountCents: number; unit: string | null; lines: { label: LocalizedName; amountCents: number }[] } | null;
  estimatedEligible: number | null;
  specialContacts: { group: string; name: string; phone?: string; email?: string }[];
  organization: OrganizationRef;
  places: { location: LocationRef; channels: Channel[]; today: DayHours; openNow: boolean }[];
}

export interface LocationDetail extends LocationRef {
  accessibility: string[];
  timetable: LocalizedName | null;
  weeklyHours: WeeklyRange[];
  today: DayHours;
  openNow: boolean;
  services: { id: string; name: LocalizedName; serviceClass: string; organization: OrganizationRef; channels: Channel[] }[];
}

export interface MapSettings {
  tileUrl: string;
  attribution: string;
}

/** GET /api/places/geocode: an address turned into a point. */
export interface GeocodedPlace {
  label: string;
  postalCode: string;
  coordinates: Coordinates;
  precision: string;
}

const PAGE_SIZE = 20;

/** Search results page by page; the previous results stay on screen while a changed search loads. */
export function useCatalogSearch(state: SearchState) {
  const lang = currentLanguage();
  const query = toApiQuery(state, lang);
  return useInfiniteQuery({
    queryKey: ['catalog', 'search', query],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams(query);
      params.set('limit', String(PAGE_SIZE));
      if (pageParam) params.set('cursor', pageParam);
      return api.get<SearchPage>(`/api/catalog/search?${params}`);
    },
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useService(id: string) {
  return useQuery({ queryKey: ['catalog', 'service', id], queryFn: () => api.get<ServiceDetail>(`/api/catalog/services/${id}`) });
}

export const locationQuery = (id: string) => ({
  queryKey: ['catalog', 'location', id],
  queryFn: () => api.get<LocationDetail>(`/api/catalog/locations/${id}`),
});

export function useLocationDetail(id: string) {
  return useQuery(locationQuery(id));
}

export function useMapSettings() {
  return useQuery({
    queryKey: ['catalog', 'map-settings'],
    queryFn: () => api.get<MapSettings>('/api/catalog/map-settings'),
    staleTime: Infinity,
  });
}

export function geocode(address: string): Promise<GeocodedPlace> {
  return api.get<GeocodedPlace>(`/api/places/geocode?${new URLSearchParams({ q: address })}`);
}
