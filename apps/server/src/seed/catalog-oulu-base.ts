/**
 * DEMO DATA — building blocks of the Oulu demo service catalogue (see catalog-oulu.ts).
 * Pohjois-Pohjanmaan hyvinvointialue and Oulun kaupunki are real (with their real business ids);
 * the parish names follow Oulu's parishes but their business ids and contacts here are invented;
 * every private company and association is fictional, as are their ids, addresses and contacts.
 */
import { SERVICE_CLASSES, businessIdFromDigits } from '@avain/domain';
import type { AccessibilityFeature, LifeCourseGroup, LocalizedText } from '@avain/domain';
import type { AreaCode, SeedChannel, SeedOpeningHours, SeedService } from './catalog-types.ts';

// ---------------------------------------------------------------------------------------------
// Small helpers

export function t(fi: string, sv: string, en?: string): LocalizedText {
  return en === undefined ? { fi, sv } : { fi, sv, en };
}

type Weekday = SeedOpeningHours['weekday'];
export const MON_FRI: Weekday[] = [1, 2, 3, 4, 5];
export const MON_THU: Weekday[] = [1, 2, 3, 4];
export const ALL_DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** The same hours on each of the given weekdays. */
export function hours(days: Weekday[], opens: string, closes: string): SeedOpeningHours[] {
  return days.map((weekday) => ({ weekday, opens, closes }));
}

/** Mon–Thu one closing time, Friday an earlier one. */
export function weekHours(opens: string, closes: string, friCloses: string): SeedOpeningHours[] {
  return [...hours(MON_THU, opens, closes), { weekday: 5, opens, closes: friCloses }];
}

export const ch = {
  inPerson: (h?: SeedOpeningHours[], note?: LocalizedText): SeedChannel => ({ type: 'in_person', ...(h ? { hours: h } : {}), ...(note ? { note } : {}) }),
  phone: (phone: string, h: SeedOpeningHours[], note?: LocalizedText): SeedChannel => ({ type: 'phone', phone, hours: h, ...(note ? { note } : {}) }),
  video: (url: string, note?: LocalizedText): SeedChannel => ({ type: 'video', url, ...(note ? { note } : {}) }),
  chat: (url: string, h: SeedOpeningHours[], note?: LocalizedText): SeedChannel => ({ type: 'chat', url, hours: h, ...(note ? { note } : {}) }),
  eService: (url: string, note?: LocalizedText): SeedChannel => ({ type: 'e_service', url, ...(note ? { note } : {}) }),
  homeVisit: (note?: LocalizedText): SeedChannel => ({ type: 'home_visit', ...(note ? { note } : {}) }),
  walkIn: (h: SeedOpeningHours[], note?: LocalizedText): SeedChannel => ({ type: 'walk_in', hours: h, ...(note ? { note } : {}) }),
};

export const E_SERVICE = 'https://asiointi.example.fi';

/** A price to the purchaser: the lines add up to the amount. */
export function price(unit: string, lines: [string, string, string, number][]): NonNullable<SeedService['purchasePrice']> {
  return {
    unit,
    amountCents: lines.reduce((sum, l) => sum + l[3], 0),
    lines: lines.map(([fi, sv, en, amountCents]) => ({ label: { fi, sv, en }, amountCents })),
  };
}

/** Standard price-line labels. */
export const PL = {
  staff: (cents: number): [string, string, string, number] => ['Henkilöstön työaika', 'Personalens arbetstid', 'Staff time', cents],
  travel: (cents: number): [string, string, string, number] => ['Matkat ja ajoneuvot', 'Resor och fordon', 'Travel and vehicles', cents],
  supplies: (cents: number): [string, string, string, number] => ['Hoitotarvikkeet ja välineet', 'Vårdartiklar och utrustning', 'Supplies and equipment', cents],
  premises: (cents: number): [string, string, string, number] => ['Toimitilat', 'Lokaler', 'Premises', cents],
  meals: (cents: number): [string, string, string, number] => ['Ateriat', 'Måltider', 'Meals', cents],
  overheads: (cents: number): [string, string, string, number] => ['Hallinto ja yleiskulut', 'Administration och allmänna kostnader', 'Administration and overheads', cents],
  margin: (cents: number): [string, string, string, number] => ['Tuottajan kate ja yrittäjäriski', 'Producentens marginal och företagarrisk', 'Producer margin and business risk', cents],
  doctor: (cents: number): [string, string, string, number] => ['Lääkärin työaika', 'Läkarens arbetstid', 'Doctor time', cents],
};

