/**
 * SYNTHETIC DATA — a large, varied catalogue for load tests, built from the demo catalogue's own
 * services (their names, keywords, summaries, criteria, fees and channels in fi/sv/en), so text
 * queries behave as on real data. Deterministic: the same seed gives the same rows and ids.
 * Rows use the database's column names; synthetic-load.ts writes them.
 */
import { ACCESSIBILITY_FEATURES, type ProducerType } from '@avain/domain';
import { CATALOG_ORGANIZATIONS, CATALOG_SERVICES } from './catalog-oulu.ts';
import { ALL_DAYS, MON_FRI, bid, hours, weekHours } from './catalog-oulu-base.ts';
import type { SeedChannel, SeedOpeningHours, SeedService } from './catalog-types.ts';
import { BRANDS, DISTRICTS, NGO_KINDS, PRIVATE_KINDS, STREETS, type District } from './synthetic-places.ts';

/** Codes of generated rows start with this, so a rerun can replace exactly them. */
export const SYNTHETIC_PREFIX = 'gen-';

export interface SyntheticOptions {
  services: number;
  locations: number;
  seed: number;
}

type Row = Record<string, unknown>;

export interface SyntheticPlaces {
  organizations: Row[];
  locations: Row[];
  openingHours: Row[];
  exceptions: Row[];
}

export interface SyntheticService {
  service: Row;
  priceLines: Row[];
  serviceAtLocations: Row[];
}

