import { createHash } from 'node:crypto';
import { ACCESSIBILITY_FEATURES, AppError } from '@avain/domain';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { SessionUser } from '../auth/service.ts';
import { recordAudit } from '../audit/service.ts';
import { auditActor, editableOrganizations, ensureMayEdit } from './editing-access.ts';
import type { editableLocation as editableLocationSchema, LocationPatch, myLocationsQuery } from './editing-schema.ts';
import { localized } from './localized.ts';
import * as locationEditingRepo from './repo-location-editing.ts';
import { replaceOpeningHours } from './repo-locations.ts';
import * as repo from './repo.ts';
import { refreshSearchIndex } from './search-index.ts';

type EditableLocation = z.infer<typeof editableLocationSchema>;
type Found = NonNullable<Awaited<ReturnType<typeof locationEditingRepo.findLocationWithOrganization>>>;

const hhmm = (t: string | null) => (t === null ? null : t.slice(0, 5));
const organizationSummary = (o: Found['organization']) => (o ? { id: o.id, name: localized(o.nameFi, o.nameSv, o.nameEn) } : null);

/**
 * Locations have no version column; the revision is a digest of everything an editor can change,
 * so a save made on an out-of-date view is refused like a stale service version.
 */
function revisionOf(view: Omit<EditableLocation, 'revision' | 'services' | 'organization' | 'id' | 'code' | 'type'>): string {
  return createHash('sha256').update(JSON.stringify(view)).digest('base64url').slice(0, 22);
}

async function view(db: DbOrTx, { location: l, organization }: Found): Promise<EditableLocation> {
  const [{ weekly, exceptions }, offered] = await Promise.all([repo.hoursOfLocations(db, [l.id]), locationEditingRepo.servicesOfLocation(db, l.id)]);
  const editable = {
    name: localized(l.nameFi, l.nameSv, l.nameEn),
    address: { street: l.street, postalCode: l.postalCode, city: l.city },
    coordinates: { lat: l.lat, lon: l.lon },
    accessibility: l.accessibility,
    weeklyHours: weekly
      .map((h) => ({ weekday: h.weekday, opens: hhmm(h.opens)!, closes: hhmm(h.closes)! }))
      .sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)),
    exceptions: exceptions
      .map((e) => ({ date: e.date, opens: hhmm(e.opens), closes: hhmm(e.closes), note: e.note }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
  return {
    id: l.id,
    code: l.code,
    type: l.type,
    organization: organizationSummary(organization),
    ...editable,
    services: offered.map((s) => ({ id: s.id, name: localized(s.nameFi, s.nameSv, s.nameEn), status: s.status as EditableLocation['services'][number]['status'] })),
    revision: revisionOf(editable),
  };
}

async function loadEditable(db: DbOrTx, user: SessionUser, id: string): Promise<Found> {
  const found = await locationEditingRepo.findLocationWithOrganization(db, id);
  if (!found) throw new AppError('not_found', 'No location with this id.');
  await ensureMayEdit(db, user, found.location.organizationId, 'location');
  return found;
}

export async function myLocations(db: Db, user: SessionUser, query: z.infer<typeof myLocationsQuery>) {
  const organizationIds = await editableOrganizations(db, user);
  const { rows, total } = await locationEditingRepo.pageOfEditableLocations(db, { organizationIds, ...query });
  return {
    items: rows.map(({ location: l, organization }) => ({
      id: l.id,
      code: l.code,
      type: l.type,
      name: localized(l.nameFi, l.nameSv, l.nameEn),
      address: { street: l.street, postalCode: l.postalCode, city: l.city },
      organization: organizationSummary(organization),
    })),
    total,
  };
}

export async function editableLocation(db: Db, user: SessionUser, id: string): Promise<EditableLocation> {
  return view(db, await loadEditable(db, user, id));
}

/** The patch as column values of the locations table. */
function columnsOf(patch: LocationPatch) {
  return {
    ...(patch.name ? { nameFi: patch.name.fi, nameSv: patch.name.sv || null, nameEn: patch.name.en || null } : {}),
    ...(patch.address ?? {}),
    ...(patch.coordinates ?? {}),
    // Stored in the code list's order, so the same features always read the same.
    ...(patch.accessibility ? { accessibility: ACCESSIBILITY_FEATURES.filter((f) => patch.accessibility!.includes(f)) } : {}),
  };
}

/**
 * Saves a change to a location at once (locations are not reviewed: hours and addresses must be
 * correctable the same day), audits it and refreshes the search rows of every service there.
 */
export async function editLocation(db: Db, user: SessionUser, id: string, patch: LocationPatch, requestId: string): Promise<EditableLocation> {
  return db.transaction(async (tx) => {
    await locationEditingRepo.lockLocation(tx, id);
    const before = await view(tx, await loadEditable(tx, user, id));
    if (before.revision !== patch.revision) {
      throw new AppError('conflict', 'The location was changed meanwhile. Reload it and make your change again.');
    }
    await locationEditingRepo.updateLocationColumns(tx, id, columnsOf(patch));
    if (patch.weeklyHours) await replaceOpeningHours(tx, id, patch.weeklyHours);
    if (patch.exceptions) {
      await locationEditingRepo.replaceExceptions(
        tx,
        id,
        patch.exceptions.map((e) => ({ date: e.date, opens: e.opens ?? null, closes: e.closes ?? null, note: e.note || null })),
      );
    }
    await refreshSearchIndex(tx, before.services.map((s) => s.id));
    const changed = Object.keys(patch).filter((key) => key !== 'revision');
    await recordAudit(tx, {
      actor: auditActor(user),
      action: 'catalog.location.update',
      outcome: 'success',
      resourceType: 'location',
      resourceId: id,
      reason: `changed: ${changed.join(', ')}`,
      requestId,
    });
    return view(tx, (await locationEditingRepo.findLocationWithOrganization(tx, id))!);
  });
}
