import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Language } from '../../i18n';

/** A name in Finnish, and in Swedish and English where the region has given one. */
export type LocalizedName = { fi: string } & Partial<Record<Exclude<Language, 'fi'>, string>>;

export type PlaceType = 'welfare_centre' | 'welfare_point';

export interface Place {
  id: string;
  type: PlaceType;
  name: LocalizedName;
  address: { street: string; postalCode: string; city: string };
  coordinates: { lat: number; lon: number };
}

export interface WelfareArea {
  id: string;
  code: 'south' | 'east' | 'north' | 'central';
  name: LocalizedName;
  places: Place[];
}

export function localized(name: LocalizedName, language: Language): string {
  return (language === 'fi' ? undefined : name[language]) || name.fi;
}

export function useAreas() {
  return useQuery({
    queryKey: ['areas'],
    queryFn: () => api.get<WelfareArea[]>('/api/areas'),
    staleTime: 5 * 60_000,
  });
}
