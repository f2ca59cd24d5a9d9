import type { LocalizedText } from '@avain/domain';
import type { LocationRow } from './repo-locations.ts';
import type { OrganizationRow, ServiceRow } from './repo.ts';

/** FHIR R4 shapes of the catalogue: HealthcareService, Location and Organization. */

const SYSTEM = 'https://avain.fi/fhir';
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

interface Hours {
  weekday: number;
  opens: string;
  closes: string;
}

/** Swedish and English texts travel as FHIR translation extensions on the Finnish text. */
function translations(t: { sv?: string | null; en?: string | null }) {
  const ext = (lang: string, content: string) => ({
    url: 'http://hl7.org/fhir/StructureDefinition/translation',
    extension: [
      { url: 'lang', valueCode: lang },
      { url: 'content', valueString: content },
    ],
  });
  const list = [t.sv ? ext('sv', t.sv) : null, t.en ? ext('en', t.en) : null].filter((e) => e !== null);
  return list.length > 0 ? { extension: list } : undefined;
}

function withTranslations<K extends string>(key: K, fi: string, sv: string | null, en: string | null) {
  const ext = translations({ sv, en });
  return { [key]: fi, ...(ext ? { [`_${key}`]: ext } : {}) } as Record<string, unknown>;
}

const availableTime = (hours: Hours[]) =>
  hours.map((h) => ({ daysOfWeek: [DAYS[h.weekday - 1]], availableStartTime: `${h.opens.slice(0, 5)}:00`, availableEndTime: `${h.closes.slice(0, 5)}:00` }));

export function fhirOrganization(o: OrganizationRow) {
  return {
    resourceType: 'Organization',
    id: o.id,
    identifier: [{ system: 'urn:oid:1.2.246.10', value: o.businessId }],
    active: true,
    type: [{ coding: [{ system: `${SYSTEM}/CodeSystem/producer-type`, code: o.type }] }],
    ...withTranslations('name', o.nameFi, o.nameSv, o.nameEn),
    telecom: [
      ...(o.phone ? [{ system: 'phone', value: o.phone }] : []),
      ...(o.email ? [{ system: 'email', value: o.email }] : []),
      ...(o.website ? [{ system: 'url', value: o.website }] : []),
    ],
  };
}

export function fhirLocation(l: LocationRow, hours: Hours[]) {
  return {
    resourceType: 'Location',
    id: l.id,
    identifier: [{ system: `${SYSTEM}/location-code`, value: l.code }],
    status: 'active',
    ...withTranslations('name', l.nameFi, l.nameSv, l.nameEn),
    mode: 'instance',
    type: [{ coding: [{ system: `${SYSTEM}/CodeSystem/location-type`, code: l.type }] }],
    address: { use: 'work', type: 'physical', line: [l.street], city: l.city, postalCode: l.postalCode, country: 'FI' },
    position: { latitude: l.lat, longitude: l.lon },
    ...(l.organizationId ? { managingOrganization: { reference: `Organization/${l.organizationId}` } } : {}),
    ...(hours.length > 0 ? { hoursOfOperation: availableTime(hours).map(({ daysOfWeek, availableStartTime, availableEndTime }) => ({ daysOfWeek, openingTime: availableStartTime, closingTime: availableEndTime })) } : {}),
  };
}

export function fhirHealthcareService(s: ServiceRow, locationIds: string[], channels: string[]) {
  const criteria = s.grantingCriteria as { text: LocalizedText };
  const feeRule = s.feeRule as LocalizedText;
  return {
    resourceType: 'HealthcareService',
    id: s.id,
    identifier: [{ system: `${SYSTEM}/service-code`, value: s.code }],
    active: s.status === 'published',
    providedBy: { reference: `Organization/${s.organizationId}` },
    category: [{ coding: [{ system: `${SYSTEM}/CodeSystem/life-course-group`, code: s.lifeCourseGroup }] }],
    type: [{ coding: [{ system: `${SYSTEM}/CodeSystem/service-class`, code: s.serviceClass }] }],
    location: locationIds.map((id) => ({ reference: `Location/${id}` })),
    ...withTranslations('name', s.nameFi, s.nameSv, s.nameEn),
    ...withTranslations('comment', s.summaryFi, s.summarySv, s.summaryEn),
    ...withTranslations('extraDetails', s.descriptionFi, s.descriptionSv, s.descriptionEn),
    eligibility: [{ comment: criteria.text.fi }],
    serviceProvisionCode: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/service-provision-conditions', code: s.feeType === 'free' ? 'free' : 'cost' }], text: feeRule.fi },
    ],
    communication: s.languages.map((code) => ({ coding: [{ system: 'urn:ietf:bcp:47', code }] })),
    characteristic: channels.map((c) => ({ coding: [{ system: `${SYSTEM}/CodeSystem/channel`, code: c }] })),
    appointmentRequired: !channels.includes('walk_in'),
  };
}

export function searchBundle(baseUrl: string, resources: { resourceType: string; id: string }[], total: number, selfUrl: string) {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total,
    link: [{ relation: 'self', url: selfUrl }],
    entry: resources.map((resource) => ({ fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id}`, resource, search: { mode: 'match' } })),
  };
}
