import type { LocalizedText } from '@avain/domain';
import type { LocationRow } from './repo-locations.ts';
import type { OrganizationRow, ServiceRow } from './repo.ts';

/**
 * Open Referral HSDS 3.0 shapes of the catalogue. Finnish is the primary language of the texts;
 * Swedish and English names travel as `alternate_name` and in the description.
 */

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const LANGUAGE_NAMES: Record<string, string> = { fi: 'Finnish', sv: 'Swedish', en: 'English' };

interface Hours {
  weekday: number;
  opens: string;
  closes: string;
}

export function hsdsSchedules(hours: Hours[], owner: Record<string, string>, attendingType?: string) {
  return hours.map((h, i) => ({
    id: `${Object.values(owner)[0]}-${attendingType ?? 'open'}-${i}`,
    ...owner,
    freq: 'WEEKLY',
    interval: 1,
    byday: BYDAY[h.weekday - 1],
    opens_at: h.opens.slice(0, 5),
    closes_at: h.closes.slice(0, 5),
    timezone: 2,
    ...(attendingType ? { attending_type: attendingType } : {}),
    notes: 'Europe/Helsinki local time; closed on Finnish public holidays',
  }));
}

const alternate = (sv: string | null, en: string | null) => [sv, en].filter(Boolean).join(' / ') || null;

export function hsdsOrganization(o: OrganizationRow) {
  return {
    id: o.id,
    name: o.nameFi,
    alternate_name: alternate(o.nameSv, o.nameEn),
    description: `${o.nameFi} (${o.type.replace('_', ' ')} producer)`,
    email: o.email,
    website: o.website,
    legal_status: o.type,
    organization_identifiers: [
      { id: `${o.id}-ytunnus`, organization_id: o.id, identifier_scope: 'national', identifier_type: 'FI Y-tunnus', identifier: o.businessId },
    ],
    phones: o.phone ? [{ id: `${o.id}-phone`, organization_id: o.id, number: o.phone, type: 'voice', languages: [] }] : [],
  };
}

export function hsdsLocation(l: LocationRow, hours: Hours[]) {
  return {
    id: l.id,
    location_type: 'physical',
    name: l.nameFi,
    alternate_name: alternate(l.nameSv, l.nameEn),
    organization_id: l.organizationId,
    latitude: l.lat,
    longitude: l.lon,
    external_identifier: l.code,
    external_identifier_type: 'avain-location-code',
    addresses: [
      {
        id: `${l.id}-address`,
        location_id: l.id,
        address_1: l.street,
        city: l.city,
        state_province: 'Pohjois-Pohjanmaa',
        postal_code: l.postalCode,
        country: 'FI',
        address_type: 'physical',
      },
    ],
    accessibility: l.accessibility.map((feature) => ({
      id: `${l.id}-${feature}`,
      location_id: l.id,
      description: feature.replaceAll('_', ' '),
    })),
    schedules: hsdsSchedules(hours, { location_id: l.id }),
  };
}

interface Channel {
  type: string;
  phone?: string;
  url?: string;
  hours?: Hours[];
}

export function hsdsServiceAtLocation(salId: string, serviceId: string, location: ReturnType<typeof hsdsLocation>, channels: Channel[]) {
  return {
    id: salId,
    service_id: serviceId,
    location_id: location.id,
    description: `Channels: ${channels.map((c) => c.type.replace('_', ' ')).join(', ')}`,
    phones: channels
      .filter((c) => c.phone)
      .map((c, i) => ({ id: `${salId}-phone-${i}`, service_at_location_id: salId, number: c.phone!, type: 'voice', languages: [] })),
    schedules: channels.flatMap((c) => hsdsSchedules(c.hours ?? [], { service_at_location_id: salId }, c.type)),
    location,
  };
}

export function hsdsService(
  s: ServiceRow,
  organization: ReturnType<typeof hsdsOrganization> | undefined,
  serviceAtLocations: ReturnType<typeof hsdsServiceAtLocation>[],
) {
  const criteria = s.grantingCriteria as { text: LocalizedText; minAge?: number; maxAge?: number };
  const feeRule = s.feeRule as LocalizedText;
  const costOptions =
    s.feeType === 'free'
      ? [{ id: `${s.id}-fee`, service_id: s.id, option: 'Free of charge', amount: 0, currency: 'EUR', amount_description: feeRule.en ?? feeRule.fi }]
      : s.feeAmountCents !== null
        ? [{ id: `${s.id}-fee`, service_id: s.id, option: `Client fee${s.feeUnit ? ` per ${s.feeUnit}` : ''}`, amount: s.feeAmountCents / 100, currency: 'EUR', amount_description: feeRule.fi }]
        : [];
  if (s.purchasePriceCents !== null) {
    costOptions.push({
      id: `${s.id}-purchase`,
      service_id: s.id,
      option: `Price to the purchaser${s.purchasePriceUnit ? ` per ${s.purchasePriceUnit}` : ''}`,
      amount: s.purchasePriceCents / 100,
      currency: 'EUR',
      amount_description: 'Purchaser price (tilaajahinta); composition in the Avain API',
    });
  }
  return {
    id: s.id,
    organization_id: s.organizationId,
    name: s.nameFi,
    alternate_name: alternate(s.nameSv, s.nameEn),
    description: [s.descriptionFi, s.descriptionSv, s.descriptionEn].filter(Boolean).join('\n\n'),
    status: 'active',
    fees_description: [feeRule.fi, feeRule.sv, feeRule.en].filter(Boolean).join(' / '),
    eligibility_description: criteria.text.fi,
    minimum_age: criteria.minAge ?? null,
    maximum_age: criteria.maxAge ?? null,
    languages: s.languages.map((code) => ({ id: `${s.id}-${code}`, service_id: s.id, name: LANGUAGE_NAMES[code] ?? code, code })),
    cost_options: costOptions,
    attributes: [
      { id: `${s.id}-class`, link_id: s.id, link_type: 'service', taxonomy_term_id: `avain:service-class:${s.serviceClass}`, label: s.serviceClass },
      { id: `${s.id}-lifecourse`, link_id: s.id, link_type: 'service', taxonomy_term_id: `avain:life-course:${s.lifeCourseGroup}`, label: s.lifeCourseGroup },
    ],
    last_modified: s.updatedAt.toISOString(),
    ...(organization ? { organization } : {}),
    service_at_locations: serviceAtLocations,
  };
}

/** The paginated envelope of HSDS list endpoints. */
export function hsdsPage<T>(contents: T[], total: number, page: number, perPage: number) {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
