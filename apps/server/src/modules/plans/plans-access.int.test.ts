import type { ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, useTestApp, type TestClient } from '../../test/app.ts';
import { fhirValidator } from '../../test/fhir-schema.ts';
import { reviewsDueFor } from './service.ts';
import { coordinatorWith, demoIds, eventsSince, lastSeq, planBody, type Demo } from './test-fixtures.ts';

const ctx = useTestApp();
let demo: Demo;
let paula: TestClient;
let ainoPlan: string;
let mattiPlan: string;
let validate: ValidateFunction;

beforeAll(async () => {
  validate = fhirValidator();
  demo = await demoIds(ctx);
  paula = await coordinatorWith(ctx, demo.clients.aino!);
  const started = await paula.request({ method: 'POST', url: `/api/clients/${demo.clients.aino}/plans`, payload: planBody(demo, { nextReviewOn: '2020-01-01' }) });
  expect(started.statusCode, started.body).toBe(201);
  ainoPlan = started.json().id;
  await paula.request({ method: 'POST', url: `/api/plans/${ainoPlan}/reviews`, payload: { scores: [{ goalId: 'work', score: 2 }, { goalId: 'mood', score: -1 }], note: '', nextReviewOn: '2020-02-01' } });
  await coordinatorWith(ctx, demo.clients.matti!);
  const matti = await paula.request({
    method: 'POST',
    url: `/api/clients/${demo.clients.matti}/plans`,
    payload: planBody(demo, { team: [planBody(demo).team[1]], responsibleWorkerId: demo.users.palveluohjaaja }),
  });
  mattiPlan = matti.json().id;
});

describe('access refusals', () => {
  it('refuses a professional without a relation, and logs the refusal in the client\'s access log', async () => {
    const sami = await loggedIn(ctx, 'sosiaalityontekija');
    const before = await lastSeq(ctx);
    const response = await sami.request({ url: `/api/clients/${demo.clients.matti}/plan` });
    expect(response.statusCode).toBe(403);
    expect(response.json().reasons).toEqual(['no_relation']);
    expect(await eventsSince(ctx, demo.clients.matti!, before)).toMatchObject([{ action: 'client.plan.read', outcome: 'denied', reason: 'no_relation' }]);
    expect((await sami.request({ method: 'PUT', url: `/api/plans/${mattiPlan}`, payload: { ...planBody(demo), baseVersion: 1 } })).statusCode).toBe(403);
    expect((await sami.request({ url: `/fhir/R4/CarePlan/${mattiPlan}` })).statusCode).toBe(403);
  });

  it('lets a team member of the same register work with the plan through the team relation', async () => {
    const sami = await loggedIn(ctx, 'sosiaalityontekija');
    const response = await sami.request({ url: `/api/clients/${demo.clients.aino}/plan` });
    expect(response.statusCode).toBe(200);
    expect(response.json().plan.id).toBe(ainoPlan);
  });

  it('refuses managers: aggregated figures only', async () => {
    const jussi = await loggedIn(ctx, 'johtaja');
    const response = await jussi.request({ url: `/api/clients/${demo.clients.aino}/plan` });
    expect(response.statusCode).toBe(403);
    expect(response.json().reasons).toEqual(['aggregates_only']);
    expect((await jussi.request({ method: 'POST', url: `/api/clients/${demo.clients.aino}/plans`, payload: planBody(demo) })).statusCode).toBe(403);
  });

  it('refuses a resident asking for another client\'s plan, and a producer admin', async () => {
    const aino = await loggedIn(ctx, 'asukas');
    const before = await lastSeq(ctx);
    expect((await aino.request({ url: `/api/me/plan?for=${demo.clients.matti}` })).statusCode).toBe(403);
    expect(await eventsSince(ctx, demo.clients.matti!, before)).toMatchObject([{ action: 'client.guardian.act_for', outcome: 'denied' }]);
    expect((await aino.request({ method: 'POST', url: `/api/me/plan/accept?for=${demo.clients.matti}`, payload: { version: 1 } })).statusCode).toBe(403);
    expect((await aino.request({ url: `/api/clients/${demo.clients.aino}/plan` })).statusCode).toBe(403);
    const jaana = await loggedIn(ctx, 'jarjesto');
    expect((await jaana.request({ url: `/api/clients/${demo.clients.aino}/plan` })).statusCode).toBe(403);
  });
});

