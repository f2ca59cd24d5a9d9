/** Weekly availability and appointment types as staff edit them on the schedule page. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../api/client';
import { useAreas, type Place } from '../home/areas';
import type { AppointmentChannel, AppointmentType } from './api';
import type { LinkedService } from './type-services';

export const CHANNELS: AppointmentChannel[] = ['in_person', 'phone', 'video'];
export const SELF_BOOKING_RULES: AppointmentType['selfBooking'][] = ['area_residents', 'anyone', 'staff_only'];
/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** An appointment type with all that its editor changes. */
export interface TypeDetails extends AppointmentType {
  bufferMinutes: number;
  unitId: string;
  /** The linked catalogue services by name. */
  services: LinkedService[];
}

/** What saves a type; a new one may leave out the unit and then belongs to the creator's own unit. */
export type TypeInput = Omit<TypeDetails, 'id' | 'unitId' | 'services'> & { unitId?: string };

export interface Availability {
  id: string;
  professional: { id: string; name: string };
  unitId: string;
  appointmentTypeIds: string[];
  weekday: number;
  starts: string;
  ends: string;
  channel: AppointmentChannel;
  locationId: string | null;
  validFrom: string;
  validTo: string | null;
}

export type AvailabilityInput = Omit<Availability, 'id' | 'professional' | 'unitId'> & { professionalId?: string };

const typesKey = ['booking', 'types'] as const;
const availabilityKey = (professionalId: string | undefined) => ['booking', 'availabilities', professionalId ?? 'own'] as const;

export function useTypeDetails() {
  return useQuery({ queryKey: typesKey, queryFn: () => api.get<TypeDetails[]>('/api/booking/appointment-types'), staleTime: 5 * 60_000 });
}

export function useSaveType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: TypeInput }) =>
      id ? api.put<TypeDetails>(`/api/booking/appointment-types/${id}`, input) : api.post<TypeDetails>('/api/booking/appointment-types', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: typesKey }),
  });
}

/** A professional's own windows (no id), or the chosen professional's for a coordinator. */
export function useAvailabilities(professionalId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: availabilityKey(professionalId),
    queryFn: () => api.get<Availability[]>(professionalId ? `/api/booking/availabilities?professionalId=${encodeURIComponent(professionalId)}` : '/api/booking/availabilities'),
    enabled,
  });
}

/** Changed availability also changes the free times residents see. */
function useAvailabilityMutation<T, R>(run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['booking', 'availabilities'] });
      await queryClient.invalidateQueries({ queryKey: ['booking', 'slots'] });
    },
  });
}

export const useAddAvailability = () => useAvailabilityMutation((input: AvailabilityInput) => api.post<Availability>('/api/booking/availabilities', input));
export const useRemoveAvailability = () => useAvailabilityMutation((id: string) => api.delete<null>(`/api/booking/availabilities/${id}`));

/** The region's welfare centres and points: where in-person appointments are held. */
export function useBookingPlaces(): { places: Place[]; isPending: boolean; isError: boolean } {
  const areas = useAreas();
  const places = useMemo(() => (areas.data ?? []).flatMap((area) => area.places).filter((p) => p.type === 'welfare_centre' || p.type === 'welfare_point'), [areas.data]);
  return { places, isPending: areas.isPending, isError: areas.isError };
}
