import { AppError, isRole, type Role } from '@avain/domain';
import type { Db } from '../../db/client.ts';
import { usersByIds } from '../auth/service.ts';
import { activeRelationsOf, membersOfOrganization, unitsByIds, type Accessor } from '../clients/service.ts';
import { openThread } from './access.ts';
import { handoverProblem, type HandoverProblem } from './policy.ts';
import { publish } from './realtime/bus.ts';
import * as repo from './repo.ts';
import { detailOf } from './threads.ts';
import { unitName } from './views.ts';

const PROBLEM_TEXT: Record<HandoverProblem, string> = {
  closed: 'The thread is closed: reopen it first.',
  self: 'The thread is already yours.',
  not_colleague: 'Hand the thread over only to a colleague of the same organisation.',
  not_client_work: "The colleague's role does not include client work.",
  other_register: "The colleague works in the other register: the client's messages stay in the register they were written in.",
  no_relation: 'The colleague has no client relation with the client. They join the care team first (a relation), then you can hand the thread over.',
};

/** The producer of a thread's unit, and its members of staff who work with clients in the thread's register. */
async function colleaguesFor(db: Db, thread: repo.ThreadRow) {
  const [unit] = await unitsByIds(db, [thread.unitId]);
  if (!unit) return { organizationId: null, members: [] };
  const members = await membersOfOrganization(db, unit.organizationId);
  const users = new Map((await usersByIds(db, members.map((m) => m.userId))).map((u) => [u.id, u]));
  return {
    organizationId: unit.organizationId,
    members: members.flatMap((m) => {
      const user = users.get(m.userId);
      return user && isRole(user.role) ? [{ ...m, name: user.displayName, role: user.role as Role }] : [];
    }),
  };
}

/**
 * The colleagues a thread could go to. Only names and units: which of them has a relation with
 * the client is not shown here; the handover itself says so.
 */
export async function handoverCandidates(db: Db, who: Accessor, threadId: string) {
  const { thread } = await openThread(db, who, threadId, 'read');
  const { organizationId, members } = await colleaguesFor(db, thread);
  if (!organizationId) return [];
  const fit = members.filter((m) => {
    const problem = handoverProblem({ ...thread, organizationId }, who.user.id, { userId: m.userId, role: m.role, unit: m.unit, hasRelation: true });
    return problem === null || problem === 'closed';
  });
  return fit.map((m) => ({ id: m.userId, name: m.name, unit: unitName(m.unit) })).sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}

/** Hands the thread to a colleague with a note: recorded in the thread, which the client sees too. */
export async function handOver(db: Db, who: Accessor, threadId: string, input: { toUserId: string; note: string }) {
  const opened = await openThread(db, who, threadId, 'write');
  if (opened.standing.kind !== 'staff') throw new AppError('forbidden', 'Only staff hand threads over.');
  const { thread } = opened;
  const { organizationId, members } = await colleaguesFor(db, thread);
  const to = members.find((m) => m.userId === input.toUserId);
  const hasRelation = (await activeRelationsOf(db, thread.clientId, input.toUserId, new Date())).length > 0;
  const problem = handoverProblem({ ...thread, organizationId: organizationId ?? '' }, who.user.id, { userId: input.toUserId, role: to?.role ?? 'resident', unit: to?.unit ?? null, hasRelation });
  if (problem) throw new AppError(problem === 'closed' ? 'conflict' : 'validation', PROBLEM_TEXT[problem], { errors: [{ field: 'toUserId', message: PROBLEM_TEXT[problem] }], reasons: [problem] });
  const recipient = to!;
  await db.transaction(async (tx) => {
    await repo.insertHandover(tx, { threadId, fromUserId: who.user.id, fromName: who.user.displayName, toUserId: recipient.userId, toName: recipient.name, note: input.note });
    await repo.assign(tx, threadId, { userId: recipient.userId, name: recipient.name, unitId: recipient.unit.id });
    await publish(tx, { threadId, seq: 0 });
  });
  return detailOf(db, who, { ...opened, thread: (await repo.findThread(db, threadId))! });
}
