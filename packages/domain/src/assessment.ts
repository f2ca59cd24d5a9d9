/**
 * The holistic needs assessment (D7) and early identification (D8): the questionnaire itself, the
 * rules an answer must meet, how two assessments differ, and why a client lands on the service
 * coordinators' worklist. Pure; the server stores, the user interface words the codes.
 */
import type { FieldError } from './errors.ts';
import { LIFE_DOMAINS, type LifeDomain, type Segment } from './segmentation.ts';

export interface Localized {
  fi: string;
  sv: string;
  en: string;
}

/** A questionnaire item shaped like FHIR Questionnaire.item, so the FHIR view is a plain mapping. */
export interface QuestionnaireItem {
  linkId: string;
  type: 'group' | 'integer' | 'text';
  text: Localized;
  required: boolean;
  answerOption?: { value: number; text: Localized }[];
  item?: QuestionnaireItem[];
}

export interface QuestionnaireDefinition {
  code: string;
  version: number;
  title: Localized;
  items: QuestionnaireItem[];
}

export const QUESTIONNAIRE_CODE = 'holistic-assessment';
export const SCORE_MIN = 0;
export const SCORE_MAX = 4;
export const FREE_TEXT_MAX = 2000;

const DOMAIN_TEXTS: Record<LifeDomain, Localized> = {
  housing: { fi: 'Asuminen', sv: 'Boende', en: 'Housing' },
  income: { fi: 'Toimeentulo', sv: 'Försörjning', en: 'Income' },
  work_or_study: { fi: 'Työ tai opiskelu', sv: 'Arbete eller studier', en: 'Work or study' },
  relationships: { fi: 'Ihmissuhteet ja verkosto', sv: 'Relationer och nätverk', en: 'Relationships and network' },
  daily_functioning: { fi: 'Arjessa selviytyminen', sv: 'Att klara vardagen', en: 'Daily functioning' },
  physical_health: { fi: 'Fyysinen terveys', sv: 'Fysisk hälsa', en: 'Physical health' },
  mental_health: { fi: 'Mielenterveys', sv: 'Psykisk hälsa', en: 'Mental health' },
  substance_use: { fi: 'Päihteet', sv: 'Rusmedel', en: 'Substance use' },
  safety: { fi: 'Turvallisuus', sv: 'Trygghet', en: 'Safety' },
};

const DIFFICULTY: Localized[] = [
  { fi: '0 – ei vaikeuksia', sv: '0 – inga svårigheter', en: '0 – no difficulty' },
  { fi: '1 – vähäisiä vaikeuksia', sv: '1 – små svårigheter', en: '1 – minor difficulty' },
  { fi: '2 – kohtalaisia vaikeuksia', sv: '2 – måttliga svårigheter', en: '2 – moderate difficulty' },
  { fi: '3 – huomattavia vaikeuksia', sv: '3 – betydande svårigheter', en: '3 – considerable difficulty' },
  { fi: '4 – vakavia vaikeuksia', sv: '4 – allvarliga svårigheter', en: '4 – severe difficulty' },
];

const SELF_MANAGEMENT: Localized[] = [
  { fi: '0 – pärjää täysin omin voimin', sv: '0 – klarar sig helt på egen hand', en: '0 – manages fully on their own' },
  { fi: '1 – tarvitsee satunnaista neuvontaa', sv: '1 – behöver ibland rådgivning', en: '1 – needs occasional advice' },
  { fi: '2 – tarvitsee säännöllistä tukea', sv: '2 – behöver regelbundet stöd', en: '2 – needs regular support' },
  { fi: '3 – tarvitsee paljon tukea', sv: '3 – behöver mycket stöd', en: '3 – needs a lot of support' },
  { fi: '4 – ei pärjää ilman päivittäistä tukea', sv: '4 – klarar sig inte utan dagligt stöd', en: '4 – cannot manage without daily support' },
];

const options = (labels: Localized[]) => labels.map((text, value) => ({ value, text }));

/** Version 1 of the holistic assessment; a change of wording or items is a new version. */
export const HOLISTIC_QUESTIONNAIRE: QuestionnaireDefinition = {
  code: QUESTIONNAIRE_CODE,
  version: 1,
  title: { fi: 'Kokonaisvaltainen palvelutarpeen arvio', sv: 'Helhetsbedömning av servicebehovet', en: 'Holistic needs assessment' },
  items: [
    ...LIFE_DOMAINS.map((domain) => ({
      linkId: domain,
      type: 'group' as const,
      text: DOMAIN_TEXTS[domain],
      required: false,
      item: [
        { linkId: `${domain}.score`, type: 'integer' as const, text: { fi: 'Vaikeuden aste', sv: 'Svårighetsgrad', en: 'Level of difficulty' }, required: true, answerOption: options(DIFFICULTY) },
        { linkId: `${domain}.text`, type: 'text' as const, text: { fi: 'Tarkennus', sv: 'Precisering', en: 'Details' }, required: false },
      ],
    })),
    {
      linkId: 'self_management',
      type: 'integer',
      text: { fi: 'Omatoimisuus: miten asiakas pärjää omin voimin', sv: 'Självständighet: hur klienten klarar sig på egen hand', en: 'Self-management: how the client manages on their own' },
      required: true,
      answerOption: options(SELF_MANAGEMENT),
    },
    { linkId: 'client_view', type: 'text', text: { fi: 'Asiakkaan oma näkemys tilanteestaan', sv: 'Klientens egen syn på sin situation', en: "The client's own view of their situation" }, required: false },
    { linkId: 'client_goals', type: 'text', text: { fi: 'Asiakkaan omat tavoitteet', sv: 'Klientens egna mål', en: "The client's own goals" }, required: false },
  ],
};

