import { checkCharacter } from '@avain/domain';

/**
 * Fictional demo clients. Identity codes use individual numbers 900–999, the range set aside for
 * test and temporary codes, so none belongs to a real person.
 */
export const testIdentityCode = (birthDate: string, individual: number) => {
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  const sign = y.startsWith('20') ? 'A' : y.startsWith('19') ? '-' : '+';
  const digits = `${d}${m}${y.slice(2)}${String(individual).padStart(3, '0')}`;
  return `${d}${m}${y.slice(2)}${sign}${String(individual).padStart(3, '0')}${checkCharacter(digits)}`;
};

export const DEMO_UNITS = [
  { code: 'tuira-terveysasema', nameFi: 'Tuiran terveysasema', nameSv: 'Tuira hälsostation', nameEn: 'Tuira health station', register: 'health' },
  { code: 'kaakkuri-terveysasema', nameFi: 'Kaakkurin terveysasema', nameSv: 'Kaakkuri hälsostation', nameEn: 'Kaakkuri health station', register: 'health' },
  { code: 'aikuissosiaalityo', nameFi: 'Aikuissosiaalityö', nameSv: 'Socialt arbete för vuxna', nameEn: 'Adult social work', register: 'social' },
  { code: 'lapsiperheiden-sosiaalityo', nameFi: 'Lapsiperheiden sosiaalityö', nameSv: 'Socialt arbete för barnfamiljer', nameEn: 'Social work for families', register: 'social' },
  { code: 'palveluohjaus', nameFi: 'Palveluohjaus', nameSv: 'Servicehandledning', nameEn: 'Service coordination', register: 'social' },
  { code: 'kotihoito-keskinen', nameFi: 'Kotihoito, keskinen alue', nameSv: 'Hemvård, centrala området', nameEn: 'Home care, central area', register: 'social' },
] as const;

/** Which unit each demo member of staff works in; the supervisor reviews the unit's emergency accesses. */
export const DEMO_MEMBERSHIPS: { username: string; unit: (typeof DEMO_UNITS)[number]['code']; supervisor: boolean }[] = [
  { username: 'ammattilainen', unit: 'tuira-terveysasema', supervisor: false },
  { username: 'esihenkilo', unit: 'tuira-terveysasema', supervisor: true },
  { username: 'sosiaalityontekija', unit: 'aikuissosiaalityo', supervisor: false },
  { username: 'palveluohjaaja', unit: 'palveluohjaus', supervisor: false },
  { username: 'suunnittelija', unit: 'kotihoito-keskinen', supervisor: false },
];

export interface DemoClient {
  key: string;
  firstNames: string;
  lastName: string;
  birthDate: string;
  individual: number;
  sex: 'male' | 'female';
  street: string;
  postalCode: string;
  phone: string;
  language?: 'fi' | 'sv' | 'other';
  otherLanguage?: string;
  interpreterNeeded?: boolean;
  nonDisclosure?: boolean;
  user?: string;
  guardians?: string[];
}

