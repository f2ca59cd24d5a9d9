import { achievementOf, helsinkiDate, type PlanContent, type PlanGoal } from '@avain/domain';
import type * as repo from './repo.ts';

type Resource = Record<string, unknown> & { resourceType: string; id: string };

const SERVICE_SYSTEM = 'urn:avain:catalog-service';
const PLAN_ROLE_SYSTEM = 'urn:avain:plan-role';
const GAS_SYSTEM = 'urn:avain:goal-attainment-scaling';

/** A goal's FHIR id: the plan's id and the goal's stable id inside the plan (both within FHIR's 64 characters). */
export const goalResourceId = (planId: string, goalId: string) => `${planId}.${goalId}`;

const patient = (plan: repo.PlanRow) => ({ reference: `Patient/${plan.clientId}` });
const practitioner = (id: string, display: string) => ({ reference: `Practitioner/${id}`, display });
const open = (plan: repo.PlanRow) => plan.status === 'active';

/** A planned service's activity state on a day: before its period, in it, or after. */
function activityStatus(s: PlanContent['services'][number], today: string) {
  if (s.from > today) return 'scheduled';
  return s.to !== null && s.to < today ? 'completed' : 'in-progress';
}

/** The joint plan as a CarePlan: planned services and the client's own actions as activities. */
export function fhirCarePlan(plan: repo.PlanRow, content: PlanContent, today: string): Resource {
  return {
    resourceType: 'CarePlan',
    id: plan.id,
    status: open(plan) ? 'active' : 'completed',
    intent: 'plan',
    title: 'Yhteinen palvelusuunnitelma',
    description: content.summary,
    subject: patient(plan),
    period: { start: helsinkiDate(plan.createdAt), ...(plan.closedAt ? { end: helsinkiDate(plan.closedAt) } : {}) },
    created: plan.createdAt.toISOString(),
    author: practitioner(plan.responsibleWorkerId, plan.responsibleWorkerName),
    careTeam: [{ reference: `CareTeam/${plan.id}` }],
    goal: content.goals.map((g) => ({ reference: `Goal/${goalResourceId(plan.id, g.id)}` })),
    activity: [
      ...content.services.map((s) => ({
        detail: {
          kind: 'ServiceRequest',
          code: { coding: [{ system: SERVICE_SYSTEM, code: s.serviceId, display: s.name }], text: s.name },
          status: activityStatus(s, today),
          scheduledString: `${s.frequency}, ${s.from}–${s.to ?? ''}`,
          performer: [{ display: s.producer }],
        },
      })),
      ...content.clientActions.map((a) => ({ detail: { kind: 'Task', status: 'in-progress', description: a.text, performer: [patient(plan)] } })),
    ],
  };
}

/** The plan's team; the responsible worker carries the role `responsible-worker`. */
export function fhirCareTeam(plan: repo.PlanRow, content: PlanContent): Resource {
  return {
    resourceType: 'CareTeam',
    id: plan.id,
    status: open(plan) ? 'active' : 'inactive',
    name: 'Yhteisen palvelusuunnitelman tiimi',
    subject: patient(plan),
    participant: content.team.map((m) => {
      const responsible = m.kind === 'staff' && m.userId === content.responsibleWorkerId;
      const role = [
        ...(m.role ? [{ text: m.role }] : []),
        ...(responsible ? [{ coding: [{ system: PLAN_ROLE_SYSTEM, code: 'responsible-worker', display: 'Vastuutyöntekijä' }], text: 'Vastuutyöntekijä' }] : []),
      ];
      return {
        ...(role.length > 0 ? { role } : {}),
        member: m.kind === 'staff' ? practitioner(m.userId, m.unit ? `${m.name}, ${m.unit}` : m.name) : { display: m.name },
        ...(m.kind === 'external' && m.organisation ? { onBehalfOf: { display: m.organisation } } : {}),
      };
    }),
  };
}

/** A goal in the client's own words; the latest GAS score as its achievement status. */
export function fhirGoal(plan: repo.PlanRow, goal: PlanGoal, inCurrentVersion: boolean, latestScore: number | null): Resource {
  const lifecycleStatus = !inCurrentVersion ? 'cancelled' : open(plan) ? 'active' : 'completed';
  return {
    resourceType: 'Goal',
    id: goalResourceId(plan.id, goal.id),
    lifecycleStatus,
    ...(latestScore !== null
      ? {
          achievementStatus: {
            coding: [
              { system: 'http://terminology.hl7.org/CodeSystem/goal-achievement', code: achievementOf(latestScore) },
              { system: GAS_SYSTEM, code: String(latestScore) },
            ],
            text: `GAS ${latestScore > 0 ? '+' : ''}${latestScore}`,
          },
        }
      : {}),
    description: { text: goal.text },
    subject: patient(plan),
    expressedBy: patient(plan),
    ...(goal.indicator || goal.targetDate
      ? { target: [{ ...(goal.indicator ? { detailString: goal.indicator } : {}), ...(goal.targetDate ? { dueDate: goal.targetDate } : {}) }] }
      : {}),
  };
}
