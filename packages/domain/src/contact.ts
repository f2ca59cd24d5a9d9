/**
 * Contact without an appointment: walk-in queues, call-back requests and the delivery of the
 * messages that tell residents about them. Pure rules only: when walk-in is open, how long the
 * wait is, where a call-back request goes, when it is overdue, and when a failed message is tried
 * again.
 */
import { hoursOn, isOpenAt, localMoment, minutesOf, type DayHours, type WeeklyHours } from './opening-hours.ts';

export const WALK_IN_TICKET_STATUSES = ['waiting', 'called', 'served', 'left'] as const;
export type WalkInTicketStatus = (typeof WALK_IN_TICKET_STATUSES)[number];

/** Until a queue has served someone today, a visit is assumed to take this long. */
export const DEFAULT_WALK_IN_SERVICE_MINUTES = 10;

/**
 * Walk-in is open when its own hours say so (a public holiday closes it) and the location is open
 * at that moment by today's hours: an exception that closes the location for the day, or shortens
 * it (closing at noon on Christmas Eve, say), closes its walk-in too. A location that publishes no
 * hours of its own does not close its walk-in.
 */
export function walkInOpenAt(now: Date, walkInHours: readonly WeeklyHours[], location: { weeklyHours: readonly WeeklyHours[]; today: { kind: DayHours['kind']; ranges?: readonly { opens: string; closes: string }[] } }): boolean {
  if (!isOpenAt(now, walkInHours)) return false;
  if (location.weeklyHours.length === 0) return true;
  if (location.today.kind !== 'open') return false;
  const minute = localMoment(now).minuteOfDay;
  return (location.today.ranges ?? []).some((r) => minutesOf(r.opens) <= minute && minute < minutesOf(r.closes));
}

/** The walk-in hours of today, for telling when the queue opens or closes. */
export const walkInHoursToday = (now: Date, walkInHours: readonly WeeklyHours[]) => hoursOn(localMoment(now).date, walkInHours);

/** The queue day of a moment: the local date in Helsinki, so numbering starts again at local midnight. */
export const queueDateOf = (now: Date) => localMoment(now).date;

/** The average minutes one visit took today, from finished visits; the default while there are none. */
export function averageServiceMinutes(visitMinutes: readonly number[], fallback = DEFAULT_WALK_IN_SERVICE_MINUTES): number {
  const valid = visitMinutes.filter((m) => Number.isFinite(m) && m >= 0);
  if (valid.length === 0) return fallback;
  return valid.reduce((sum, m) => sum + m, 0) / valid.length;
}

/** Minutes until the next in line is called: everyone ahead times the average visit, whole minutes. */
export function estimatedWaitMinutes(waitingAhead: number, averageMinutes: number): number {
  return Math.round(Math.max(0, waitingAhead) * averageMinutes);
}

/** Where a call-back request goes: the client's own responsible worker, else the service's shared queue. */
export type CallbackRoute =
  | { kind: 'worker'; userId: string; name: string }
  | { kind: 'queue'; organizationId: string; serviceId: string };

/**
 * The responsible worker of the client's open plan knows the client: they call back. Without one,
 * the request waits in the shared queue of the service the resident chose; without either there is
 * nowhere to send it (null), and the resident is asked to choose a service.
 */
export function routeCallback(
  responsibleWorker: { id: string; name: string } | null,
  service: { id: string; organizationId: string } | null,
): CallbackRoute | null {
  if (responsibleWorker) return { kind: 'worker', userId: responsibleWorker.id, name: responsibleWorker.name };
  if (service) return { kind: 'queue', organizationId: service.organizationId, serviceId: service.id };
  return null;
}

export const DEFAULT_CALLBACK_DUE_HOURS = 24;

export const callbackDueAt = (createdAt: Date, dueHours: number) => new Date(createdAt.getTime() + dueHours * 3_600_000);

/** A request still waiting past its due time is overdue; a handled one never is. */
export const isCallbackOverdue = (status: 'waiting' | 'handled', dueAt: Date, now: Date) => status === 'waiting' && now.getTime() >= dueAt.getTime();

/** Whole minutes a request has waited (up to its handling, or now). */
export const waitingMinutes = (createdAt: Date, until: Date) => Math.max(0, Math.floor((until.getTime() - createdAt.getTime()) / 60_000));

export const DEFAULT_DELIVERY_ATTEMPTS = 5;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 3_600_000;

/** The pause before attempt n+1 after n failed ones: 1, 2, 4, 8 … minutes, at most an hour. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1));
}

/** After a failed attempt: try again later, or give up once the attempts are used. */
export function afterFailure(failedAttempts: number, now: Date, maxAttempts: number): { status: 'failed' } | { status: 'pending'; sendAfter: Date } {
  if (failedAttempts >= maxAttempts) return { status: 'failed' };
  return { status: 'pending', sendAfter: new Date(now.getTime() + retryDelayMs(failedAttempts)) };
}