/** Builds a service; the life-course group defaults to that of the service class. */
export function mk(s: Omit<SeedService, 'lifeCourseGroup'> & { lifeCourseGroup?: LifeCourseGroup }): SeedService {
  const { lifeCourseGroup, ...rest } = s;
  return { ...rest, lifeCourseGroup: lifeCourseGroup ?? SERVICE_CLASSES[s.serviceClass].group };
}

/** A valid invented business id: the first id with a valid check digit at or after the given digits. */
export function bid(digits: string): string {
  let n = Number(digits);
  for (;;) {
    const id = businessIdFromDigits(String(n).padStart(7, '0'));
    if (id) return id;
    n += 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Places: the welfare centres and points of seed/oulu.ts, with the forms the texts need

export interface Place {
  code: string;
  kind: 'centre' | 'point';
  area: AreaCode;
  /** Nominative, genitive and locative ("Kaakkuri", "Kaakkurin", "Kaakkurissa"). */
  fi: string;
  gen: string;
  loc: string;
  /** Swedish place name (Kiminge, Karlö, Överijo …). */
  sv: string;
  en: string;
  /** Residents in the catchment (demo estimate; all ten add up to ~215,000). */
  pop: number;
  /** Share of families with young children compared with the city average. */
  childFactor: number;
  /** Share of residents aged 75+ compared with the city average. */
  olderFactor: number;
  /** Phone-number block 08 558 NNxxx. */
  phoneBlock: number;
  /** Evening reception weekday (centres). */
  eveningDay?: Weekday;
  /** Postal code, for "at" texts. */
  street: string;
}

export const PLACES: Place[] = [
  { code: 'hyk-kaakkuri', kind: 'centre', area: 'south', fi: 'Kaakkuri', gen: 'Kaakkurin', loc: 'Kaakkurissa', sv: 'Kaakkuri', en: 'Kaakkuri', pop: 42000, childFactor: 1.25, olderFactor: 0.7, phoneBlock: 41, eveningDay: 2, street: 'Pesätie 11' },
  { code: 'hyk-myllyoja', kind: 'centre', area: 'east', fi: 'Myllyoja', gen: 'Myllyojan', loc: 'Myllyojalla', sv: 'Myllyoja', en: 'Myllyoja', pop: 33000, childFactor: 1.05, olderFactor: 1.0, phoneBlock: 42, eveningDay: 3, street: 'Karvarinaukio 16' },
  { code: 'hyk-kiiminki', kind: 'centre', area: 'east', fi: 'Kiiminki', gen: 'Kiimingin', loc: 'Kiimingissä', sv: 'Kiminge', en: 'Kiiminki', pop: 19000, childFactor: 1.4, olderFactor: 0.8, phoneBlock: 43, eveningDay: 4, street: 'Terveystie 1' },
  { code: 'hyk-haukipudas', kind: 'centre', area: 'north', fi: 'Haukipudas', gen: 'Haukiputaan', loc: 'Haukiputaalla', sv: 'Haukipudas', en: 'Haukipudas', pop: 24000, childFactor: 1.2, olderFactor: 1.1, phoneBlock: 44, eveningDay: 1, street: 'Simppulantie 15' },
  { code: 'hyk-tuira', kind: 'centre', area: 'central', fi: 'Tuira', gen: 'Tuiran', loc: 'Tuirassa', sv: 'Tuira', en: 'Tuira', pop: 30000, childFactor: 0.75, olderFactor: 1.2, phoneBlock: 45, eveningDay: 3, street: 'Kangastie 12' },
  { code: 'hyk-kontinkangas', kind: 'centre', area: 'central', fi: 'Kontinkangas', gen: 'Kontinkankaan', loc: 'Kontinkankaalla', sv: 'Kontinkangas', en: 'Kontinkangas', pop: 33000, childFactor: 0.7, olderFactor: 1.3, phoneBlock: 46, eveningDay: 2, street: 'Kajaanintie 46 A' },
  { code: 'hyp-valke', kind: 'point', area: 'central', fi: 'Välke', gen: 'Välkkeen', loc: 'Välkkeessä', sv: 'Välke', en: 'Välke', pop: 9000, childFactor: 0.8, olderFactor: 0.9, phoneBlock: 47, street: 'Latokartanontie 1' },
  { code: 'hyp-kaijonharju', kind: 'point', area: 'north', fi: 'Kaijonharju', gen: 'Kaijonharjun', loc: 'Kaijonharjussa', sv: 'Kaijonharju', en: 'Kaijonharju', pop: 14000, childFactor: 0.8, olderFactor: 0.8, phoneBlock: 48, street: 'Kalevalantie 5' },
  { code: 'hyp-oulunsalo', kind: 'point', area: 'south', fi: 'Oulunsalo', gen: 'Oulunsalon', loc: 'Oulunsalossa', sv: 'Karlö', en: 'Oulunsalo', pop: 10500, childFactor: 1.3, olderFactor: 0.9, phoneBlock: 49, street: 'Kauppiaantie 10' },
  { code: 'hyp-yli-ii', kind: 'point', area: 'north', fi: 'Yli-Ii', gen: 'Yli-Iin', loc: 'Yli-Iissä', sv: 'Överijo', en: 'Yli-Ii', pop: 2000, childFactor: 1.0, olderFactor: 1.6, phoneBlock: 50, street: 'Kirkkokuja 2' },
];

export function place(code: string): Place {
  const p = PLACES.find((x) => x.code === code);
  if (!p) throw new Error(`Unknown place ${code}`);
  return p;
}

export const CENTRES = PLACES.filter((p) => p.kind === 'centre');

/** A public phone number 08 558 NNxxx in the place's block. */
export function tel(p: Place, n: number): string {
  return `08 558 ${p.phoneBlock}${String(n).padStart(3, '0')}`;
}

/** Share of Oulu's population (215,000) by age band, demo estimates. */
export const SHARE = {
  births: 0.0095,
  age0to6: 0.078,
  age7to15: 0.108,
  age16to19: 0.045,
  age13to29: 0.2,
  age18to64: 0.63,
  age75plus: 0.075,
};

export const OULU_POP = 215000;

export interface Area {
  code: AreaCode;
  fiAdj: string;
  fiGen: string;
  sv: string;
  en: string;
  centres: string[];
  pop: number;
  phoneBlock: number;
}

export const AREAS: Area[] = [
  { code: 'south', fiAdj: 'Eteläinen alue', fiGen: 'eteläisen alueen', sv: 'södra området', en: 'south area', centres: ['hyk-kaakkuri', 'hyp-oulunsalo'], pop: 52500, phoneBlock: 51 },
  { code: 'east', fiAdj: 'Itäinen alue', fiGen: 'itäisen alueen', sv: 'östra området', en: 'east area', centres: ['hyk-myllyoja', 'hyk-kiiminki'], pop: 52000, phoneBlock: 52 },
  { code: 'north', fiAdj: 'Pohjoinen alue', fiGen: 'pohjoisen alueen', sv: 'norra området', en: 'north area', centres: ['hyk-haukipudas', 'hyp-kaijonharju', 'hyp-yli-ii'], pop: 40000, phoneBlock: 53 },
  { code: 'central', fiAdj: 'Keskinen alue', fiGen: 'keskisen alueen', sv: 'centrala området', en: 'central area', centres: ['hyk-tuira', 'hyk-kontinkangas', 'hyp-valke'], pop: 72000, phoneBlock: 54 },
];

export function areaTel(a: Area, n: number): string {
  return `08 558 ${a.phoneBlock}${String(n).padStart(3, '0')}`;
}

/** Region-wide public numbers (block 55–59). */
export function regionTel(n: number): string {
  return `08 558 ${String(55000 + n)}`;
}

export const FULL_ACCESS: AccessibilityFeature[] = ['step_free_entrance', 'lift', 'accessible_toilet', 'induction_loop', 'accessible_parking'];
