import { AppError, hoursOn, isOpenAt, helsinkiDate, type LocalizedText, type WeeklyHours } from '@avain/domain';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import * as repo from './repo.ts';
import type { locationDetail, serviceDetail } from './schema.ts';
import { localized } from './localized.ts';

type ServiceDetail = z.infer<typeof serviceDetail>;
type LocationDetail = z.infer<typeof locationDetail>;
type Channel = ServiceDetail['places'][number]['channels'][number];

const hhmm = (t: string) => t.slice(0, 5);

async function hoursFor(db: Db, locationIds: string[]) {
  const { weekly, exceptions } = await repo.hoursOfLocations(db, locationIds);
  return (locationId: string) => ({
    weekly: weekly
      .filter((h) => h.locationId === locationId)
      .map((h): WeeklyHours => ({ weekday: h.weekday, opens: hhmm(h.opens), closes: hhmm(h.closes) }))
      .sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)),
    exceptions: exceptions
      .filter((e) => e.locationId === locationId)
      .map((e) => ({ date: e.date, opens: e.opens, closes: e.closes, note: e.note })),
  });
}

const organizationRef = (o: repo.OrganizationRow) => ({
  id: o.id,
  name: localized(o.nameFi, o.nameSv, o.nameEn),
  type: o.type as ServiceDetail['organization']['type'],
});

/** A published service with its producer, price composition and every place it is offered at. */
export async function serviceDetails(db: Db, id: string, now = new Date()): Promise<ServiceDetail> {
  const found = await repo.findService(db, id);
  if (!found || found.service.status !== 'published') throw new AppError('not_found', 'No published service with this id.');
  const { service: s, organization } = found;
  const [lines, places] = await Promise.all([repo.priceLinesOf(db, id), repo.placesOfService(db, id)]);
  const hours = await hoursFor(db, places.map((p) => p.location.id));
  const today = helsinkiDate(now);
  return {
    id: s.id,
    status: s.status,
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
    name: localized(s.nameFi, s.nameSv, s.nameEn),
    summary: localized(s.summaryFi, s.summarySv, s.summaryEn),
    description: localized(s.descriptionFi, s.descriptionSv, s.descriptionEn),
    serviceClass: s.serviceClass,
    lifeCourseGroup: s.lifeCourseGroup,
    keywords: s.keywords,
    targetGroups: s.targetGroups,
    languages: s.languages,
    grantingCriteria: s.grantingCriteria as ServiceDetail['grantingCriteria'],
    qualityCriteria: s.qualityCriteria as LocalizedText,
    fee: { type: s.feeType, amountCents: s.feeAmountCents, unit: s.feeUnit, rule: s.feeRule as LocalizedText },
    purchasePrice:
      s.purchasePriceCents === null
        ? null
        : {
            amountCents: s.purchasePriceCents,
            unit: s.purchasePriceUnit,
            lines: lines.map((l) => ({ label: localized(l.labelFi, l.labelSv, l.labelEn), amountCents: l.amountCents })),
          },
    estimatedEligible: s.estimatedEligible,
    specialContacts: s.specialContacts as ServiceDetail['specialContacts'],
    organization: organizationRef(organization),
    places: places.map(({ sal, location: l }) => {
      const h = hours(l.id);
      return {
        location: {
          id: l.id,
          name: localized(l.nameFi, l.nameSv, l.nameEn),
          type: l.type,
          address: { street: l.street, postalCode: l.postalCode, city: l.city },
          coordinates: { lat: l.lat, lon: l.lon },
        },
        channels: sal.channels as Channel[],
        today: hoursOn(today, h.weekly, h.exceptions),
        openNow: isOpenAt(now, h.weekly, h.exceptions),
      };
    }),
  };
}

/** A location with its hours today, accessibility and everything offered there. */
export async function locationDetails(db: Db, id: string, now = new Date()): Promise<LocationDetail> {
  const l = await repo.findLocation(db, id);
  if (!l) throw new AppError('not_found', 'No location with this id.');
  const [offered, hours] = await Promise.all([repo.servicesAtLocation(db, id), hoursFor(db, [id])]);
  const h = hours(id);
  return {
    id: l.id,
    type: l.type,
    name: localized(l.nameFi, l.nameSv, l.nameEn),
    address: { street: l.street, postalCode: l.postalCode, city: l.city },
    coordinates: { lat: l.lat, lon: l.lon },
    accessibility: l.accessibility,
    timetable: (l.timetable as LocalizedText | null) ?? null,
    weeklyHours: h.weekly,
    today: hoursOn(helsinkiDate(now), h.weekly, h.exceptions),
    openNow: isOpenAt(now, h.weekly, h.exceptions),
    services: offered
      .map(({ sal, service: s, organization }) => ({
        id: s.id,
        name: localized(s.nameFi, s.nameSv, s.nameEn),
        serviceClass: s.serviceClass,
        organization: organizationRef(organization),
        channels: sal.channels as Channel[],
      }))
      .sort((a, b) => a.name.fi.localeCompare(b.name.fi, 'fi')),
  };
}
