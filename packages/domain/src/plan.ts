/**
 * The joint service plan (yhteinen palvelusuunnitelma, D9): its content, the rules a saved version
 * must meet, what changed between two versions, the plan's agreement state and goal attainment
 * scaling (GAS). Pure; the server stores each saved content as a new version.
 */
import type { FieldError } from './errors.ts';
import { isAttainmentScore } from './segmentation.ts';

/** A goal in the client's own words. The id stays the same across versions, so reviews and comparisons can follow it. */
export interface PlanGoal {
  id: string;
  text: string;
  /** How the client and the team will know it was reached, e.g. "goes to the peer group weekly". */
  indicator: string | null;
  targetDate: string | null;
}

/** A service of any producer (public, private, NGO, parish) from the catalogue, with how often and when. */
export interface PlannedService {
  serviceId: string;
  /** Name and producer as they were when saved: the plan stays readable if the catalogue changes. */
  name: string;
  producer: string;
  frequency: string;
  from: string;
  to: string | null;
}

/** What the client does themself. */
export interface ClientAction {
  id: string;
  text: string;
}

interface Contact {
  phone: string | null;
  email: string | null;
}

/** A member of staff (a user of the platform) or a person or group outside it, such as an NGO peer group. */
export type TeamMember =
  | ({ kind: 'staff'; userId: string; name: string; role: string; unit: string | null } & Contact)
  | ({ kind: 'external'; id: string; name: string; organisation: string; role: string; serviceId: string | null } & Contact);

export interface PlanContent {
  /** The client's current situation. */
  summary: string;
  goals: PlanGoal[];
  services: PlannedService[];
  clientActions: ClientAction[];
  team: TeamMember[];
  /** The one responsible worker (vastuutyöntekijä): a staff member of the team. */
  responsibleWorkerId: string;
  nextReviewOn: string | null;
}

/** Draft: never agreed. Agreed: the current version is agreed. Changed: an earlier version was, the current not yet. */
export type PlanState = 'draft' | 'agreed' | 'changed';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string) => ISO_DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim() === '';

export const memberKey = (m: TeamMember) => (m.kind === 'staff' ? `staff:${m.userId}` : `external:${m.id}`);

function duplicates<T>(items: T[], key: (t: T) => string): number[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    const k = key(item);
    if (seen.has(k)) return [i];
    seen.add(k);
    return [];
  });
}

function goalErrors(goals: PlanGoal[]): FieldError[] {
  return [
    ...goals.flatMap((g, i) => [
      ...(blank(g.id) ? [{ field: `goals.${i}.id`, message: 'is required: a goal keeps its id across versions' }] : []),
      ...(blank(g.text) ? [{ field: `goals.${i}.text`, message: "is required: the goal in the client's own words" }] : []),
      ...(g.targetDate !== null && !isDate(g.targetDate) ? [{ field: `goals.${i}.targetDate`, message: 'must be a date YYYY-MM-DD' }] : []),
    ]),
    ...duplicates(goals, (g) => g.id).map((i) => ({ field: `goals.${i}.id`, message: 'is used by another goal' })),
  ];
}

function serviceErrors(services: PlannedService[]): FieldError[] {
  return [
    ...services.flatMap((s, i) => [
      ...(blank(s.frequency) ? [{ field: `services.${i}.frequency`, message: 'is required, e.g. "once a week"' }] : []),
      ...(!isDate(s.from) ? [{ field: `services.${i}.from`, message: 'must be a date YYYY-MM-DD' }] : []),
      ...(s.to !== null && !isDate(s.to) ? [{ field: `services.${i}.to`, message: 'must be a date YYYY-MM-DD' }] : []),
      ...(s.to !== null && isDate(s.from) && isDate(s.to) && s.to < s.from ? [{ field: `services.${i}.to`, message: 'must not be before the start date' }] : []),
    ]),
    ...duplicates(services, (s) => s.serviceId).map((i) => ({ field: `services.${i}.serviceId`, message: 'is already in the plan' })),
  ];
}

function teamErrors(team: TeamMember[]): FieldError[] {
  return [
    ...(team.length === 0 ? [{ field: 'team', message: 'needs at least the responsible worker' }] : []),
    ...team.flatMap((m, i) => (blank(m.name) ? [{ field: `team.${i}.name`, message: 'is required' }] : [])),
    ...duplicates(team, memberKey).map((i) => ({ field: `team.${i}`, message: 'is already in the team' })),
  ];
}

function responsibleErrors(content: PlanContent): FieldError[] {
  const field = 'responsibleWorkerId';
  if (blank(content.responsibleWorkerId)) return [{ field, message: 'is required: a plan has exactly one responsible worker' }];
  const member = content.team.find((m) => m.kind === 'staff' && m.userId === content.responsibleWorkerId);
  if (!member) return [{ field, message: 'must be a member of staff in the team' }];
  return [];
}

