import { cancellationDeadline, mayCancel, type LocalizedText } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { placesWithHours } from '../catalog/service.ts';
import * as repo from './repo.ts';
import type { AppointmentView } from './schema.ts';

/** Appointments as the API shows them: type and place by name, and until when the client may change them. */
export async function appointmentViews(db: DbOrTx, rows: repo.AppointmentRow[], now = new Date()): Promise<AppointmentView[]> {
  if (rows.length === 0) return [];
  const typeIds = [...new Set(rows.map((r) => r.appointmentTypeId))];
  const [types, places] = await Promise.all([
    Promise.all(typeIds.map((id) => repo.findType(db, id))),
    placesWithHours(db, rows.flatMap((r) => (r.locationId ? [r.locationId] : []))),
  ]);
  const typeById = new Map(types.flatMap((t) => (t ? [[t.id, t]] : [])));
  const placeById = new Map(places.map((p) => [p.id, p]));
  return rows.map((r) => {
    const type = typeById.get(r.appointmentTypeId)!;
    const place = r.locationId ? placeById.get(r.locationId) : undefined;
    return {
      id: r.id,
      clientId: r.clientId,
      appointmentType: { id: type.id, name: type.name as LocalizedText },
      professional: { id: r.professionalId, name: r.professionalName },
      location: place ? { id: place.id, name: place.name, address: place.address } : null,
      channel: r.channel as AppointmentView['channel'],
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      status: r.status as AppointmentView['status'],
      heldUntil: r.heldUntil?.toISOString() ?? null,
      videoUrl: r.videoUrl,
      changeableUntil: cancellationDeadline(r.startsAt, type.cancellationHours).toISOString(),
      changeable: r.status === 'booked' && mayCancel(r.startsAt, now, type.cancellationHours),
      rescheduledFromId: r.rescheduledFromId,
      note: r.note,
      version: r.version,
    };
  });
}

export async function appointmentView(db: DbOrTx, row: repo.AppointmentRow, now = new Date()): Promise<AppointmentView> {
  return (await appointmentViews(db, [row], now))[0]!;
}
