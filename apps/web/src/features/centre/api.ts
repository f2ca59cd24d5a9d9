/** The areas API as "My welfare centre" and the coordinators' page use it: shapes and queries. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { LocalizedName, Place } from '../home/areas';

export interface PlaceWithDistance extends Place {
  areaCode: string | null;
  distanceKm: number;
}

/** What the resident asked about: an address, postal code or district (q), or a position. */
export type LookupInput = { q: string } | { lat: number; lon: number };

export interface LookupResult {
  location: { label: string; postalCode: string | null; precision: 'address' | 'postal_code' };
  postalCode: { code: string; postOffice: string; district: string | null } | null;
  area: { code: string; name: LocalizedName };
  /** Null when the postal code is split between centres and only the code was given. */
  responsibleCentre: PlaceWithDistance | null;
  candidates: PlaceWithDistance[];
  nearestPlaces: PlaceWithDistance[];
}

export interface CentreChoice {
  centre: Place;
  chosenAt: string;
}

export interface MyCentre {
  current: CentreChoice | null;
  /** Newest first; the first is the current choice. */
  history: CentreChoice[];
  /** From when the next change is allowed; null when a change is allowed now. */
  nextChangeFrom: string | null;
}

/** GeoJSON Polygon or MultiPolygon; the page never reads it, only hands it back unchanged. */
export type Geometry = { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };

export interface PostalCode {
  code: string;
  postOffice: string;
  district: string | null;
  coordinates: { lat: number; lon: number };
  boundary: Geometry | null;
  boundarySource: string | null;
  assignments: { centreLocationId: string; centreName: LocalizedName; areaCode: string; part: Geometry | null }[];
}

export interface AreaBoundary {
  id: string;
  code: string;
  name: LocalizedName;
  boundary: Geometry | null;
}

export function lookupParams(input: LookupInput): URLSearchParams {
  return 'q' in input ? new URLSearchParams({ q: input.q }) : new URLSearchParams({ lat: String(input.lat), lon: String(input.lon) });
}

export function useLookup(input: LookupInput | null) {
  const params = input ? lookupParams(input).toString() : '';
  return useQuery({
    queryKey: ['areas', 'lookup', params],
    queryFn: () => api.get<LookupResult>(`/api/areas/lookup?${params}`),
    enabled: input !== null,
    // Responsibility changes rarely, but a coordinator's change must show on the next lookup.
    staleTime: 0,
  });
}

const myCentreKey = ['me', 'centre'] as const;

export function useMyCentre(enabled: boolean) {
  return useQuery({ queryKey: myCentreKey, queryFn: () => api.get<MyCentre>('/api/me/centre'), enabled });
}

export function useChooseCentre() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locationId: string) => api.post<MyCentre>('/api/me/centre', { locationId }),
    onSuccess: (data) => queryClient.setQueryData(myCentreKey, data),
    // A refusal may mean the page's copy is stale (a change in another tab): show the server's state.
    onError: () => queryClient.invalidateQueries({ queryKey: myCentreKey }),
  });
}

const postalCodesKey = ['areas', 'postal-codes'] as const;

export function usePostalCodes() {
  return useQuery({ queryKey: postalCodesKey, queryFn: () => api.get<PostalCode[]>('/api/areas/postal-codes') });
}

/** PUT replaces the whole postal code, so everything not being changed is sent back as it was read. */
export function useSavePostalCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, centreIds }: { code: PostalCode; centreIds: string[] }) =>
      api.put<PostalCode>(`/api/areas/postal-codes/${code.code}`, {
        postOffice: code.postOffice,
        district: code.district,
        coordinates: code.coordinates,
        boundary: code.boundary,
        boundarySource: code.boundarySource,
        assignments: code.assignments.map((assignment, i) => ({ centreLocationId: centreIds[i] ?? assignment.centreLocationId, part: assignment.part })),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData<PostalCode[]>(postalCodesKey, (codes) => codes?.map((c) => (c.code === saved.code ? saved : c)));
      return queryClient.invalidateQueries({ queryKey: ['areas', 'lookup'] });
    },
  });
}

const boundariesKey = ['areas', 'boundaries'] as const;

export function useAreaBoundaries() {
  return useQuery({ queryKey: boundariesKey, queryFn: () => api.get<AreaBoundary[]>('/api/areas/boundaries') });
}

export function useRenameArea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, name }: { code: string; name: LocalizedName }) => api.patch<AreaBoundary>(`/api/areas/${code}`, { name }),
    // Area names show on the front page and in lookups too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['areas'] }),
  });
}