describe('management reporting', () => {
  it('gives goal attainment by month as counts and means only, to managers', async () => {
    const jussi = await loggedIn(ctx, 'johtaja');
    const response = await jussi.request({ url: '/api/reports/goal-attainment' });
    expect(response.statusCode).toBe(200);
    const month = response.json().months.at(-1);
    expect(month).toMatchObject({ reviews: 1, goalsScored: 2, meanScore: 0.5, distribution: { '-2': 0, '-1': 1, '0': 0, '1': 0, '2': 1 } });
    expect(response.body).not.toMatch(/Aino|Asukas|Matti|[0-9a-f]{8}-[0-9a-f]{4}/);
    expect((await paula.request({ url: '/api/reports/goal-attainment' })).statusCode).toBe(403);
  });
});

describe('staff picker and task list', () => {
  it('lists staff who work with clients, with their units', async () => {
    const response = await paula.request({ url: '/api/plans/team-candidates?q=sami' });
    expect(response.json()).toEqual([{ id: demo.users.sosiaalityontekija, name: 'Sami Sosiaalityöntekijä', role: 'professional', unit: 'Aikuissosiaalityö', email: 'sami.sosiaalityontekija@example.fi' }]);
    expect((await paula.request({ url: '/api/plans/team-candidates?q=jussi' })).json()).toEqual([]);
  });

  it('finds the reviews due for the responsible worker', async () => {
    const due = await reviewsDueFor(ctx.app.db, demo.users.sosiaalityontekija!, '2026-01-01');
    expect(due).toEqual([{ planId: ainoPlan, clientId: demo.clients.aino, clientName: 'Aino Maria Asukas', nextReviewOn: '2020-02-01' }]);
    expect(await reviewsDueFor(ctx.app.db, demo.users.sosiaalityontekija!, '2020-01-31')).toEqual([]);
  });
});

describe('FHIR R4', () => {
  const read = async (path: string) => {
    const response = await paula.request({ url: `/fhir/R4/${path}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/application\/fhir\+json/);
    const resource = response.json();
    expect(validate(resource), JSON.stringify(validate.errors)).toBe(true);
    return resource;
  };

  it('serves the plan as a valid CarePlan with services and client actions as activities', async () => {
    const plan = await read(`CarePlan/${ainoPlan}`);
    expect(plan).toMatchObject({ status: 'active', intent: 'plan', subject: { reference: `Patient/${demo.clients.aino}` }, careTeam: [{ reference: `CareTeam/${ainoPlan}` }] });
    expect(plan.goal).toEqual([{ reference: `Goal/${ainoPlan}.work` }, { reference: `Goal/${ainoPlan}.mood` }]);
    expect(plan.activity.map((a: { detail: { kind: string } }) => a.detail.kind)).toEqual(['ServiceRequest', 'Task']);
    expect(plan.activity[0].detail.scheduledString).toBe('kerran viikossa, 2026-01-13–2026-06-30');
  });

  it('serves the team as a valid CareTeam with the responsible worker marked', async () => {
    const team = await read(`CareTeam/${ainoPlan}`);
    const responsible = team.participant.filter((p: { role?: { coding?: { code: string }[] }[] }) => p.role?.some((r) => r.coding?.[0]?.code === 'responsible-worker'));
    expect(responsible.map((p: { member: { reference: string } }) => p.member.reference)).toEqual([`Practitioner/${demo.users.sosiaalityontekija}`]);
    expect(team.participant[2]).toMatchObject({ member: { display: 'Vertaisryhmän ohjaaja' }, onBehalfOf: { display: 'Mielenterveysseura Aalto' } });
  });

  it('serves goals as valid Goals with the latest GAS score as achievement', async () => {
    const work = await read(`Goal/${ainoPlan}.work`);
    expect(work).toMatchObject({ lifecycleStatus: 'active', description: { text: 'Haluan päästä työkokeiluun' }, target: [{ detailString: 'Työkokeilu alkanut', dueDate: '2026-06-30' }] });
    expect(work.achievementStatus.coding[0].code).toBe('achieved');
    expect((await read(`Goal/${ainoPlan}.mood`)).achievementStatus.text).toBe('GAS -1');
    expect((await paula.request({ url: `/fhir/R4/Goal/${ainoPlan}.none` })).statusCode).toBe(404);
  });
});
