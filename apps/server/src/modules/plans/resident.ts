import { AppError, type Register } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import { actingTarget, type Accessor } from '../clients/service.ts';
import { requireAccess } from './access.ts';
import { agree, saveComment } from './follow-up.ts';
import * as repo from './repo.ts';
import { planView } from './views.ts';

/** The open plan of the resident or of a minor in their care, or null when there is none. */
export async function myPlan(db: Db, who: Accessor, forId: string | undefined) {
  const target = await actingTarget(db, who, forId);
  const plan = await repo.openPlanOf(db, target.client.id);
  if (!plan) {
    // Nothing of the client's data is read: only that no plan exists.
    who.checked();
    return { actingAs: target.actingAs, plan: null };
  }
  await requireAccess(db, who, target.client, plan.register as Register, 'read');
  return { actingAs: target.actingAs, plan: await planView(db, plan) };
}

/**
 * The resident's own act on their plan (accepting it, commenting): whose plan it is was settled by
 * `actingTarget`, and the act itself is what lands in the access log, with its basis.
 */
async function ownPlanAct(db: Db, who: Accessor, forId: string | undefined, act: 'accept' | 'comment', run: (tx: DbOrTx, plan: repo.PlanRow, actingAs: 'self' | 'guardian') => Promise<void>) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  const plan = await repo.openPlanOf(db, target.client.id);
  if (!plan) throw new AppError('not_found', 'There is no open plan.');
  await db.transaction(async (tx) => {
    await run(tx, plan, target.actingAs);
    await recordAudit(tx, {
      actor: { id: who.user.id, name: who.user.displayName, role: who.user.role },
      action: `client.plan.${act}`,
      outcome: 'success',
      resourceType: 'plan',
      resourceId: plan.id,
      clientId: target.client.id,
      basis: target.actingAs === 'guardian' ? 'guardian' : 'own',
      register: plan.register,
      requestId: who.requestId,
      ip: who.ip,
    });
  });
  return { actingAs: target.actingAs, plan: await planView(db, (await repo.findPlan(db, plan.id))!) };
}

export const acceptMyPlan = (db: Db, who: Accessor, forId: string | undefined, version: number) =>
  ownPlanAct(db, who, forId, 'accept', (tx, plan) => agree(tx, plan, version, { kind: 'portal', byName: who.user.displayName, note: null }));

export const commentMyPlan = (db: Db, who: Accessor, forId: string | undefined, text: string) =>
  ownPlanAct(db, who, forId, 'comment', async (tx, plan, actingAs) => {
    await saveComment(tx, plan, { id: who.user.id, name: who.user.displayName, role: actingAs === 'guardian' ? 'guardian' : 'resident' }, text);
  });
