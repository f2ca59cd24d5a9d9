import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.ts';
import { localized, serviceNamesByIds } from '../catalog/service.ts';
import { clientsByIds, fullName, unitsByIds, type UnitRow } from '../clients/service.ts';
import type * as repo from './repo.ts';
import type { handoverView, messageView, threadView } from './schema.ts';

type ThreadView = z.infer<typeof threadView>;

export const unitName = (u: Pick<UnitRow, 'nameFi' | 'nameSv' | 'nameEn'>) => localized(u.nameFi, u.nameSv, u.nameEn);

/** Per thread: unread count, why a member of staff sees it, and whether its content may be shown. */
export interface ThreadExtras {
  unread: number;
  listedAs?: 'assigned' | 'inbox' | null;
  readable?: boolean;
}

/** Views of several threads with their clients', units' and services' names, in two queries per kind. */
export async function threadViews(db: DbOrTx, threads: repo.ThreadRow[], extras: (t: repo.ThreadRow) => ThreadExtras): Promise<ThreadView[]> {
  const ids = <K extends 'clientId' | 'unitId' | 'serviceId'>(key: K) => [...new Set(threads.map((t) => t[key]).filter((v): v is string => v !== null))];
  const [clients, units, services] = await Promise.all([clientsByIds(db, ids('clientId')), unitsByIds(db, ids('unitId')), serviceNamesByIds(db, ids('serviceId'))]);
  const clientById = new Map(clients.map((c) => [c.id, c]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const serviceById = new Map(services.map((s) => [s.id, s]));
  return threads.map((t) => {
    const extra = extras(t);
    const client = clientById.get(t.clientId);
    const unit = unitById.get(t.unitId);
    const service = t.serviceId ? serviceById.get(t.serviceId) : undefined;
    return {
      id: t.id,
      kind: t.kind as ThreadView['kind'],
      subject: extra.readable === false ? null : t.subject,
      status: t.status as ThreadView['status'],
      register: t.register as ThreadView['register'],
      client: { id: t.clientId, name: client ? fullName(client) : '' },
      unit: { id: t.unitId, name: unit ? unitName(unit) : { fi: '' } },
      service: service ? { id: service.id, name: localized(service.nameFi, service.nameSv, service.nameEn) } : null,
      assignedTo: t.assignedUserId ? { id: t.assignedUserId, name: t.assignedName ?? '' } : null,
      listedAs: extra.listedAs ?? null,
      createdAt: t.createdAt.toISOString(),
      lastMessageAt: t.lastMessageAt.toISOString(),
      unread: extra.unread,
    };
  });
}

export const messageViewOf = (m: repo.MessageRow, viewerId: string): z.infer<typeof messageView> => ({
  seq: m.seq,
  author: { id: m.authorId, name: m.authorName, role: m.authorRole },
  mine: m.authorId === viewerId,
  body: m.body,
  createdAt: m.createdAt.toISOString(),
});

export const handoverViewOf = (h: repo.HandoverRow): z.infer<typeof handoverView> => ({
  id: h.id,
  from: { id: h.fromUserId, name: h.fromName },
  to: { id: h.toUserId, name: h.toName },
  note: h.note,
  at: h.at.toISOString(),
});
