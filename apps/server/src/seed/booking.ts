import { addDays, helsinkiInstant, helsinkiDate, localMoment, type LocalizedText } from '@avain/domain';
import type { DbOrTx } from '../db/client.ts';
import { availabilityOf, jitsiStyleProvider, saveAppointmentForSeed, saveAvailabilityForSeed, saveTypeForSeed } from '../modules/booking/service.ts';
import { locationIdsByCode, serviceIdsByCode } from '../modules/catalog/service.ts';
import { DEMO_APPOINTMENT_TYPES, DEMO_APPOINTMENTS, DEMO_AVAILABILITY } from './booking-oulu.ts';
import type { DemoClientIds } from './clients.ts';
import { DEMO_MEMBERSHIPS } from './clients-oulu.ts';

interface People {
  ids: Map<string, string>;
  names: Map<string, string>;
}

const DAY_MS = 86_400_000;

/**
 * Appointment types (replaced by code), the demo staff's weekly availability (added once) and
 * appointments for clients created in this run only, so a reload adds nothing twice.
 */
export async function loadDemoBooking(db: DbOrTx, ids: DemoClientIds, people: People, now = new Date()): Promise<void> {
  const serviceIds = await serviceIdsByCode(db, DEMO_APPOINTMENT_TYPES.flatMap((t) => t.services));
  const locationIds = await locationIdsByCode(db);
  const types = new Map<string, { id: string; durationMinutes: number; name: LocalizedText }>();
  for (const t of DEMO_APPOINTMENT_TYPES) {
    const row = await saveTypeForSeed(db, {
      code: t.code,
      name: t.name,
      durationMinutes: t.durationMinutes,
      channels: t.channels,
      serviceIds: t.services.flatMap((code) => serviceIds.get(code) ?? []),
      selfBooking: t.selfBooking,
      cancellationHours: t.cancellationHours,
      unitId: ids.units.get(t.unit)!,
    });
    types.set(t.code, { id: row.id, durationMinutes: row.durationMinutes, name: t.name });
  }

  const unitOf = (username: string) => ids.units.get(DEMO_MEMBERSHIPS.find((m) => m.username === username)!.unit)!;
  const validFrom = addDays(helsinkiDate(now), -30);
  for (const username of new Set(DEMO_AVAILABILITY.map((a) => a.professional))) {
    const professionalId = people.ids.get(username)!;
    if ((await availabilityOf(db, professionalId)).length > 0) continue;
    for (const a of DEMO_AVAILABILITY.filter((a) => a.professional === username)) {
      for (const weekday of a.weekdays) {
        await saveAvailabilityForSeed(db, {
          professionalId,
          unitId: unitOf(username),
          locationId: locationIds.get(a.location)!,
          appointmentTypeIds: a.types.map((code) => types.get(code)!.id),
          weekday,
          starts: a.starts,
          ends: a.ends,
          channel: a.channel,
          validFrom,
          validTo: null,
        });
      }
    }
  }

  const today = localMoment(now);
  const video = jitsiStyleProvider('https://meet.jit.si');
  for (const a of DEMO_APPOINTMENTS.filter((a) => ids.fresh.has(a.client))) {
    const type = types.get(a.type)!;
    const date = addDays(today.date, a.weekOffset * 7 + a.weekday - today.weekday);
    const startsAt = helsinkiInstant(date, a.time);
    const professionalId = people.ids.get(a.professional)!;
    await saveAppointmentForSeed(db, {
      appointmentTypeId: type.id,
      professionalId,
      professionalName: people.names.get(a.professional)!,
      unitId: unitOf(a.professional),
      locationId: locationIds.get('hyk-tuira')!,
      channel: a.channel,
      startsAt,
      endsAt: new Date(startsAt.getTime() + type.durationMinutes * 60_000),
      clientId: ids.clients.get(a.client)!,
      status: a.status,
      bookedById: professionalId,
      bookedAt: new Date(now.getTime() - 2 * DAY_MS),
      videoUrl: a.channel === 'video' ? video.meetingUrl() : null,
    });
  }
}
