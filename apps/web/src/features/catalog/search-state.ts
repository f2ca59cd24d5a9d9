/**
 * The search lives in the URL query string, so a search can be shared, bookmarked and walked
 * back and forth with the browser's buttons. This file is the one translation between the two.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Language } from '../../i18n';

export const LIST_FILTERS = ['lifeCourseGroup', 'serviceClass', 'producerType', 'channel', 'area', 'language', 'accessibility'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export const FLAG_FILTERS = ['openNow', 'walkInNow', 'free'] as const;
export type FlagFilter = (typeof FLAG_FILTERS)[number];

export interface Origin {
  lat: number;
  lon: number;
  /** The geocoded address as the user will recognise it; absent for the device's own position. */
  label: string | null;
}

export interface SearchState {
  q: string;
  lists: Record<ListFilter, string[]>;
  flags: Record<FlagFilter, boolean>;
  sort: 'relevance' | 'distance';
  origin: Origin | null;
}

function parseCoordinate(value: string | null, limit: number): number | null {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && Math.abs(number) <= limit ? number : null;
}

export function withoutFilters(state: SearchState): SearchState {
  const empty = parseSearch(new URLSearchParams());
  return { ...state, lists: empty.lists, flags: empty.flags };
}

export function parseSearch(params: URLSearchParams): SearchState {
  const lat = parseCoordinate(params.get('lat'), 90);
  const lon = parseCoordinate(params.get('lon'), 180);
  return {
    q: params.get('q') ?? '',
    lists: Object.fromEntries(
      LIST_FILTERS.map((key) => [key, params.getAll(key).flatMap((value) => value.split(',')).filter(Boolean)]),
    ) as Record<ListFilter, string[]>,
    flags: Object.fromEntries(FLAG_FILTERS.map((key) => [key, params.get(key) === 'true'])) as Record<FlagFilter, boolean>,
    sort: params.get('sort') === 'distance' ? 'distance' : 'relevance',
    origin: lat !== null && lon !== null ? { lat, lon, label: params.get('near') } : null,
  };
}

/** The URL form of a search: only what differs from the defaults, in a stable order. */
export function serializeSearch(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of LIST_FILTERS) for (const value of state.lists[key]) params.append(key, value);
  for (const key of FLAG_FILTERS) if (state.flags[key]) params.set(key, 'true');
  if (state.sort === 'distance') params.set('sort', 'distance');
  if (state.origin) {
    params.set('lat', state.origin.lat.toFixed(5));
    params.set('lon', state.origin.lon.toFixed(5));
    if (state.origin.label) params.set('near', state.origin.label);
  }
  return params;
}

/** The API query: the URL form less the display-only label, and relevance when there is no origin. */
export function toApiQuery(state: SearchState, lang: Language): string {
  const params = serializeSearch(state);
  params.delete('near');
  if (!state.origin) params.delete('sort');
  params.set('lang', lang);
  return params.toString();
}

export function activeFilterCount(state: SearchState): number {
  return LIST_FILTERS.reduce((sum, key) => sum + state.lists[key].length, 0) + FLAG_FILTERS.filter((key) => state.flags[key]).length;
}

export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearch(params), [params]);
  /** Every change is a history entry, so the back button undoes the last filter or search. */
  const update = useCallback(
    (change: (current: SearchState) => SearchState) => setParams((current) => serializeSearch(change(parseSearch(current)))),
    [setParams],
  );
  return { state, update };
}