export const DEMO_CLIENTS: DemoClient[] = [
  { key: 'aino', firstNames: 'Aino Maria', lastName: 'Asukas', birthDate: '1986-04-12', individual: 902, sex: 'female', street: 'Kangastie 20 B 7', postalCode: '90500', phone: '040 123 4501', user: 'asukas' },
  { key: 'eetu', firstNames: 'Eetu', lastName: 'Asukas', birthDate: '2017-06-03', individual: 913, sex: 'male', street: 'Kangastie 20 B 7', postalCode: '90500', phone: '040 123 4501', guardians: ['aino'] },
  { key: 'ella', firstNames: 'Ella', lastName: 'Asukas', birthDate: '2010-09-15', individual: 924, sex: 'female', street: 'Kangastie 20 B 7', postalCode: '90500', phone: '040 123 4502', guardians: ['aino'] },
  { key: 'matti', firstNames: 'Matti Johannes', lastName: 'Meikäläinen', birthDate: '1944-01-30', individual: 935, sex: 'male', street: 'Pesätie 3 A 2', postalCode: '90410', phone: '08 123 4567' },
  { key: 'sanna', firstNames: 'Sanna', lastName: 'Suojattu', birthDate: '1992-11-02', individual: 946, sex: 'female', street: 'Salainen katu 1', postalCode: '90100', phone: '040 987 6543', nonDisclosure: true },
  { key: 'karin', firstNames: 'Karin', lastName: 'Lindqvist', birthDate: '1971-03-08', individual: 958, sex: 'female', street: 'Hallituskatu 9', postalCode: '90100', phone: '050 222 3344', language: 'sv' },
  { key: 'onni', firstNames: 'Onni', lastName: 'Koskinen', birthDate: '2011-02-17', individual: 969, sex: 'male', street: 'Isokatu 17', postalCode: '90100', phone: '040 700 2011', guardians: ['client-8'] },
  { key: 'ahmed', firstNames: 'Ahmed', lastName: 'Hassan', birthDate: '1988-07-21', individual: 967, sex: 'male', street: 'Kaijonharjuntie 12', postalCode: '90570', phone: '044 555 1212', language: 'other', otherLanguage: 'so', interpreterNeeded: true },
  ...[
    ['Juha', 'Virtanen', '1975-02-14', 'male'],
    ['Liisa', 'Korhonen', '1958-12-01', 'female'],
    ['Mikko', 'Nieminen', '1999-05-30', 'male'],
    ['Helena', 'Mäkinen', '1963-08-19', 'female'],
    ['Jari', 'Hämäläinen', '1981-10-05', 'male'],
    ['Tuula', 'Laine', '1949-04-22', 'female'],
    ['Antti', 'Heikkinen', '2002-01-11', 'male'],
    ['Päivi', 'Koskinen', '1979-06-27', 'female'],
    ['Timo', 'Järvinen', '1966-09-09', 'male'],
    ['Riikka', 'Virtanen', '1990-03-03', 'female'],
  ].map(([firstNames, lastName, birthDate, sex], i) => ({
    key: `client-${i + 1}`,
    firstNames: firstNames!,
    lastName: lastName!,
    birthDate: birthDate!,
    individual: 970 + i,
    sex: sex as 'male' | 'female',
    street: `Isokatu ${10 + i}`,
    postalCode: '90100',
    phone: `040 700 ${String(1000 + i)}`,
  })),
];

type Entry = { client: string; unit: string; author: string; daysAgo: number; type: 'visit' | 'note' | 'decision' | 'document_summary' | 'measurement'; title: string; text: string; codes?: { system: string; code: string; display?: string; value?: number; unit?: string }[]; hiddenFromGuardians?: boolean };

const ICPC2 = 'urn:oid:1.2.246.537.6.31';
const LOINC = 'http://loinc.org';

/** Regular contacts over the past months: what makes a client a heavy user of services across registers. */
const contacts = (client: string, unit: string, author: string, count: number, everyDays: number, title: string, text: string): Entry[] =>
  Array.from({ length: count }, (_, i) => ({ client, unit, author, daysAgo: 7 + i * everyDays, type: i % 4 === 3 ? 'note' : 'visit', title, text }));

