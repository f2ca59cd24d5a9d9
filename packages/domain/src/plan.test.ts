import { describe, expect, it } from 'vitest';
import { achievementOf, comparePlanVersions, planState, reviewDue, validateAttainments, validatePlanContent, type PlanContent } from './plan.ts';

const SAMI = '00000000-0000-4000-8000-000000000001';
const PAULA = '00000000-0000-4000-8000-000000000002';

const base: PlanContent = {
  summary: 'Asuu yksin, talous tiukalla.',
  goals: [{ id: 'g1', text: 'Haluan päästä töihin', indicator: 'Työkokeilu alkanut', targetDate: '2026-06-30' }],
  services: [{ serviceId: 's1', name: 'Vertaisryhmä', producer: 'Mielenterveysseura', frequency: 'kerran viikossa', from: '2026-01-01', to: '2026-06-30' }],
  clientActions: [{ id: 'a1', text: 'Käyn ryhmässä' }],
  team: [
    { kind: 'staff', userId: SAMI, name: 'Sami', role: 'sosiaalityöntekijä', unit: 'Aikuissosiaalityö', phone: null, email: null },
    { kind: 'external', id: 'x1', name: 'Vertaisohjaaja', organisation: 'Mielenterveysseura', role: 'vertaisohjaaja', serviceId: 's1', phone: '040 1', email: null },
  ],
  responsibleWorkerId: SAMI,
  nextReviewOn: '2026-03-01',
};

const fields = (c: PlanContent) => validatePlanContent(c).map((e) => e.field);

describe('validatePlanContent', () => {
  it('accepts a complete plan', () => {
    expect(validatePlanContent(base)).toEqual([]);
  });

  it('needs exactly one responsible worker who is a staff member of the team', () => {
    expect(fields({ ...base, responsibleWorkerId: '' })).toEqual(['responsibleWorkerId']);
    expect(fields({ ...base, responsibleWorkerId: PAULA })).toEqual(['responsibleWorkerId']);
    expect(fields({ ...base, responsibleWorkerId: 'x1' })).toEqual(['responsibleWorkerId']);
  });

  it('needs a summary, goal texts and unique goal ids', () => {
    const goals = [base.goals[0]!, { id: 'g1', text: ' ', indicator: null, targetDate: '2026-02-30' }];
    expect(fields({ ...base, summary: '', goals })).toEqual(['summary', 'goals.1.text', 'goals.1.targetDate', 'goals.1.id']);
  });

  it('checks service frequency and period, and each service once', () => {
    const s = base.services[0]!;
    expect(fields({ ...base, services: [{ ...s, frequency: '', to: '2025-12-31' }] })).toEqual(['services.0.frequency', 'services.0.to']);
    expect(fields({ ...base, services: [s, { ...s, from: 'soon' }] })).toEqual(['services.1.from', 'services.1.serviceId']);
  });

  it('needs a team, named members, each once, and valid action texts and review date', () => {
    const member = base.team[0]!;
    expect(fields({ ...base, team: [] })).toEqual(['team', 'responsibleWorkerId']);
    expect(fields({ ...base, team: [member, { ...member, name: '' }] })).toEqual(['team.1.name', 'team.1']);
    expect(fields({ ...base, clientActions: [{ id: 'a1', text: '' }, { id: 'a1', text: 'x' }], nextReviewOn: '1.3.2026' })).toEqual([
      'clientActions.0.text',
      'clientActions.1.id',
      'nextReviewOn',
    ]);
  });
});

describe('comparePlanVersions', () => {
  it('finds nothing between equal versions', () => {
    expect(comparePlanVersions(base, structuredClone(base)).same).toBe(true);
  });

  it('names goals, services, actions and team added, removed and changed, and the responsible worker and review date', () => {
    const paula = { kind: 'staff' as const, userId: PAULA, name: 'Paula', role: 'palveluohjaaja', unit: null, phone: null, email: null };
    const next: PlanContent = {
      ...base,
      summary: 'Uusi tilanne',
      goals: [{ ...base.goals[0]!, text: 'Haluan osa-aikatyöhön' }, { id: 'g2', text: 'Nukun paremmin', indicator: null, targetDate: null }],
      services: [],
      clientActions: [...base.clientActions, { id: 'a2', text: 'Soitan Kelaan' }],
      team: [base.team[0]!, paula],
      responsibleWorkerId: PAULA,
      nextReviewOn: '2026-04-01',
    };
    const c = comparePlanVersions(base, next);
    expect(c.same).toBe(false);
    expect(c.summaryChanged).toBe(true);
    expect(c.goals.added.map((g) => g.id)).toEqual(['g2']);
    expect(c.goals.changed.map((g) => [g.before.text, g.after.text])).toEqual([['Haluan päästä töihin', 'Haluan osa-aikatyöhön']]);
    expect(c.services.removed.map((s) => s.serviceId)).toEqual(['s1']);
    expect(c.clientActions.added.map((a) => a.id)).toEqual(['a2']);
    expect(c.team.added).toEqual([paula]);
    expect(c.team.removed.map((m) => m.name)).toEqual(['Vertaisohjaaja']);
    expect(c.responsibleWorker).toEqual({ from: SAMI, to: PAULA });
    expect(c.nextReviewOn).toEqual({ from: '2026-03-01', to: '2026-04-01' });
  });
});

describe('planState', () => {
  it('is draft until a version is agreed, agreed when the current one is, changed after a later save', () => {
    expect(planState([{ version: 1, agreed: false }], 1)).toBe('draft');
    expect(planState([{ version: 1, agreed: true }], 1)).toBe('agreed');
    expect(planState([{ version: 1, agreed: true }, { version: 2, agreed: false }], 2)).toBe('changed');
    expect(planState([{ version: 1, agreed: true }, { version: 2, agreed: true }], 2)).toBe('agreed');
  });
});

describe('reviewDue', () => {
  it('is due on and after the review date, never without one', () => {
    expect(reviewDue('2026-03-01', '2026-02-28')).toBe(false);
    expect(reviewDue('2026-03-01', '2026-03-01')).toBe(true);
    expect(reviewDue('2026-03-01', '2026-05-01')).toBe(true);
    expect(reviewDue(null, '2026-05-01')).toBe(false);
  });
});

describe('validateAttainments', () => {
  it('accepts whole scores −2…+2 for goals of the plan', () => {
    expect(validateAttainments(base.goals, [{ goalId: 'g1', score: -2 }])).toEqual([]);
    expect(validateAttainments(base.goals, [{ goalId: 'g1', score: 2 }])).toEqual([]);
  });

  it('refuses scores out of range or fractional, unknown goals, a goal twice and an empty review', () => {
    const fieldsOf = (scores: { goalId: string; score: number }[]) => validateAttainments(base.goals, scores).map((e) => e.field);
    expect(fieldsOf([{ goalId: 'g1', score: 3 }])).toEqual(['scores.0.score']);
    expect(fieldsOf([{ goalId: 'g1', score: 0.5 }])).toEqual(['scores.0.score']);
    expect(fieldsOf([{ goalId: 'g9', score: 0 }])).toEqual(['scores.0.goalId']);
    expect(fieldsOf([{ goalId: 'g1', score: 0 }, { goalId: 'g1', score: 1 }])).toEqual(['scores.1.goalId']);
    expect(fieldsOf([])).toEqual(['scores']);
  });

  it('maps GAS scores to goal achievement', () => {
    expect([-2, -1, 0, 1, 2].map(achievementOf)).toEqual(['not-achieved', 'in-progress', 'achieved', 'achieved', 'achieved']);
  });
});
