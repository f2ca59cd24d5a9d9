import {
  AppError,
  averageServiceMinutes,
  estimatedWaitMinutes,
  walkInHoursToday,
  walkInOpenAt,
  type LocalizedText,
  type WeeklyHours,
} from '@avain/domain';
import type { Db } from '../../db/client.ts';
import { locationDetails } from '../catalog/service.ts';
import type { TicketRow } from './walk-in-repo.ts';

/** A service with walk-in hours at a location, as the catalogue publishes it. */
export interface WalkInService {
  serviceId: string;
  name: LocalizedText;
  organizationId: string;
  hours: WeeklyHours[];
  openNow: boolean;
  hoursToday: { opens: string; closes: string }[];
}

/** A location and its walk-in services, with whether each takes numbers right now. */
export async function walkInServicesAt(db: Db, locationId: string, now: Date) {
  const location = await locationDetails(db, locationId, now);
  const services: WalkInService[] = location.services.flatMap((s) => {
    const channel = s.channels.find((c) => c.type === 'walk_in');
    if (!channel) return [];
    const hours = (channel.hours ?? []).map((h) => ({ weekday: h.weekday, opens: h.opens.slice(0, 5), closes: h.closes.slice(0, 5) }));
    const today = walkInHoursToday(now, hours);
    return [
      {
        serviceId: s.id,
        name: s.name,
        organizationId: s.organization.id,
        hours,
        openNow: walkInOpenAt(now, hours, location),
        hoursToday: today.kind === 'open' ? today.ranges : [],
      },
    ];
  });
  return { location: { id: location.id, name: location.name }, services };
}

/** The walk-in service at the location, or 404 when the catalogue offers no walk-in for it there. */
export async function walkInServiceAt(db: Db, locationId: string, serviceId: string, now: Date) {
  const { location, services } = await walkInServicesAt(db, locationId, now);
  const service = services.find((s) => s.serviceId === serviceId);
  if (!service) throw new AppError('not_found', 'The service has no walk-in at this location.');
  return { location, service };
}

const minutesBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 60_000;

/**
 * Where one queue stands: who waits, the number last called, and the average visit of the day
 * (from call to finish of the served) that the estimates use.
 */
export function queueState(tickets: readonly TicketRow[]) {
  const waiting = tickets.filter((t) => t.status === 'waiting').sort((a, b) => a.number - b.number);
  const called = tickets.filter((t) => t.calledAt !== null).sort((a, b) => b.calledAt!.getTime() - a.calledAt!.getTime() || b.number - a.number);
  const visits = tickets.filter((t) => t.status === 'served' && t.calledAt && t.finishedAt).map((t) => minutesBetween(t.calledAt!, t.finishedAt!));
  const average = averageServiceMinutes(visits);
  return {
    /** What the public queue display shows. */
    summary: {
      waiting: waiting.length,
      nowServing: called[0]?.number ?? null,
      calledTo: called[0]?.calledTo ?? null,
      estimatedWaitMinutes: estimatedWaitMinutes(waiting.length, average),
    },
    averageMinutes: average,
    /** How many wait before this ticket (null once it is no longer waiting). */
    aheadOf: (ticket: TicketRow) => (ticket.status === 'waiting' ? waiting.filter((t) => t.number < ticket.number).length : null),
  };
}

/** A ticket as its holder sees it: the number, where it is in the queue and the expected wait. */
export function ticketView(ticket: TicketRow, queue: readonly TicketRow[], names: { service: LocalizedText; location: LocalizedText }) {
  const state = queueState(queue);
  const ahead = state.aheadOf(ticket);
  return {
    id: ticket.id,
    number: ticket.number,
    locationId: ticket.locationId,
    serviceId: ticket.serviceId,
    locationName: names.location,
    serviceName: names.service,
    status: ticket.status as 'waiting' | 'called' | 'served' | 'left',
    position: ahead === null ? null : ahead + 1,
    estimatedWaitMinutes: ahead === null ? null : estimatedWaitMinutes(ahead, state.averageMinutes),
    nowServing: state.summary.nowServing,
    calledTo: ticket.calledTo,
    takenAt: ticket.takenAt.toISOString(),
    calledAt: ticket.calledAt?.toISOString() ?? null,
  };
}
