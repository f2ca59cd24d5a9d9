/**
 * DEMO DATA — holistic assessments, joint service plans and referrals of the fictional demo
 * clients: one client in each segment, and plans in each state (draft, agreed, changed since the
 * agreement with its review due today).
 */
import type { LifeDomain } from '@avain/domain';

type Scores = Partial<Record<LifeDomain, number>>;

export interface DemoAssessment {
  client: string;
  author: string;
  unit: string;
  daysAgo: number;
  scores: Scores;
  selfManagement: number;
  clientView: string;
  clientGoals: string;
}

export const DEMO_ASSESSMENTS: DemoAssessment[] = [
  {
    client: 'client-6', author: 'suunnittelija', unit: 'kotihoito-keskinen', daysAgo: 120,
    scores: { housing: 2, income: 1, work_or_study: 0, relationships: 3, daily_functioning: 4, physical_health: 4, mental_health: 2, substance_use: 0, safety: 3 },
    selfManagement: 4,
    clientView: 'Haluan asua kotona niin pitkään kuin mahdollista. Yksinäisyys painaa miehen kuoleman jälkeen.',
    clientGoals: 'Pärjätä kotona ja päästä ulos ihmisten pariin kerran viikossa.',
  },
  {
    client: 'client-1', author: 'sosiaalityontekija', unit: 'aikuissosiaalityo', daysAgo: 30,
    scores: { housing: 3, income: 3, work_or_study: 3, relationships: 2, daily_functioning: 1, physical_health: 1, mental_health: 3, substance_use: 1, safety: 0 },
    selfManagement: 1,
    clientView: 'Työttömyys on kestänyt kaksi vuotta, ja mieliala on ollut matala. Arki sujuu, kun on jotain tekemistä.',
    clientGoals: 'Löytää työ tai kuntouttava työtoiminta ja saada masennus hallintaan.',
  },
  {
    client: 'client-2', author: 'ammattilainen', unit: 'tuira-terveysasema', daysAgo: 45,
    scores: { housing: 0, income: 1, work_or_study: 0, relationships: 1, daily_functioning: 2, physical_health: 2, mental_health: 1, substance_use: 0, safety: 0 },
    selfManagement: 3,
    clientView: 'Muisti on alkanut pätkiä, ja lääkkeiden kanssa menee sekaisin.',
    clientGoals: 'Lääkkeet oikein ja tytär tietää, miten menee.',
  },
  {
    client: 'client-3', author: 'ammattilainen', unit: 'tuira-terveysasema', daysAgo: 60,
    scores: { housing: 1, income: 1, work_or_study: 1, relationships: 0, daily_functioning: 0, physical_health: 1, mental_health: 1, substance_use: 0, safety: 0 },
    selfManagement: 0,
    clientView: 'Opinnot ovat hieman jäljessä, mutta pärjään hyvin.',
    clientGoals: 'Valmistua ensi keväänä.',
  },
  {
    client: 'client-4', author: 'sosiaalityontekija', unit: 'aikuissosiaalityo', daysAgo: 100,
    scores: { housing: 3, income: 3, work_or_study: 2, relationships: 3, daily_functioning: 3, physical_health: 2, mental_health: 3, substance_use: 3, safety: 2 },
    selfManagement: 3,
    clientView: 'Alkoholin käyttö on lisääntynyt eron jälkeen, ja vuokrat ovat jääneet maksamatta.',
    clientGoals: 'Pysyä raittiina ja säilyttää asunto.',
  },
];

export interface DemoTeamMember {
  user?: string;
  role: string;
  external?: { id: string; name: string; organisation: string; service?: string; phone?: string; email?: string };
}

export interface DemoPlan {
  client: string;
  creator: string;
  responsible: string;
  daysAgo: number;
  summary: string;
  goals: { id: string; text: string; indicator: string | null; targetInDays: number | null }[];
  services: { service: string; frequency: string }[];
  clientActions: string[];
  team: DemoTeamMember[];
  /** Days from today; 0 = due today. */
  nextReviewInDays: number;
  state: 'draft' | 'agreed' | 'changed';
  review?: { daysAgo: number; scores: Record<string, number>; note: string };
}

