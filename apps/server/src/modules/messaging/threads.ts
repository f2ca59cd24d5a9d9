import { AppError, type Register } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import { actingTarget, clientsByIds, decide, guardiansOf, isMinorOn, unitOfUser, type Accessor, type ClientRow } from '../clients/service.ts';
import { notify } from '../notifications/service.ts';
import { messageAudit, openThread, requireOpen, residentBasis, unitLabel, type OpenThread } from './access.ts';
import { isInboxAddressee, listedFor, type StaffFacts } from './policy.ts';
import { publish } from './realtime/bus.ts';
import * as repo from './repo.ts';
import { handoverViewOf, messageViewOf, threadViews } from './views.ts';

/** A resident's threads (their own, or a minor's in their care): each listed thread is a read in the client's log. */
async function residentThreads(db: Db, who: Accessor, forId: string | undefined) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  const scope = { clientIds: [target.client.id] };
  const rows = await repo.threadsIn(db, scope);
  if (rows.length > 0) await recordAudit(db, rows.map((t) => messageAudit(who, t, 'read', residentBasis(target.actingAs))));
  const unread = await repo.unreadCounts(db, who.user.id, scope);
  return { actingAs: target.actingAs, threads: await threadViews(db, rows, (t) => ({ unread: unread.get(t.id) ?? 0 })) };
}

/**
 * A member of staff's threads: those assigned to them and their unit's shared inbox. Inbox threads
 * are read on the inbox basis; a care-team thread through the gate, once per client, and shown
 * without its subject when the gate refuses (the relation has ended: hand it over or renew it).
 */
async function staffThreads(db: Db, who: Accessor) {
  who.checked();
  const unit = await unitOfUser(db, who.user.id);
  const viewer: StaffFacts = { id: who.user.id, role: who.user.role, unitId: unit?.id ?? null };
  const scope = { userId: who.user.id, unitId: viewer.unitId, onlyUnassignedInbox: false };
  const rows = await repo.threadsIn(db, scope);
  const inbox = rows.filter((t) => isInboxAddressee(t, viewer));
  if (inbox.length > 0) await recordAudit(db, inbox.map((t) => messageAudit(who, t, 'read', 'inbox', unit ? unitLabel(unit) : null)));
  const readable = new Map<string, boolean>();
  const gated = rows.filter((t) => !isInboxAddressee(t, viewer));
  const clients = new Map((await clientsByIds(db, [...new Set(gated.map((t) => t.clientId))])).map((c) => [c.id, c]));
  for (const t of gated) {
    const key = `${t.clientId}:${t.register}`;
    if (!readable.has(key)) readable.set(key, (await decide(db, who, clients.get(t.clientId)!, t.register as Register, 'read', 'message')).allowed);
  }
  const unread = await repo.unreadCounts(db, who.user.id, scope);
  const threads = await threadViews(db, rows, (t) => ({
    unread: unread.get(t.id) ?? 0,
    listedAs: listedFor(t, viewer),
    readable: readable.get(`${t.clientId}:${t.register}`) ?? true,
  }));
  return { actingAs: 'staff' as const, threads };
}

export const listThreads = (db: Db, who: Accessor, forId: string | undefined) => (who.user.role === 'resident' ? residentThreads(db, who, forId) : staffThreads(db, who));

/** One thread with its messages and handovers. */
export async function threadDetail(db: Db, who: Accessor, id: string) {
  const opened = await openThread(db, who, id, 'read');
  return detailOf(db, who, opened);
}

export async function detailOf(db: DbOrTx, who: Accessor, { thread, standing }: OpenThread) {
  const [messages, handovers, lastReadSeq, unread] = await Promise.all([
    repo.messagesOf(db, thread.id),
    repo.handoversOf(db, thread.id),
    repo.lastReadSeqOf(db, thread.id, who.user.id),
    repo.unreadCounts(db, who.user.id, { clientIds: [thread.clientId] }),
  ]);
  const viewer = { id: who.user.id, role: who.user.role, unitId: standing.kind === 'staff' ? (standing.unit?.id ?? null) : null };
  const [view] = await threadViews(db, [thread], (t) => ({ unread: unread.get(t.id) ?? 0, listedAs: standing.kind === 'staff' ? listedFor(t, viewer) : null }));
  return {
    ...view!,
    messages: messages.map((m) => messageViewOf(m, who.user.id)),
    handovers: handovers.map(handoverViewOf),
    lastReadSeq,
    staff: standing.kind === 'staff',
  };
}

/** The accounts to tell about a message from staff: the client's own, and a minor's guardians'. */
async function residentAccountsOf(db: DbOrTx, client: ClientRow): Promise<string[]> {
  const guardians = isMinorOn(client, new Date()) ? await guardiansOf(db, client.id) : [];
  return [client.userId, ...guardians.map((g) => g.userId)].filter((id): id is string => id !== null);
}

/**
 * Appends a message inside the caller's transaction: the author has read their own message, the
 * first answer from an inbox's staff takes the thread, the residents get a notice without the
 * text (once until they read), and the event is published when the transaction commits.
 */
export async function appendMessage(tx: DbOrTx, who: Accessor, opened: Pick<OpenThread, 'thread' | 'client' | 'standing'>, body: string) {
  const { thread, client, standing } = opened;
  const authorRole = standing.kind === 'resident' ? (standing.actingAs === 'guardian' ? 'guardian' : 'resident') : who.user.role;
  const message = await repo.insertMessage(tx, { threadId: thread.id, authorId: who.user.id, authorName: who.user.displayName, authorRole, body });
  await repo.markRead(tx, thread.id, who.user.id, message.seq);
  if (standing.kind === 'staff') {
    if (thread.kind === 'service_inbox') await repo.claim(tx, thread.id, { userId: who.user.id, name: who.user.displayName });
    for (const userId of await residentAccountsOf(tx, client)) {
      const readUpTo = await repo.lastReadSeqOf(tx, thread.id, userId);
      await notify(tx, { userId, clientId: client.id, template: 'message_received', params: {}, dedupeKey: `message_received:${thread.id}:${userId}:${readUpTo}` });
    }
  }
  await publish(tx, { threadId: thread.id, seq: message.seq });
  return message;
}

export async function postMessage(db: Db, who: Accessor, threadId: string, body: string) {
  const opened = await openThread(db, who, threadId, 'write');
  requireOpen(opened.thread);
  const message = await db.transaction((tx) => appendMessage(tx, who, opened, body));
  return messageViewOf(message, who.user.id);
}

/**
 * Moves the user's read mark. No content is read, so no access decision: the thread must only
 * exist, and the mark never goes past its newest message.
 */
export async function markThreadRead(db: Db, userId: string, threadId: string, seq: number) {
  if (!(await repo.findThread(db, threadId))) throw new AppError('not_found', 'No message thread with this id.');
  await repo.markRead(db, threadId, userId, Math.min(seq, await repo.lastSeqOf(db, threadId)));
}

/** Closing and reopening are staff's: the resident starts a new thread instead. */
export async function setThreadStatus(db: Db, who: Accessor, threadId: string, status: 'open' | 'closed') {
  const opened = await openThread(db, who, threadId, 'write');
  if (opened.standing.kind !== 'staff') throw new AppError('forbidden', 'Only staff close and reopen threads.');
  await db.transaction(async (tx) => {
    await repo.setStatus(tx, threadId, status);
    await publish(tx, { threadId, seq: 0 });
  });
  return detailOf(db, who, { ...opened, thread: { ...opened.thread, status } });
}
