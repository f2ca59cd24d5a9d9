import { AppError, type Register } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { decide, denialText, loadClient, type Accessor, type ClientRow } from '../clients/service.ts';
import * as repo from './repo.ts';

/** Asks the gate (one audit event either way) and turns a refusal into a 403 naming its reason. */
export async function requireAccess(db: DbOrTx, who: Accessor, client: ClientRow, register: Register, action: 'read' | 'write') {
  const decision = await decide(db, who, client, register, action, 'plan');
  if (!decision.allowed) throw new AppError('forbidden', denialText(decision.reason), { reasons: [decision.reason] });
  return decision;
}

/** A plan by id with its client, once the gate has allowed the action on the plan's register. */
export async function planFor(db: DbOrTx, who: Accessor, planId: string, action: 'read' | 'write') {
  const plan = await repo.findPlan(db, planId);
  if (!plan) throw new AppError('not_found', 'No plan with this id.');
  const client = await loadClient(db, plan.clientId);
  await requireAccess(db, who, client, plan.register as Register, action);
  return { plan, client };
}

/** Changes go to an open plan only. */
export function requireOpen(plan: repo.PlanRow) {
  if (plan.status === 'closed') throw new AppError('conflict', 'The plan is closed: start a new plan instead.');
}