export const DEMO_PLANS: DemoPlan[] = [
  {
    client: 'client-6', creator: 'palveluohjaaja', responsible: 'suunnittelija', daysAgo: 110,
    summary: 'Tuula asuu yksin kerrostalossa lonkkamurtuman jälkeen. Kotihoito käy kahdesti päivässä. Yksinäisyys ja kaatumisen pelko rajoittavat liikkumista.',
    goals: [
      { id: 'koti', text: 'Asun kotona turvallisesti.', indicator: 'Ei kaatumisia kolmeen kuukauteen', targetInDays: 90 },
      { id: 'seura', text: 'Pääsen ihmisten pariin kerran viikossa.', indicator: 'Käy leskien vertaisryhmässä joka viikko', targetInDays: 60 },
    ],
    services: [
      { service: 'home-care-support-central', frequency: 'Kaksi käyntiä päivässä' },
      { service: 'seniorit-widows-group', frequency: 'Kerran viikossa torstaisin' },
    ],
    clientActions: ['Käytän turvarannekettä aina.', 'Teen kotivoimisteluohjeen liikkeet joka aamu.'],
    team: [
      { user: 'suunnittelija', role: 'Kotihoidon vastaava hoitaja' },
      { user: 'palveluohjaaja', role: 'Palveluohjaaja' },
      { role: 'Vertaisryhmän ohjaaja', external: { id: 'seniorit', name: 'Leskien vertaisryhmä', organisation: 'Oulun Seniorit ry', service: 'seniorit-widows-group', phone: '040 123 9876' } },
    ],
    nextReviewInDays: 40,
    state: 'agreed',
    review: { daysAgo: 50, scores: { koti: 1, seura: 0 }, note: 'Ei kaatumisia. Ryhmässä käynyt kolme kertaa neljästä.' },
  },
  {
    client: 'client-1', creator: 'sosiaalityontekija', responsible: 'sosiaalityontekija', daysAgo: 20,
    summary: 'Juha on ollut työttömänä kaksi vuotta ja kärsii masennuksesta. Taloudellinen tilanne on tiukka.',
    goals: [
      { id: 'tyo', text: 'Pääsen mukaan kuntouttavaan työtoimintaan.', indicator: 'Aloittaa työtoiminnan kolmen kuukauden sisällä', targetInDays: 90 },
      { id: 'mieli', text: 'Mieliala kohenee.', indicator: null, targetInDays: null },
    ],
    services: [{ service: 'aalto-depression-group', frequency: 'Kerran viikossa tiistaisin' }],
    clientActions: ['Käyn vertaisryhmässä.', 'Ilmoittaudun työllisyyspalveluihin.'],
    team: [
      { user: 'sosiaalityontekija', role: 'Sosiaalityöntekijä' },
      { user: 'palveluohjaaja', role: 'Palveluohjaaja' },
    ],
    nextReviewInDays: 70,
    state: 'draft',
  },
  {
    client: 'client-4', creator: 'palveluohjaaja', responsible: 'sosiaalityontekija', daysAgo: 90,
    summary: 'Helena on eron jälkeen alkanut käyttää alkoholia runsaasti. Vuokrarästit uhkaavat asumista.',
    goals: [
      { id: 'raittius', text: 'Pysyn raittiina.', indicator: 'Käy päihdeavun vertaisryhmässä kahdesti viikossa', targetInDays: 120 },
      { id: 'asunto', text: 'Säilytän asuntoni.', indicator: 'Maksusuunnitelma vuokranantajan kanssa', targetInDays: 30 },
    ],
    services: [
      { service: 'toipujat-aa-group', frequency: 'Kaksi kertaa viikossa' },
      { service: 'aalto-crisis-support', frequency: '1–5 tapaamista' },
    ],
    clientActions: ['Soitan vuokranantajalle maksusuunnitelmasta.', 'Menen ryhmään maanantaisin ja perjantaisin.'],
    team: [
      { user: 'sosiaalityontekija', role: 'Sosiaalityöntekijä' },
      { user: 'palveluohjaaja', role: 'Palveluohjaaja' },
      { user: 'ammattilainen', role: 'Sairaanhoitaja' },
    ],
    nextReviewInDays: 0,
    state: 'changed',
  },
];

export interface DemoReferral {
  client: string;
  referrer: string;
  service: string;
  daysAgo: number;
  handoverNote: string;
  answer?: { status: 'accepted' | 'declined' | 'completed'; note: string; daysAgo: number };
}

export const DEMO_REFERRALS: DemoReferral[] = [
  {
    client: 'client-6', referrer: 'suunnittelija', service: 'seniorit-widows-group', daysAgo: 100,
    handoverNote: 'Tuula on leskeytynyt vuosi sitten ja kokee yksinäisyyttä. Liikkuu rollaattorilla; tarvitsee kuljetuksen ryhmään.',
    answer: { status: 'accepted', note: 'Tervetuloa ryhmään torstaisin. Kuljetus järjestyy vapaaehtoisten kautta.', daysAgo: 98 },
  },
  {
    client: 'client-1', referrer: 'sosiaalityontekija', service: 'aalto-depression-group', daysAgo: 6,
    handoverNote: 'Juha on ollut pitkään työttömänä ja kärsii keskivaikeasta masennuksesta. Hän toivoo vertaistukea ja on motivoitunut ryhmään.',
  },
  {
    client: 'client-4', referrer: 'sosiaalityontekija', service: 'toipujat-aa-group', daysAgo: 80,
    handoverNote: 'Helena haluaa lopettaa alkoholin käytön. Hänellä on ollut lyhyitä raittiita jaksoja; vertaistuki on ollut hänelle aiemmin tärkeää.',
    answer: { status: 'completed', note: 'Helena on käynyt ryhmässä säännöllisesti kolme kuukautta ja jatkaa omatoimisesti.', daysAgo: 5 },
  },
];