export interface DomainAnswer {
  score: number;
  text: string;
}

export interface AssessmentAnswers {
  /** A domain left out was not assessed (a resident may skip a question in a pre-assessment). */
  domains: Partial<Record<LifeDomain, DomainAnswer>>;
  selfManagement: number;
  clientView: string;
  clientGoals: string;
}

const isScore = (n: number) => Number.isInteger(n) && n >= SCORE_MIN && n <= SCORE_MAX;
const SCORE_MESSAGE = `must be a whole number from ${SCORE_MIN} to ${SCORE_MAX}`;
const TEXT_MESSAGE = `must be at most ${FREE_TEXT_MAX} characters`;

/**
 * The rules an answer must meet, as field errors named like the request body ("domains.housing.score").
 * A professional assesses every domain with the client; a pre-assessment needs at least one.
 */
export function validateAnswers(answers: AssessmentAnswers, kind: 'professional' | 'pre_assessment'): FieldError[] {
  const errors: FieldError[] = [];
  for (const domain of LIFE_DOMAINS) {
    const answer = answers.domains[domain];
    if (!answer) {
      if (kind === 'professional') errors.push({ field: `domains.${domain}.score`, message: 'is required in a professional assessment' });
      continue;
    }
    if (!isScore(answer.score)) errors.push({ field: `domains.${domain}.score`, message: SCORE_MESSAGE });
    if (answer.text.length > FREE_TEXT_MAX) errors.push({ field: `domains.${domain}.text`, message: TEXT_MESSAGE });
  }
  if (kind === 'pre_assessment' && Object.keys(answers.domains).length === 0) errors.push({ field: 'domains', message: 'must answer at least one life domain' });
  if (!isScore(answers.selfManagement)) errors.push({ field: 'selfManagement', message: SCORE_MESSAGE });
  if (answers.clientView.length > FREE_TEXT_MAX) errors.push({ field: 'clientView', message: TEXT_MESSAGE });
  if (answers.clientGoals.length > FREE_TEXT_MAX) errors.push({ field: 'clientGoals', message: TEXT_MESSAGE });
  return errors;
}

/** The scores of an assessment, as segmentOf takes them. */
export const scoresOf = (answers: Pick<AssessmentAnswers, 'domains'>): Partial<Record<LifeDomain, number>> =>
  Object.fromEntries(LIFE_DOMAINS.filter((d) => answers.domains[d]).map((d) => [d, answers.domains[d]!.score]));

export type AssessedItem = LifeDomain | 'self_management';

/** How one item moved; a lower score is better on every item, so `delta < 0` is an improvement. */
export interface ScoreChange {
  item: AssessedItem;
  from: number;
  to: number;
  delta: number;
  direction: 'better' | 'worse';
}

/** The items whose score changed between two assessments, in questionnaire order; items assessed only once are left out. */
export function assessmentChanges(previous: Pick<AssessmentAnswers, 'domains' | 'selfManagement'>, current: Pick<AssessmentAnswers, 'domains' | 'selfManagement'>): ScoreChange[] {
  const pairs: [AssessedItem, number | undefined, number | undefined][] = [
    ...LIFE_DOMAINS.map((d): [AssessedItem, number | undefined, number | undefined] => [d, previous.domains[d]?.score, current.domains[d]?.score]),
    ['self_management', previous.selfManagement, current.selfManagement],
  ];
  return pairs
    .filter((p): p is [AssessedItem, number, number] => p[1] !== undefined && p[2] !== undefined && p[1] !== p[2])
    .map(([item, from, to]) => ({ item, from, to, delta: to - from, direction: to < from ? 'better' : 'worse' }));
}

/** Which clients the early identification worklist gathers: configuration, kept with the segment thresholds. */
export interface WorklistCriteria {
  /** Heavy use: at least this many distinct units across both registers in 12 months… */
  minUnits: number;
  /** …or at least this many contacts across both registers. */
  minContacts: number;
  /** Also list clients whose latest assessment put them in the multi-professional segment. */
  includeMultiProfessional: boolean;
  /** Up to this age (inclusive) a client is listed in the children and young people view. */
  youthMaxAge: number;
}

export const DEFAULT_WORKLIST_CRITERIA: WorklistCriteria = { minUnits: 3, minContacts: 24, includeMultiProfessional: true, youthMaxAge: 17 };

export type WorklistReason =
  | { code: 'many_units'; value: number; threshold: number }
  | { code: 'many_contacts'; value: number; threshold: number }
  | { code: 'multi_professional_segment' };

/**
 * Why a client belongs on the worklist; empty when not. Heavy use counts only across both
 * registers, since a client seen only in one register has one service path already.
 */
export function worklistReasons(
  use: { contacts: number; distinctUnits: number; bothRegisters: boolean },
  segment: Segment | null,
  criteria: WorklistCriteria,
): WorklistReason[] {
  const reasons: WorklistReason[] = [];
  if (use.bothRegisters && use.distinctUnits >= criteria.minUnits) reasons.push({ code: 'many_units', value: use.distinctUnits, threshold: criteria.minUnits });
  if (use.bothRegisters && use.contacts >= criteria.minContacts) reasons.push({ code: 'many_contacts', value: use.contacts, threshold: criteria.minContacts });
  if (criteria.includeMultiProfessional && segment === 'multi_professional') reasons.push({ code: 'multi_professional_segment' });
  return reasons;
}

export type WorklistGroup = 'adults' | 'children';

/** Children and young people have their own view: their services and guardians differ. */
export const worklistGroupOf = (age: number, criteria: Pick<WorklistCriteria, 'youthMaxAge'>): WorklistGroup => (age <= criteria.youthMaxAge ? 'children' : 'adults');
