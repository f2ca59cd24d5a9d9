/** The booking module's API for other modules and the seed. */
import type { DbOrTx } from '../../db/client.ts';
import * as repo from './repo.ts';

export { measureT3, t3Now } from './t3.ts';
export { jitsiStyleProvider, type VideoProvider } from './video.ts';
export type { AppointmentRow, TypeRow } from './repo.ts';

/** Stores an appointment type by its code (created or replaced), for the demo data. */
export const saveTypeForSeed = repo.upsertType;

/** Stores an availability window directly, for the demo data: no access decision and no audit, as nobody is acting. */
export const saveAvailabilityForSeed = repo.insertAvailability;

/** The professional's availability windows (the seed adds them only once). */
export const availabilityOf = (db: DbOrTx, professionalId: string) => repo.listAvailabilities(db, { professionalId });

/** Stores an appointment directly, for the demo data; the database still refuses double booking. */
export const saveAppointmentForSeed = repo.insertAppointment;