/** mulberry32: small, fast and the same on every platform. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => int(16).toString(16));
    hex[12] = '4';
    hex[16] = (8 + int(4)).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  // Box–Muller, for places clustered around district centres.
  const gauss = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, int, pick, uuid, gauss };
}
type Random = ReturnType<typeof random>;

const ORG_TYPE = new Map(CATALOG_ORGANIZATIONS.map((o) => [o.key, o.type]));
const producerTypeOf = (s: SeedService): ProducerType => ORG_TYPE.get(s.organization) ?? 'public';

const HOURS_PATTERNS: SeedOpeningHours[][] = [
  weekHours('08:00', '16:00', '15:00'),
  [...hours(MON_FRI, '07:00', '20:00'), { weekday: 6, opens: '09:00', closes: '15:00' }],
  hours(MON_FRI, '12:00', '20:00'),
  hours(ALL_DAYS, '00:00', '23:59'),
  hours([6, 7], '10:00', '16:00'),
  [...hours([1, 3], '09:00', '12:00'), ...hours([2, 4], '13:00', '18:00')],
];

function organization(r: Random, i: number, type: ProducerType, district: District): Row {
  const brand = r.pick(BRANDS);
  let names: [string, string, string];
  if (type === 'public') {
    names = [`Hyvinvointialueen palveluyksikkö ${district.fi}`, `Välfärdsområdets serviceenhet ${district.sv}`, `Wellbeing county service unit ${district.en}`];
  } else if (type === 'private') {
    const [fi, sv, en] = r.pick(PRIVATE_KINDS);
    names = [`${fi} ${brand} ${district.fi} Oy`, `${sv} ${brand} ${district.sv} Ab`, `${brand} ${en} ${district.en} Ltd`];
  } else if (type === 'third_sector') {
    const [fi, sv, en] = r.pick(NGO_KINDS);
    names = [`${fi} ${brand} ry`, `${sv} ${brand} rf`, `${brand} ${en}`];
  } else {
    names = [`Oulun seurakunnat, ${district.fi}`, `Uleåborgs församlingar, ${district.sv}`, `Oulu Parishes, ${district.en}`];
  }
  const domain = `gen${i}.example.fi`;
  const approved = type === 'private' && r.next() < 0.6;
  return {
    id: r.uuid(),
    code: `${SYNTHETIC_PREFIX}org-${i}`,
    name_fi: `${names[0]} ${i}`,
    name_sv: `${names[1]} ${i}`,
    name_en: `${names[2]} ${i}`,
    type,
    // Step 13 leaves room for the check-digit search of bid(): ids never collide.
    business_id: bid(String(5000000 + i * 13)),
    email: `info@${domain}`,
    phone: `044 9${String(i).padStart(6, '0')}`,
    website: `https://${domain}`,
    voucher_approved_from: approved ? '2025-01-01' : null,
    voucher_approved_to: approved ? '2027-12-31' : null,
    purchase_approved_from: approved && r.next() < 0.5 ? '2025-01-01' : null,
    purchase_approved_to: null,
  };
}

/** Organisations of every producer type (as many of each as the demo catalogue has services of it), and their places. */
export function generatePlaces(
  options: SyntheticOptions,
  r: Random,
  areaIds: ReadonlyMap<string, string>,
): SyntheticPlaces & { orgsByType: Map<ProducerType, Row[]>; locationsByOrg: Map<unknown, Row[]> } {
  const orgCount = Math.max(40, Math.round(options.services / 40));
  const typeCounts = new Map<ProducerType, number>();
  for (const s of CATALOG_SERVICES) typeCounts.set(producerTypeOf(s), (typeCounts.get(producerTypeOf(s)) ?? 0) + 1);
  const orgsByType = new Map<ProducerType, Row[]>();
  const organizations: Row[] = [];
  for (const [type, n] of typeCounts) {
    const count = Math.max(2, Math.round((orgCount * n) / CATALOG_SERVICES.length));
    for (let k = 0; k < count; k++) {
      const org = organization(r, organizations.length, type, r.pick(DISTRICTS));
      organizations.push(org);
      orgsByType.set(type, [...(orgsByType.get(type) ?? []), org]);
    }
  }

  const locations: Row[] = [];
  const openingHours: Row[] = [];
  const exceptions: Row[] = [];
  const locationsByOrg = new Map<unknown, Row[]>();
  for (let i = 0; i < options.locations; i++) {
    // Every organisation gets a place before any gets a second one.
    const org = i < organizations.length ? organizations[i]! : r.pick(organizations);
    const district = r.pick(DISTRICTS);
    const lat = Math.min(65.45, Math.max(64.85, district.lat + r.gauss() * 0.012));
    const lon = Math.min(26.0, Math.max(25.2, district.lon + r.gauss() * 0.025));
    const isPublic = org.type === 'public';
    const busStop = isPublic && r.next() < 0.05;
    const type = busStop ? 'service_bus_stop' : isPublic ? r.pick(['welfare_point', 'joint_service_point', 'welfare_centre']) : 'producer_premises';
    const id = r.uuid();
    const street = `${r.pick(STREETS)} ${1 + r.int(120)}`;
    locations.push({
      id,
      code: `${SYNTHETIC_PREFIX}loc-${i}`,
      area_id: areaIds.get(district.area) ?? null,
      organization_id: org.id,
      type,
      name_fi: `${busStop ? 'Palvelubussin pysäkki' : String(org.name_fi).replace(/ \d+$/, '')}, ${district.fi}`,
      name_sv: `${busStop ? 'Servicebussens hållplats' : String(org.name_sv).replace(/ \d+$/, '')}, ${district.sv}`,
      name_en: `${busStop ? 'Service bus stop' : String(org.name_en).replace(/ \d+$/, '')}, ${district.en}`,
      street,
      postal_code: district.postalCode,
      city: district.city,
      lat: Math.round(lat * 1e5) / 1e5,
      lon: Math.round(lon * 1e5) / 1e5,
      accessibility: ACCESSIBILITY_FEATURES.filter((f) => r.next() < (f === 'step_free_entrance' ? 0.75 : 0.45)),
      timetable: busStop ? { fi: 'Bussi pysäkillä tiistaisin 10–12.', sv: 'Bussen vid hållplatsen tisdagar 10–12.', en: 'The bus is here on Tuesdays 10–12.' } : null,
    });
    locationsByOrg.set(org.id, [...(locationsByOrg.get(org.id) ?? []), locations[i]!]);
    if (!busStop) {
      for (const h of r.pick(HOURS_PATTERNS)) openingHours.push({ location_id: id, weekday: h.weekday, opens: h.opens, closes: h.closes });
    }
    // A few places have a closed day or shorter hours on some date of the coming year.
    if (r.next() < 0.05) {
      const date = new Date(Date.UTC(2026, 0, 1 + r.int(730))).toISOString().slice(0, 10);
      const closed = r.next() < 0.6;
      exceptions.push({ location_id: id, date, opens: closed ? null : '10:00', closes: closed ? null : '14:00', note: closed ? 'Suljettu' : 'Lyhennetty aukioloaika' });
    }
  }
  return { organizations, locations, openingHours, exceptions, orgsByType, locationsByOrg };
}