/** Every rule a saved version must meet; an empty list means valid. Fields are paths into the content. */
export function validatePlanContent(content: PlanContent): FieldError[] {
  return [
    ...(blank(content.summary) ? [{ field: 'summary', message: "is required: the client's current situation" }] : []),
    ...goalErrors(content.goals),
    ...serviceErrors(content.services),
    ...content.clientActions.flatMap((a, i) => (blank(a.text) ? [{ field: `clientActions.${i}.text`, message: 'is required' }] : [])),
    ...duplicates(content.clientActions, (a) => a.id).map((i) => ({ field: `clientActions.${i}.id`, message: 'is used by another action' })),
    ...teamErrors(content.team),
    ...responsibleErrors(content),
    ...(content.nextReviewOn !== null && !isDate(content.nextReviewOn) ? [{ field: 'nextReviewOn', message: 'must be a date YYYY-MM-DD' }] : []),
  ];
}

export interface ListChange<T> {
  added: T[];
  removed: T[];
  changed: { before: T; after: T }[];
}

function diffBy<T>(before: T[], after: T[], key: (t: T) => string): ListChange<T> {
  const old = new Map(before.map((t) => [key(t), t]));
  const now = new Map(after.map((t) => [key(t), t]));
  return {
    added: after.filter((t) => !old.has(key(t))),
    removed: before.filter((t) => !now.has(key(t))),
    changed: after.flatMap((t) => {
      const was = old.get(key(t));
      return was !== undefined && JSON.stringify(was) !== JSON.stringify(t) ? [{ before: was, after: t }] : [];
    }),
  };
}

export interface PlanComparison {
  summaryChanged: boolean;
  goals: ListChange<PlanGoal>;
  services: ListChange<PlannedService>;
  clientActions: ListChange<ClientAction>;
  team: ListChange<TeamMember>;
  responsibleWorker: { from: string; to: string } | null;
  nextReviewOn: { from: string | null; to: string | null } | null;
  /** Nothing at all differs. */
  same: boolean;
}

/** What changed from version `a` to version `b`. */
export function comparePlanVersions(a: PlanContent, b: PlanContent): PlanComparison {
  const result = {
    summaryChanged: a.summary !== b.summary,
    goals: diffBy(a.goals, b.goals, (g) => g.id),
    services: diffBy(a.services, b.services, (s) => s.serviceId),
    clientActions: diffBy(a.clientActions, b.clientActions, (x) => x.id),
    team: diffBy(a.team, b.team, memberKey),
    responsibleWorker: a.responsibleWorkerId === b.responsibleWorkerId ? null : { from: a.responsibleWorkerId, to: b.responsibleWorkerId },
    nextReviewOn: a.nextReviewOn === b.nextReviewOn ? null : { from: a.nextReviewOn, to: b.nextReviewOn },
  };
  const lists = [result.goals, result.services, result.clientActions, result.team];
  const same =
    !result.summaryChanged && result.responsibleWorker === null && result.nextReviewOn === null && lists.every((l) => l.added.length + l.removed.length + l.changed.length === 0);
  return { ...result, same };
}

/** The plan's state from which of its versions were agreed. */
export function planState(versions: { version: number; agreed: boolean }[], currentVersion: number): PlanState {
  if (versions.some((v) => v.version === currentVersion && v.agreed)) return 'agreed';
  return versions.some((v) => v.agreed) ? 'changed' : 'draft';
}

/** A review is due on the review date and after it (dates as YYYY-MM-DD). */
export const reviewDue = (nextReviewOn: string | null, today: string) => nextReviewOn !== null && nextReviewOn <= today;

export interface GoalScore {
  goalId: string;
  score: number;
}

/** GAS scores of one review: each a whole number −2…+2, for a goal of the plan, at most once. */
export function validateAttainments(goals: PlanGoal[], scores: GoalScore[]): FieldError[] {
  const ids = new Set(goals.map((g) => g.id));
  return [
    ...(scores.length === 0 ? [{ field: 'scores', message: 'needs a score for at least one goal' }] : []),
    ...scores.flatMap((s, i) => [
      ...(!ids.has(s.goalId) ? [{ field: `scores.${i}.goalId`, message: 'is not a goal of the plan' }] : []),
      ...(!isAttainmentScore(s.score) ? [{ field: `scores.${i}.score`, message: 'must be a whole number from -2 to +2' }] : []),
    ]),
    ...duplicates(scores, (s) => s.goalId).map((i) => ({ field: `scores.${i}.goalId`, message: 'is scored twice' })),
  ];
}

/**
 * A GAS score as an HL7 goal-achievement code: 0 is the expected outcome, above it better than
 * expected; −1 is progress short of the goal, −2 the outcome much worse than expected.
 */
export function achievementOf(score: number): 'not-achieved' | 'in-progress' | 'achieved' {
  if (score >= 0) return 'achieved';
  return score === -1 ? 'in-progress' : 'not-achieved';
}
