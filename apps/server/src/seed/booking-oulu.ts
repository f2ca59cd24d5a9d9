/** Demo appointment types, weekly availability and a few booked appointments (Oulu, Tuira). */
import type { AppointmentChannel, SelfBooking } from '@avain/domain';

export interface DemoAppointmentType {
  code: string;
  name: { fi: string; sv: string; en: string };
  durationMinutes: number;
  channels: AppointmentChannel[];
  /** Catalogue service codes the type books. */
  services: string[];
  selfBooking: SelfBooking;
  cancellationHours: number;
  unit: string;
}

export const DEMO_APPOINTMENT_TYPES: DemoAppointmentType[] = [
  {
    code: 'sairaanhoitajan-vastaanotto',
    name: { fi: 'Sairaanhoitajan vastaanotto', sv: 'Sjukskötarmottagning', en: "Nurse's appointment" },
    durationMinutes: 30,
    channels: ['in_person', 'phone'],
    services: ['reception-tuira'],
    selfBooking: 'anyone',
    cancellationHours: 24,
    unit: 'tuira-terveysasema',
  },
  {
    code: 'laakarin-vastaanotto',
    name: { fi: 'Lääkärin vastaanotto', sv: 'Läkarmottagning', en: "Doctor's appointment" },
    durationMinutes: 20,
    channels: ['in_person'],
    services: ['reception-tuira'],
    selfBooking: 'area_residents',
    cancellationHours: 24,
    unit: 'tuira-terveysasema',
  },
  {
    code: 'sosiaaliohjaajan-tapaaminen',
    name: { fi: 'Sosiaaliohjaajan tapaaminen', sv: 'Möte med socialhandledare', en: 'Meeting with a social counsellor' },
    durationMinutes: 45,
    channels: ['in_person', 'video'],
    services: ['adult-social-work-tuira'],
    selfBooking: 'anyone',
    cancellationHours: 48,
    unit: 'aikuissosiaalityo',
  },
];

export interface DemoAvailability {
  professional: string;
  types: string[];
  weekdays: number[];
  starts: string;
  ends: string;
  channel: AppointmentChannel;
  /** Catalogue location code. */
  location: string;
}

export const DEMO_AVAILABILITY: DemoAvailability[] = [
  { professional: 'ammattilainen', types: ['sairaanhoitajan-vastaanotto', 'laakarin-vastaanotto'], weekdays: [1, 2, 3, 4, 5], starts: '08:00', ends: '12:00', channel: 'in_person', location: 'hyk-tuira' },
  { professional: 'ammattilainen', types: ['sairaanhoitajan-vastaanotto'], weekdays: [1, 2, 3, 4, 5], starts: '12:30', ends: '15:00', channel: 'phone', location: 'hyk-tuira' },
  { professional: 'sosiaalityontekija', types: ['sosiaaliohjaajan-tapaaminen'], weekdays: [2, 4], starts: '09:00', ends: '12:00', channel: 'in_person', location: 'hyk-tuira' },
  { professional: 'sosiaalityontekija', types: ['sosiaaliohjaajan-tapaaminen'], weekdays: [1, 3, 5], starts: '13:00', ends: '15:15', channel: 'video', location: 'hyk-tuira' },
];

export interface DemoAppointment {
  client: string;
  professional: string;
  type: string;
  channel: AppointmentChannel;
  /** Weekday (1 = Monday) of the week after the current one, or of the current week when weekOffset is 0. */
  weekOffset: number;
  weekday: number;
  time: string;
  status: 'booked' | 'done';
}

/** Aino's nurse appointment next week, and a couple of others for the day lists. */
export const DEMO_APPOINTMENTS: DemoAppointment[] = [
  { client: 'aino', professional: 'ammattilainen', type: 'sairaanhoitajan-vastaanotto', channel: 'in_person', weekOffset: 1, weekday: 2, time: '09:00', status: 'booked' },
  { client: 'karin', professional: 'ammattilainen', type: 'sairaanhoitajan-vastaanotto', channel: 'phone', weekOffset: 1, weekday: 3, time: '13:00', status: 'booked' },
  { client: 'client-2', professional: 'ammattilainen', type: 'laakarin-vastaanotto', channel: 'in_person', weekOffset: 1, weekday: 4, time: '10:00', status: 'booked' },
  { client: 'ahmed', professional: 'sosiaalityontekija', type: 'sosiaaliohjaajan-tapaaminen', channel: 'video', weekOffset: 1, weekday: 1, time: '13:00', status: 'booked' },
];
