import { ageOn, AppError, helsinkiDate } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import { clientAccessLog, recordAudit } from '../audit/service.ts';
import { changeConsent, giveConsent, revokeConsent } from '../consent/service.ts';
import type { ConsentInput } from '../consent/schema.ts';
import { decideBoth, isMinorOn, loadClient, type Accessor } from './gate.ts';
import * as repo from './repo.ts';
import { basicDataOf, consentsWithNames, entryView, fullName, relationViews } from './views.ts';

const today = () => helsinkiDate(new Date());

async function ownClient(db: DbOrTx, who: Accessor) {
  const own = await repo.findClientByUser(db, who.user.id);
  if (!own) throw new AppError('not_found', 'No client record is linked to your account yet.');
  return own;
}

/**
 * Whose data the resident is handling: their own, or — when `forId` names one — a minor in their
 * care. Anything else is refused before any data is read.
 */
export async function actingTarget(db: DbOrTx, who: Accessor, forId: string | undefined) {
  const own = await ownClient(db, who);
  if (forId === undefined || forId === own.id) return { client: own, actingClientId: own.id, actingAs: 'self' as const };
  const wards = await repo.wardsOf(db, own.id, today());
  const ward = wards.find((w) => w.id === forId);
  if (!ward || !isMinorOn(ward, new Date())) {
    // The attempt is the other person's business too: it lands in their access log.
    if (await repo.findClient(db, forId)) {
      await recordAudit(db, {
        actor: { id: who.user.id, name: who.user.displayName, role: who.user.role },
        action: 'client.guardian.act_for',
        outcome: 'denied',
        resourceType: 'guardianship',
        clientId: forId,
        reason: 'not_own_data',
        requestId: who.requestId,
        ip: who.ip,
      });
    }
    throw new AppError('forbidden', 'You can act only for the minors in your care.');
  }
  return { client: ward, actingClientId: own.id, actingAs: 'guardian' as const };
}

/** My data (Omat tiedot): details, entries of both registers, consents and relations. */
export async function myData(db: Db, who: Accessor, forId: string | undefined) {
  const target = await actingTarget(db, who, forId);
  const decisions = await decideBoth(db, who, target.client, 'my_data');
  const allowed = decisions.filter((d) => d.allowed).map((d) => d.register);
  const entries = await repo.entriesOf(db, target.client.id, allowed, 500, target.actingAs === 'guardian');
  return {
    client: basicDataOf(target.client, await repo.guardiansOf(db, target.client.id), target.actingAs === 'self'),
    actingAs: target.actingAs,
    entries: entries.map(entryView),
    consents: await consentsWithNames(db, target.client.id),
    relations: await relationViews(db, target.client.id),
  };
}

/** Who read or wrote the client's data, when, what and why; newest first. */
export async function accessLog(db: Db, who: Accessor, forId: string | undefined, limit: number, before?: number) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  const page = await clientAccessLog(db, target.client.id, limit, before);
  return {
    items: page.items.map((e) => ({
      seq: e.seq,
      at: e.at.toISOString(),
      who: { name: e.actorName, role: e.actorRole, organization: e.actorOrganization },
      action: e.action,
      what: e.resourceType,
      register: e.register,
      outcome: e.outcome,
      why: { basis: e.basis, reason: e.reason },
    })),
    nextBefore: page.nextBefore,
  };
}

export async function wards(db: Db, who: Accessor) {
  const own = await ownClient(db, who);
  const now = new Date();
  return (await repo.wardsOf(db, own.id, today()))
    .filter((w) => isMinorOn(w, now))
    .map((w) => ({ id: w.id, name: fullName(w), birthDate: w.birthDate, age: ageOn(w.birthDate, today()) }));
}

/** The explicit switch to acting for a minor: audited, and shown in the minor's access log. */
export async function actFor(db: Db, who: Accessor, clientId: string) {
  const target = await actingTarget(db, who, clientId);
  await recordAudit(db, {
    actor: { id: who.user.id, name: who.user.displayName, role: who.user.role },
    action: 'client.guardian.act_for',
    outcome: 'success',
    resourceType: 'guardianship',
    clientId: target.client.id,
    basis: target.actingAs === 'guardian' ? 'guardian' : 'own',
    requestId: who.requestId,
    ip: who.ip,
  });
  return { id: target.client.id, name: fullName(target.client), actingAs: target.actingAs };
}

const consentActor = (who: Accessor, actingClientId: string) => ({ user: who.user, actingClientId, requestId: who.requestId });

export async function giveMyConsent(db: Db, who: Accessor, forId: string | undefined, input: ConsentInput) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  const id = await giveConsent(db, consentActor(who, target.actingClientId), target.client.id, input);
  return (await consentsWithNames(db, target.client.id)).find((c) => c.id === id)!;
}

export async function changeMyConsent(db: Db, who: Accessor, forId: string | undefined, consentId: string, version: number, input: ConsentInput) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  await changeConsent(db, consentActor(who, target.actingClientId), target.client.id, consentId, version, input);
  return (await consentsWithNames(db, target.client.id)).find((c) => c.id === consentId)!;
}

export async function revokeMyConsent(db: Db, who: Accessor, forId: string | undefined, consentId: string) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  await revokeConsent(db, consentActor(who, target.actingClientId), target.client.id, consentId);
  return (await consentsWithNames(db, target.client.id)).find((c) => c.id === consentId)!;
}

/** Everything about the client, for download: their data, consents, relations and the whole access log. */
export async function exportAll(db: Db, who: Accessor, forId: string | undefined) {
  const data = await myData(db, who, forId);
  const log = [];
  let before: number | undefined;
  do {
    const page = await accessLog(db, who, forId, 200, before);
    log.push(...page.items);
    before = page.nextBefore ?? undefined;
  } while (before !== undefined);
  return { exportedAt: new Date().toISOString(), ...data, accessLog: log };
}

export { loadClient };
