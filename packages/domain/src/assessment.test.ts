import { describe, expect, it } from 'vitest';
import {
  assessmentChanges,
  DEFAULT_WORKLIST_CRITERIA,
  FREE_TEXT_MAX,
  HOLISTIC_QUESTIONNAIRE,
  scoresOf,
  validateAnswers,
  worklistGroupOf,
  worklistReasons,
  type AssessmentAnswers,
} from './assessment.ts';
import { LIFE_DOMAINS } from './segmentation.ts';

const allDomains = (score: number) => Object.fromEntries(LIFE_DOMAINS.map((d) => [d, { score, text: '' }]));
const answers = (over: Partial<AssessmentAnswers> = {}): AssessmentAnswers => ({ domains: allDomains(1), selfManagement: 1, clientView: '', clientGoals: '', ...over });
const fields = (a: AssessmentAnswers, kind: 'professional' | 'pre_assessment' = 'professional') => validateAnswers(a, kind).map((e) => e.field);

describe('the questionnaire, version 1', () => {
  it('has one group per life domain with a 0–4 score and free text, then self-management, view and goals', () => {
    const ids = HOLISTIC_QUESTIONNAIRE.items.map((i) => i.linkId);
    expect(ids).toEqual([...LIFE_DOMAINS, 'self_management', 'client_view', 'client_goals']);
    const housing = HOLISTIC_QUESTIONNAIRE.items[0]!;
    expect(housing.item!.map((i) => i.linkId)).toEqual(['housing.score', 'housing.text']);
    expect(housing.item![0]!.answerOption!.map((o) => o.value)).toEqual([0, 1, 2, 3, 4]);
  });

  it('words every item in Finnish, Swedish and English', () => {
    const texts = HOLISTIC_QUESTIONNAIRE.items.flatMap((i) => [i.text, ...(i.item ?? []).map((c) => c.text), ...(i.answerOption ?? []).map((o) => o.text)]);
    for (const text of texts) expect([text.fi, text.sv, text.en].every((s) => s.length > 0)).toBe(true);
  });
});

describe('validateAnswers', () => {
  it('accepts a complete professional assessment at both ends of the scale', () => {
    expect(validateAnswers(answers({ domains: allDomains(0), selfManagement: 4 }), 'professional')).toEqual([]);
    expect(validateAnswers(answers({ domains: allDomains(4), selfManagement: 0 }), 'professional')).toEqual([]);
  });

  it('names each score outside 0–4 or not whole', () => {
    const domains = { ...allDomains(1), housing: { score: 5, text: '' }, income: { score: -1, text: '' }, safety: { score: 1.5, text: '' } };
    expect(fields(answers({ domains, selfManagement: 7 }))).toEqual(['domains.housing.score', 'domains.income.score', 'domains.safety.score', 'selfManagement']);
  });

  it('requires every domain from a professional, but only one from a pre-assessment', () => {
    const one = { housing: { score: 2, text: 'Vuokrarästejä' } };
    expect(fields(answers({ domains: one }))).toHaveLength(LIFE_DOMAINS.length - 1);
    expect(fields(answers({ domains: one }), 'pre_assessment')).toEqual([]);
    expect(fields(answers({ domains: {} }), 'pre_assessment')).toEqual(['domains']);
  });

  it('limits free texts to the maximum length exactly', () => {
    const max = 'x'.repeat(FREE_TEXT_MAX);
    expect(fields(answers({ clientView: max, clientGoals: max }))).toEqual([]);
    const domains = { ...allDomains(1), housing: { score: 1, text: `${max}x` } };
    expect(fields(answers({ domains, clientView: `${max}x`, clientGoals: `${max}x` }))).toEqual(['domains.housing.text', 'clientView', 'clientGoals']);
  });
});

describe('scoresOf', () => {
  it('takes the scores of the assessed domains only', () => {
    expect(scoresOf({ domains: { housing: { score: 3, text: 'a' }, safety: { score: 0, text: '' } } })).toEqual({ housing: 3, safety: 0 });
  });
});

describe('assessmentChanges', () => {
  it('lists only the items that changed, in questionnaire order, better when the score fell', () => {
    const before = answers({ domains: { ...allDomains(2), housing: { score: 4, text: '' } }, selfManagement: 3 });
    const after = answers({ domains: { ...allDomains(2), housing: { score: 1, text: '' }, safety: { score: 3, text: '' } }, selfManagement: 3 });
    expect(assessmentChanges(before, after)).toEqual([
      { item: 'housing', from: 4, to: 1, delta: -3, direction: 'better' },
      { item: 'safety', from: 2, to: 3, delta: 1, direction: 'worse' },
    ]);
  });

  it('includes self-management, and leaves out domains assessed only once', () => {
    const before = answers({ domains: { housing: { score: 2, text: '' } }, selfManagement: 1 });
    const after = answers({ domains: { income: { score: 2, text: '' } }, selfManagement: 2 });
    expect(assessmentChanges(before, after)).toEqual([{ item: 'self_management', from: 1, to: 2, delta: 1, direction: 'worse' }]);
  });

  it('is empty when nothing changed', () => {
    expect(assessmentChanges(answers(), answers())).toEqual([]);
  });
});

describe('worklistReasons', () => {
  const criteria = DEFAULT_WORKLIST_CRITERIA;
  const use = (contacts: number, distinctUnits: number, bothRegisters = true) => ({ contacts, distinctUnits, bothRegisters });
  const codes = (u: ReturnType<typeof use>, segment: Parameters<typeof worklistReasons>[1] = null, c = criteria) => worklistReasons(u, segment, c).map((r) => r.code);

  it('lists by distinct units from the threshold on, with the figures', () => {
    expect(codes(use(5, criteria.minUnits - 1))).toEqual([]);
    expect(worklistReasons(use(5, criteria.minUnits), null, criteria)).toEqual([{ code: 'many_units', value: 3, threshold: 3 }]);
  });

  it('lists by contacts from the threshold on', () => {
    expect(codes(use(criteria.minContacts - 1, 1))).toEqual([]);
    expect(worklistReasons(use(criteria.minContacts, 1), null, criteria)).toEqual([{ code: 'many_contacts', value: 24, threshold: 24 }]);
  });

  it('counts heavy use only across both registers', () => {
    expect(codes(use(100, 10, false))).toEqual([]);
  });

  it('lists the multi-professional segment when so configured, and only that segment', () => {
    expect(codes(use(0, 0), 'multi_professional')).toEqual(['multi_professional_segment']);
    expect(codes(use(0, 0), 'network')).toEqual([]);
    expect(codes(use(0, 0), 'multi_professional', { ...criteria, includeMultiProfessional: false })).toEqual([]);
  });

  it('gives every reason that applies', () => {
    expect(codes(use(30, 4), 'multi_professional')).toEqual(['many_units', 'many_contacts', 'multi_professional_segment']);
  });
});

describe('worklistGroupOf', () => {
  it('puts the youth age limit itself in the children view', () => {
    expect(worklistGroupOf(17, DEFAULT_WORKLIST_CRITERIA)).toBe('children');
    expect(worklistGroupOf(18, DEFAULT_WORKLIST_CRITERIA)).toBe('adults');
    expect(worklistGroupOf(0, { youthMaxAge: 0 })).toBe('children');
    expect(worklistGroupOf(21, { youthMaxAge: 21 })).toBe('children');
  });
});