export const DEMO_ENTRIES: Entry[] = [
  { client: 'aino', unit: 'tuira-terveysasema', author: 'ammattilainen', daysAgo: 3, type: 'visit', title: 'Vastaanottokäynti: kuume ja yskä', text: 'Kolme päivää kestänyt kuume ja yskä. Keuhkot kuultuna puhtaat. Oireenmukainen hoito, uusi yhteys jos oireet pitkittyvät.', codes: [{ system: ICPC2, code: 'R74', display: 'Akuutti ylähengitystieinfektio' }] },
  { client: 'aino', unit: 'tuira-terveysasema', author: 'ammattilainen', daysAgo: 3, type: 'measurement', title: 'Verenpaine', text: 'Verenpaine istuen 128/82 mmHg.', codes: [{ system: LOINC, code: '8480-6', display: 'Systolic blood pressure', value: 128, unit: 'mm[Hg]' }] },
  { client: 'aino', unit: 'tuira-terveysasema', author: 'ammattilainen', daysAgo: 40, type: 'note', title: 'Puhelinkontakti', text: 'Laboratoriotulokset kerrottu puhelimessa. Ei jatkotoimia.' },
  { client: 'aino', unit: 'aikuissosiaalityo', author: 'sosiaalityontekija', daysAgo: 10, type: 'decision', title: 'Päätös täydentävästä toimeentulotuesta', text: 'Myönnetty täydentävää toimeentulotukea lasten harrastusmenoihin 120 € ajalle 1.11.–31.12.' },
  { client: 'aino', unit: 'aikuissosiaalityo', author: 'sosiaalityontekija', daysAgo: 12, type: 'note', title: 'Asiakastapaaminen', text: 'Keskusteltu perheen taloustilanteesta ja työllistymisen tuesta. Sovittu uusi tapaaminen kuukauden päähän.' },
  { client: 'eetu', unit: 'tuira-terveysasema', author: 'ammattilainen', daysAgo: 60, type: 'visit', title: 'Kouluterveydenhoitajan määräaikaistarkastus', text: 'Kasvu ja kehitys ikätasoista. Rokotukset ajan tasalla.' },
  { client: 'ella', unit: 'tuira-terveysasema', author: 'ammattilainen', daysAgo: 20, type: 'visit', title: 'Kouluterveydenhoitajan vastaanotto', text: 'Keskustelu jaksamisesta ja unesta. Ohjattu nukkumaan säännöllisemmin.' },
  { client: 'ella', unit: 'tuira-terveysasema', author: 'ammattilainen', daysAgo: 15, type: 'note', title: 'Ehkäisyneuvonta', text: 'Nuori on riittävän kypsä päättämään asiastaan ja on kieltänyt tietojen luovuttamisen huoltajille.', hiddenFromGuardians: true },
  { client: 'matti', unit: 'kotihoito-keskinen', author: 'suunnittelija', daysAgo: 2, type: 'note', title: 'Kotihoidon käynti', text: 'Lääkkeet jaettu dosettiin. Asiakas pärjää kotona hyvin, liikkuu rollaattorin kanssa.' },
  { client: 'matti', unit: 'tuira-terveysasema', author: 'ammattilainen', daysAgo: 90, type: 'document_summary', title: 'Epikriisi: lonkkamurtuma', text: 'Lonkkamurtuma leikattu OYS:ssa. Kuntoutus kotihoidon tuella.', codes: [{ system: ICPC2, code: 'L75', display: 'Reisiluun murtuma' }] },
  { client: 'sanna', unit: 'tuira-terveysasema', author: 'ammattilainen', daysAgo: 5, type: 'visit', title: 'Vastaanottokäynti', text: 'Selkäkipu, fysioterapeutin ohjaus.' },
  // Jari and Onni use many services of both registers: the early identification worklist finds them.
  ...contacts('client-5', 'tuira-terveysasema', 'ammattilainen', 10, 30, 'Vastaanottokäynti', 'Verenpaineen ja unettomuuden seuranta.'),
  ...contacts('client-5', 'kaakkuri-terveysasema', 'ammattilainen', 4, 45, 'Päivystyksellinen käynti', 'Selkäkipu, kipulääkitys.'),
  ...contacts('client-5', 'aikuissosiaalityo', 'sosiaalityontekija', 8, 40, 'Asiakastapaaminen', 'Toimeentulo ja asumisen turvaaminen, vuokrarästit.'),
  ...contacts('client-5', 'palveluohjaus', 'palveluohjaaja', 3, 90, 'Palveluohjaus', 'Ohjaus työllisyyspalveluihin.'),
  ...contacts('onni', 'tuira-terveysasema', 'ammattilainen', 6, 45, 'Kouluterveydenhoitajan vastaanotto', 'Väsymys ja poissaolot koulusta.'),
  ...contacts('onni', 'lapsiperheiden-sosiaalityo', 'sosiaalityontekija', 5, 60, 'Perhetyön käynti', 'Perheen arjen tuki ja nuoren koulunkäynti.'),
  ...contacts('onni', 'kaakkuri-terveysasema', 'ammattilainen', 2, 120, 'Päivystyskäynti', 'Urheiluvamma, nilkan nyrjähdys.'),
];

/** Relations in force: an appointment (30 days), open cases and care-team memberships. */
export const DEMO_RELATIONS = [
  { client: 'aino', professional: 'ammattilainen', unit: 'tuira-terveysasema', kind: 'appointment', daysAgo: 3, lastsDays: 30, needsAddress: false },
  { client: 'aino', professional: 'sosiaalityontekija', unit: 'aikuissosiaalityo', kind: 'case', daysAgo: 60, lastsDays: null, needsAddress: false },
  { client: 'eetu', professional: 'ammattilainen', unit: 'tuira-terveysasema', kind: 'appointment', daysAgo: 60, lastsDays: 90, needsAddress: false },
  { client: 'ella', professional: 'ammattilainen', unit: 'tuira-terveysasema', kind: 'appointment', daysAgo: 15, lastsDays: 30, needsAddress: false },
  { client: 'matti', professional: 'suunnittelija', unit: 'kotihoito-keskinen', kind: 'team', daysAgo: 200, lastsDays: null, needsAddress: true },
  { client: 'sanna', professional: 'ammattilainen', unit: 'tuira-terveysasema', kind: 'appointment', daysAgo: 5, lastsDays: 30, needsAddress: false },
] as const;
