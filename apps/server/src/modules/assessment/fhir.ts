import type { Localized, QuestionnaireItem } from '@avain/domain';
import type { AssessmentRow, QuestionnaireRow } from './repo.ts';
import { answersOf } from './views.ts';

type Resource = Record<string, unknown> & { resourceType: string; id: string };

const QUESTIONNAIRE_SYSTEM = 'urn:avain:questionnaire';
const SCORE_SYSTEM = 'urn:avain:assessment-score';
const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';

/** Finnish is the primary text; Swedish and English ride along as FHIR translation extensions. */
function texts(text: Localized) {
  return {
    text: text.fi,
    _text: {
      extension: (['sv', 'en'] as const).map((lang) => ({ url: TRANSLATION, extension: [{ url: 'lang', valueCode: lang }, { url: 'content', valueString: text[lang] }] })),
    },
  };
}

/** A scored item becomes a FHIR choice with coded options, so each answer carries its wording too. */
function fhirItem(item: QuestionnaireItem): Record<string, unknown> {
  return {
    linkId: item.linkId,
    ...texts(item.text),
    type: item.answerOption ? 'choice' : item.type,
    required: item.required,
    ...(item.answerOption ? { answerOption: item.answerOption.map((o) => ({ valueCoding: { system: SCORE_SYSTEM, code: String(o.value), display: o.text.fi } })) } : {}),
    ...(item.item ? { item: item.item.map(fhirItem) } : {}),
  };
}

export function fhirQuestionnaire(row: QuestionnaireRow, baseUrl: string): Resource {
  const title = row.title as Localized;
  return {
    resourceType: 'Questionnaire',
    id: row.id,
    url: `${baseUrl}/Questionnaire/${row.id}`,
    identifier: [{ system: QUESTIONNAIRE_SYSTEM, value: row.code }],
    version: String(row.version),
    name: row.code.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    title: title.fi,
    _title: texts(title)._text,
    status: row.status === 'active' ? 'active' : 'retired',
    subjectType: ['Patient'],
    date: row.publishedAt.toISOString(),
    item: (row.items as QuestionnaireItem[]).map(fhirItem),
  };
}

const score = (item: QuestionnaireItem | undefined, value: number) => ({
  valueCoding: { system: SCORE_SYSTEM, code: String(value), display: item?.answerOption?.find((o) => o.value === value)?.text.fi ?? String(value) },
});

const textAnswer = (linkId: string, text: string) => (text ? [{ linkId, answer: [{ valueString: text }] }] : []);

/** The assessment as FHIR answers the questionnaire version it was filled in on. */
export function fhirQuestionnaireResponse(row: AssessmentRow, questionnaire: QuestionnaireRow, baseUrl: string): Resource {
  const items = questionnaire.items as QuestionnaireItem[];
  const byId = (linkId: string) => items.find((i) => i.linkId === linkId);
  const answers = answersOf(row);
  return {
    resourceType: 'QuestionnaireResponse',
    id: row.id,
    questionnaire: `${baseUrl}/Questionnaire/${questionnaire.id}`,
    status: 'completed',
    subject: { reference: `Patient/${row.clientId}` },
    authored: row.authoredAt.toISOString(),
    author: { display: row.authorName },
    item: [
      ...Object.entries(answers.domains).map(([domain, a]) => ({
        linkId: domain,
        text: byId(domain)?.text.fi,
        item: [{ linkId: `${domain}.score`, answer: [score(byId(domain)?.item?.[0], a!.score)] }, ...textAnswer(`${domain}.text`, a!.text)],
      })),
      { linkId: 'self_management', answer: [score(byId('self_management'), answers.selfManagement)] },
      ...textAnswer('client_view', answers.clientView),
      ...textAnswer('client_goals', answers.clientGoals),
    ],
  };
}
