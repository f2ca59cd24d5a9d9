import { cancellationDeadline, mayCancel, type LocalizedText } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { placesWithHours } from '../catalog/service.ts';
import * as repo from './repo.ts';
import type { AppointmentView } from './schema.ts';

type Place = Awaited<ReturnType<typeof placesWithHours>>[number];

/** Types and places the caller has read already (the booking itself did): not read again. */
export interface Known {
  types?: repo.TypeRow[];
  places?: Place[];
}

/** Appointments as the API shows them: type and place by name, and until when the client may change them. */
export async function appointmentViews(db: DbOrTx, rows: repo.AppointmentRow[], now = new Date(), known: Known = {}): Promise<AppointmentView[]> {
  if (rows.length === 0) return [];
  const typeById = new Map((known.types ?? []).map((t) => [t.id, t]));
  const placeById = new Map((known.places ?? []).map((p) => [p.id, p]));
  const typeIds = [...new Set(rows.map((r) => r.appointmentTypeId))].filter((id) => !typeById.has(id));
  const placeIds = [...new Set(rows.flatMap((r) => (r.locationId && !placeById.has(r.locationId) ? [r.locationId] : [])))];
  const [types, places] = await Promise.all([Promise.all(typeIds.map((id) => repo.findType(db, id))), placeIds.length > 0 ? placesWithHours(db, placeIds) : []]);
  for (const t of types) if (t) typeById.set(t.id, t);
  for (const p of places) placeById.set(p.id, p);
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

export async function appointmentView(db: DbOrTx, row: repo.AppointmentRow, now = new Date(), known: Known = {}): Promise<AppointmentView> {
  return (await appointmentViews(db, [row], now, known))[0]!;
}
