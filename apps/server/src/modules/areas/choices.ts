import { AppError, decideCentreChoice, helsinkiDate, nextChangeFrom } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { SessionUser } from '../auth/service.ts';
import { recordAudit } from '../audit/service.ts';
import { publicPlace, regionPlaces } from './places.ts';
import * as repo from './repo.ts';
import type { MyCentreView } from './schema.ts';

/** The resident's chosen centre, the history of choices and when the next change is allowed. */
export async function myCentre(db: DbOrTx, userId: string, now = new Date()): Promise<MyCentreView> {
  const [choices, places] = await Promise.all([repo.choicesOf(db, userId), regionPlaces(db)]);
  const byId = new Map(places.map((p) => [p.id, publicPlace(p)]));
  const history = choices.flatMap((c) => {
    const centre = byId.get(c.centreLocationId);
    return centre ? [{ centre, chosenAt: c.chosenAt.toISOString() }] : [];
  });
  const last = choices[0];
  const next = last ? nextChangeFrom(last.chosenAt) : null;
  return { current: history[0] ?? null, history, nextChangeFrom: next && next > now ? next.toISOString() : null };
}

/** Records a resident's choice of welfare centre (freedom of choice, at most once a year). */
export async function chooseCentre(db: Db, user: SessionUser, locationId: string, requestId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const centre = (await regionPlaces(tx)).find((p) => p.id === locationId);
    if (!centre || centre.type !== 'welfare_centre') {
      throw new AppError('validation', 'Choose one of the welfare centres of the region.', {
        errors: [{ field: 'body.locationId', message: 'is not a welfare centre of the region' }],
      });
    }
    await repo.lockResidentChoices(tx, user.id);
    const history = await repo.choicesOf(tx, user.id);
    const decision = decideCentreChoice(history, locationId, now);
    if (!decision.allowed) {
      throw decision.reason === 'same_centre'
        ? new AppError('conflict', `${centre.name.fi} is already your welfare centre.`)
        : new AppError('conflict', `The welfare centre can be changed once a year: the next change is possible from ${helsinkiDate(decision.possibleFrom!)}.`);
    }
    await repo.insertChoice(tx, user.id, locationId, now);
    await recordAudit(tx, {
      actor: { id: user.id, name: user.displayName, role: user.role },
      action: 'areas.centre.choose',
      outcome: 'success',
      resourceType: 'location',
      resourceId: locationId,
      requestId,
    });
    return myCentre(tx, user.id, now);
  });
}
