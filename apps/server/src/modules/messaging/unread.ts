import { helsinkiDate } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import type { SessionUser } from '../auth/service.ts';
import { findClientOfUser, isMinorOn, unitOfUser, wardsOf } from '../clients/service.ts';
import type { Watcher } from './policy.ts';
import * as repo from './repo.ts';

/**
 * Whose threads a user follows: a resident their own and those of the minors in their care; a
 * member of staff the threads assigned to them and their unit's shared inbox.
 */
export async function watcherOf(db: DbOrTx, user: SessionUser, now = new Date()): Promise<Watcher> {
  if (user.role === 'resident') {
    const own = await findClientOfUser(db, user.id);
    if (!own) return { kind: 'resident', clientIds: new Set() };
    const wards = (await wardsOf(db, own.id, helsinkiDate(now))).filter((w) => isMinorOn(w, now));
    return { kind: 'resident', clientIds: new Set([own.id, ...wards.map((w) => w.id)]) };
  }
  const unit = await unitOfUser(db, user.id);
  return { kind: 'staff', id: user.id, role: user.role, unitId: unit?.id ?? null };
}

/**
 * The threads whose unread messages count for the user. Staff count only the inbox threads nobody
 * has taken yet: once a colleague answers, the thread is theirs and stops calling everyone else.
 */
export function unreadScope(watcher: Watcher, userId: string): repo.ThreadScope {
  return watcher.kind === 'resident' ? { clientIds: [...watcher.clientIds] } : { userId, unitId: watcher.unitId, onlyUnassignedInbox: true };
}

/** Unread messages per thread and in total: counts only, nothing of the messages (not client data). */
export async function unreadSummary(db: DbOrTx, user: SessionUser, watcher?: Watcher) {
  const counts = await repo.unreadCounts(db, user.id, unreadScope(watcher ?? (await watcherOf(db, user)), user.id));
  const threads = [...counts].map(([threadId, unread]) => ({ threadId, unread })).sort((a, b) => a.threadId.localeCompare(b.threadId));
  return { total: threads.reduce((sum, t) => sum + t.unread, 0), threads };
}
