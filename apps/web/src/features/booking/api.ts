/** The booking API as residents and staff use it: shapes, queries and mutations. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppointmentChannel } from '@avain/domain';
import { api } from '../../api/client';
import type { LocalizedName } from '../home/areas';

export type { AppointmentChannel };

export interface AppointmentType {
  id: string;
  code: string;
  name: LocalizedName;
  durationMinutes: number;
  channels: AppointmentChannel[];
  serviceIds: string[];
  selfBooking: 'area_residents' | 'anyone' | 'staff_only';
  cancellationHours: number;
  active: boolean;
}

interface PlaceRef {
  id: string;
  name: LocalizedName;
  address: { street: string; postalCode: string; city: string };
}

export interface Slot {
  appointmentType: { id: string; name: LocalizedName; durationMinutes: number };
  professional: { id: string; name: string };
  location: PlaceRef | null;
  channel: AppointmentChannel;
  startsAt: string;
  endsAt: string;
}

export type AppointmentStatus = 'held' | 'booked' | 'cancelled' | 'expired' | 'arrived' | 'no_show' | 'done';

export interface Appointment {
  id: string;
  clientId: string;
  appointmentType: { id: string; name: LocalizedName };
  professional: { id: string; name: string };
  location: PlaceRef | null;
  channel: AppointmentChannel;
  startsAt: string;
  endsAt: string;
  status: AppointmentStatus;
  heldUntil: string | null;
  videoUrl: string | null;
  changeableUntil: string;
  changeable: boolean;
  rescheduledFromId: string | null;
  note: string | null;
  version: number;
}

export interface DayListItem extends Appointment {
  client: { id: string; name: string; birthDate: string };
}

export interface SlotSearch {
  appointmentTypeId: string;
  locationId?: string | undefined;
  channel?: AppointmentChannel | undefined;
  from?: string | undefined;
}

/** What books a slot. */
export const bookingOf = (s: Slot) => ({ appointmentTypeId: s.appointmentType.id, professionalId: s.professional.id, startsAt: s.startsAt, channel: s.channel, locationId: s.location?.id ?? null });

const withFor = (path: string, forId: string | undefined) => (forId ? `${path}?for=${encodeURIComponent(forId)}` : path);
export const icsPath = (id: string, forId: string | undefined) => withFor(`/api/me/appointments/${id}.ics`, forId);

export function useAppointmentTypes() {
  return useQuery({ queryKey: ['booking', 'types'], queryFn: () => api.get<AppointmentType[]>('/api/booking/appointment-types'), staleTime: 5 * 60_000 });
}

export function useSlots(search: SlotSearch | null) {
  const params = new URLSearchParams(Object.entries(search ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')).toString();
  return useQuery({
    queryKey: ['booking', 'slots', params],
    queryFn: () => api.get<Slot[]>(`/api/booking/slots?${params}`),
    enabled: search !== null,
    staleTime: 0,
  });
}

const mineKey = (forId: string | undefined) => ['booking', 'mine', forId ?? 'self'] as const;

export function useMyAppointments(forId: string | undefined) {
  return useQuery({
    queryKey: mineKey(forId),
    queryFn: () => api.get<{ actingAs: 'self' | 'guardian'; upcoming: Appointment[]; past: Appointment[] }>(withFor('/api/me/appointments', forId)),
  });
}

/** Every change to a booking refreshes the list and the free times. */
function useBookingMutation<T>(forId: string | undefined, run: (input: T) => Promise<Appointment>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: mineKey(forId) });
      await queryClient.invalidateQueries({ queryKey: ['booking', 'slots'] });
    },
  });
}

/** Book in two steps as the page does: hold the time, then confirm the hold. */
export function useBook(forId: string | undefined) {
  return useBookingMutation(forId, async (slot: Slot) => {
    const hold = await api.post<Appointment>(withFor('/api/booking/holds', forId), bookingOf(slot));
    return api.post<Appointment>(withFor(`/api/booking/holds/${hold.id}/confirm`, forId));
  });
}

export function useReschedule(forId: string | undefined) {
  return useBookingMutation(forId, ({ id, slot }: { id: string; slot: Slot }) => {
    const { appointmentTypeId: _type, ...body } = bookingOf(slot);
    return api.post<Appointment>(withFor(`/api/me/appointments/${id}/reschedule`, forId), body);
  });
}

export function useCancel(forId: string | undefined) {
  return useBookingMutation(forId, (id: string) => api.post<Appointment>(withFor(`/api/me/appointments/${id}/cancel`, forId)));
}

const dayKey = (date: string) => ['booking', 'day-list', date] as const;

export function useDayList(date: string) {
  return useQuery({ queryKey: dayKey(date), queryFn: () => api.get<{ date: string; items: DayListItem[] }>(`/api/booking/day-list?date=${date}`) });
}

export type Mark = 'arrived' | 'no-show' | 'done';

export function useMark(date: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, mark, version }: { id: string; mark: Mark; version: number }) => api.post<Appointment>(`/api/booking/appointments/${id}/${mark}`, { version }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: dayKey(date) }),
  });
}

export function useBookForClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ slot, note }: { slot: Slot; note: string | null }) => api.post<Appointment>(`/api/clients/${clientId}/appointments`, { ...bookingOf(slot), note }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['booking'] }),
  });
}