const stripPlace = (name: string) => name.replace(/,[^,]*$/, '');

function channelsFor(r: Random, template: SeedService, n: number): SeedChannel[] {
  const base = r.pick(template.at).channels;
  return base.map((c) => (c.phone ? { ...c, phone: `08 ${String(100 + (n % 900))} ${String(1000 + r.int(9000))}` } : c));
}

/** The services, one at a time (with their price lines and places), in a fixed order. */
export function* generateServices(options: SyntheticOptions, r: Random, places: ReturnType<typeof generatePlaces>): Generator<SyntheticService> {
  const districtOf = new Map(places.locations.map((l) => [l.id, DISTRICTS.find((d) => d.fi === String(l.name_fi).split(', ').at(-1))!]));
  for (let i = 0; i < options.services; i++) {
    // One of each template first, so every service class and life-course group is present.
    const template = i < CATALOG_SERVICES.length ? CATALOG_SERVICES[i]! : r.pick(CATALOG_SERVICES);
    const orgs = places.orgsByType.get(producerTypeOf(template)) ?? places.organizations;
    const org = r.pick(orgs);
    const own = places.locationsByOrg.get(org.id) ?? [r.pick(places.locations)];
    const count = Math.min(own.length, 1 + (r.next() < 0.3 ? 1 : 0) + (r.next() < 0.1 ? 1 : 0));
    const start = r.int(own.length);
    const at = Array.from({ length: count }, (_, k) => own[(start + k) % own.length]!);
    const district = districtOf.get(at[0]!.id) ?? DISTRICTS[0]!;
    const id = r.uuid();
    const status = r.next();
    const fee = template.fee;
    const languages = new Set(template.languages);
    if (r.next() < 0.2) languages.add(r.pick(['sv', 'en'] as const));
    yield {
      service: {
        id,
        code: `${SYNTHETIC_PREFIX}svc-${i}`,
        organization_id: org.id,
        service_class: template.serviceClass,
        life_course_group: template.lifeCourseGroup,
        status: status < 0.94 ? 'published' : status < 0.97 ? 'draft' : status < 0.98 ? 'in_review' : 'archived',
        name_fi: `${stripPlace(template.name.fi)} – ${district.fi}`,
        name_sv: template.name.sv ? `${stripPlace(template.name.sv)} – ${district.sv}` : null,
        name_en: template.name.en ? `${stripPlace(template.name.en)} – ${district.en}` : null,
        summary_fi: template.summary.fi,
        summary_sv: template.summary.sv ?? null,
        summary_en: template.summary.en ?? null,
        // The first sentence only: descriptions are not searched, and full ones would triple the data.
        description_fi: template.description.fi.split('. ')[0],
        description_sv: template.description.sv?.split('. ')[0] ?? null,
        description_en: template.description.en?.split('. ')[0] ?? null,
        keywords: [...template.keywords, district.fi.toLowerCase()],
        target_groups: template.targetGroups,
        languages: [...languages],
        granting_criteria: template.grantingCriteria,
        quality_criteria: template.qualityCriteria,
        fee_type: fee.type,
        fee_amount_cents: fee.amountCents === undefined ? null : Math.round((fee.amountCents * (80 + r.int(41))) / 100),
        fee_unit: fee.unit ?? null,
        fee_rule: fee.rule,
        purchase_price_cents: template.purchasePrice?.amountCents ?? null,
        purchase_price_unit: template.purchasePrice?.unit ?? null,
        estimated_eligible: template.estimatedEligible === undefined ? null : 1 + r.int(template.estimatedEligible),
        special_contacts: template.specialContacts ?? [],
        version: 1,
        updated_at: new Date(Date.UTC(2025, 0, 1 + r.int(365))).toISOString(),
      },
      priceLines: (template.purchasePrice?.lines ?? []).map((line, position) => ({
        service_id: id,
        position,
        label_fi: line.label.fi,
        label_sv: line.label.sv ?? null,
        label_en: line.label.en ?? null,
        amount_cents: line.amountCents,
      })),
      serviceAtLocations: at.map((l) => ({ id: r.uuid(), service_id: id, location_id: l.id, channels: channelsFor(r, template, i) })),
    };
  }
}
