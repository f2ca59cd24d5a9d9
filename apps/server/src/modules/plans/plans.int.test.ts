import { beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, useTestApp, type TestClient } from '../../test/app.ts';
import { coordinatorWith, demoIds, eventsSince, lastSeq, planBody, type Demo } from './test-fixtures.ts';

const ctx = useTestApp();
let demo: Demo;
let paula: TestClient;
let planId: string;

beforeAll(async () => {
  demo = await demoIds(ctx);
  paula = await coordinatorWith(ctx, demo.clients.aino!);
});

const errorFields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

describe('starting a plan', () => {
  it('refuses a plan without exactly one responsible worker from the team, naming the field', async () => {
    const url = `/api/clients/${demo.clients.aino}/plans`;
    const missing = await paula.request({ method: 'POST', url, payload: planBody(demo, { responsibleWorkerId: '' }) });
    expect(missing.statusCode).toBe(400);
    expect(errorFields(missing.json())).toEqual(['body.responsibleWorkerId']);

    const two = await paula.request({ method: 'POST', url, payload: planBody(demo, { responsibleWorkerId: [demo.users.sosiaalityontekija, demo.users.palveluohjaaja] }) });
    expect(two.statusCode).toBe(400);
    expect(errorFields(two.json())).toEqual(['body.responsibleWorkerId']);

    const outsider = await paula.request({ method: 'POST', url, payload: planBody(demo, { responsibleWorkerId: demo.users.ammattilainen }) });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().errors).toEqual([{ field: 'body.responsibleWorkerId', message: 'must be a member of staff in the team' }]);
  });

  it('starts the plan in the creator\'s register, fills the team from the accounts and gives staff a team relation', async () => {
    const before = await lastSeq(ctx);
    const response = await paula.request({ method: 'POST', url: `/api/clients/${demo.clients.aino}/plans`, payload: planBody(demo) });
    expect(response.statusCode, response.body).toBe(201);
    const plan = response.json();
    planId = plan.id;
    expect(plan).toMatchObject({ register: 'social', state: 'draft', currentVersion: 1, responsibleWorker: { name: 'Sami Sosiaalityöntekijä' }, nextReviewOn: '2026-03-01' });
    expect(plan.content.team[0]).toMatchObject({ kind: 'staff', name: 'Sami Sosiaalityöntekijä', unit: 'Aikuissosiaalityö' });
    expect(plan.content.services[0]).toMatchObject({ name: 'Masennuksesta toipuvien vertaisryhmä', frequency: 'kerran viikossa' });

    const events = await eventsSince(ctx, demo.clients.aino!, before);
    expect(events.map((e) => [e.action, e.outcome])).toEqual([
      ['client.plan.write', 'success'],
      ['client.relation.open', 'success'],
      ['client.relation.open', 'success'],
    ]);
  });

  it('keeps one open plan per client', async () => {
    const again = await paula.request({ method: 'POST', url: `/api/clients/${demo.clients.aino}/plans`, payload: planBody(demo) });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/already has an open joint plan/);
  });

  it('lets only one of two simultaneous starts through', async () => {
    const matti = demo.clients.matti!;
    const coordinator = await coordinatorWith(ctx, matti);
    const body = planBody(demo, { team: [planBody(demo).team[1]], responsibleWorkerId: demo.users.palveluohjaaja });
    const responses = await Promise.all([1, 2].map(() => coordinator.request({ method: 'POST', url: `/api/clients/${matti}/plans`, payload: body })));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().detail).toMatch(/already has an open joint plan/);
  });
});

describe('editing: versions and comparison', () => {
  it('saves a new version, records a change of responsible worker, and refuses a stale base', async () => {
    const sami = await loggedIn(ctx, 'sosiaalityontekija');
    const body = planBody(demo, {
      goals: [...planBody(demo).goals.slice(0, 1), { id: 'home', text: 'Haluan pitää asuntoni', indicator: null, targetDate: null }],
      responsibleWorkerId: demo.users.palveluohjaaja,
    });
    const saved = await sami.request({ method: 'PUT', url: `/api/plans/${planId}`, payload: { ...body, baseVersion: 1, changeNote: 'Tavoitteet tarkennettu' } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ currentVersion: 2, responsibleWorker: { name: 'Paula Palveluohjaaja' } });
    expect(saved.json().versions.map((v: { version: number; changeNote: string }) => [v.version, v.changeNote])).toEqual([
      [1, ''],
      [2, 'Tavoitteet tarkennettu'],
    ]);

    const stale = await paula.request({ method: 'PUT', url: `/api/plans/${planId}`, payload: { ...planBody(demo), baseVersion: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(/changed since version 1/);

    const compare = await paula.request({ url: `/api/plans/${planId}/compare?from=1&to=2` });
    expect(compare.statusCode).toBe(200);
    const c = compare.json();
    expect(c.goals.added.map((g: { id: string }) => g.id)).toEqual(['home']);
    expect(c.goals.removed.map((g: { id: string }) => g.id)).toEqual(['mood']);
    expect(c.responsibleWorker).toEqual({ from: demo.users.sosiaalityontekija, to: demo.users.palveluohjaaja });
    expect(c.summaryChanged).toBe(false);

    const v1 = await paula.request({ url: `/api/plans/${planId}/versions/1` });
    expect(v1.json()).toMatchObject({ version: 1, content: { responsibleWorkerId: demo.users.sosiaalityontekija } });
    expect((await paula.request({ url: `/api/plans/${planId}/versions/9` })).statusCode).toBe(404);
  });
});

describe('agreement, reviews and comments', () => {
  it('records spoken agreement to the current version only, once', async () => {
    const url = `/api/plans/${planId}/agreement`;
    expect((await paula.request({ method: 'POST', url, payload: { version: 1, note: 'Sovittu tapaamisessa' } })).statusCode).toBe(409);
    const agreed = await paula.request({ method: 'POST', url, payload: { version: 2, note: 'Sovittu tapaamisessa 12.1.' } });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json().state).toBe('agreed');
    expect(agreed.json().versions[1].agreement).toMatchObject({ kind: 'spoken', byName: 'Paula Palveluohjaaja', note: 'Sovittu tapaamisessa 12.1.' });
    expect((await paula.request({ method: 'POST', url, payload: { version: 2, note: 'uudestaan' } })).statusCode).toBe(409);
  });

  it('lets the client accept a changed plan in the portal, refusing an outdated version', async () => {
    const saved = await paula.request({ method: 'PUT', url: `/api/plans/${planId}`, payload: { ...planBody(demo, { responsibleWorkerId: demo.users.palveluohjaaja }), baseVersion: 2 } });
    expect(saved.json().state).toBe('changed');

    const aino = await loggedIn(ctx, 'asukas');
    const mine = await aino.request({ url: '/api/me/plan' });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({ actingAs: 'self', plan: { state: 'changed', currentVersion: 3, responsibleWorker: { name: 'Paula Palveluohjaaja' } } });
    expect(mine.json().plan.content.team[2]).toMatchObject({ name: 'Vertaisryhmän ohjaaja', phone: '040 555 0202', email: 'ryhma@example.fi' });

    const outdated = await aino.request({ method: 'POST', url: '/api/me/plan/accept', payload: { version: 2 } });
    expect(outdated.statusCode).toBe(409);
    const before = await lastSeq(ctx);
    const accepted = await aino.request({ method: 'POST', url: '/api/me/plan/accept', payload: { version: 3 } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().plan.state).toBe('agreed');
    expect(accepted.json().plan.versions[2].agreement).toMatchObject({ kind: 'portal', byName: 'Aino Asukas' });
    expect((await eventsSince(ctx, demo.clients.aino!, before)).map((e) => [e.action, e.basis])).toEqual([['client.plan.accept', 'own']]);

    const comment = await aino.request({ method: 'POST', url: '/api/me/plan/comments', payload: { text: 'Tiistai sopii hyvin.' } });
    expect(comment.statusCode).toBe(201);
    expect(comment.json().plan.comments.at(-1)).toMatchObject({ author: 'Aino Asukas', authorRole: 'resident', text: 'Tiistai sopii hyvin.' });
  });

  it('takes staff comments', async () => {
    const response = await paula.request({ method: 'POST', url: `/api/plans/${planId}/comments`, payload: { text: 'Kela-asia hoidettu.' } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ author: 'Paula Palveluohjaaja', authorRole: 'service_coordinator' });
  });

  it('reviews with GAS scores −2…+2 per goal and moves the review date', async () => {
    const url = `/api/plans/${planId}/reviews`;
    const invalid = await paula.request({ method: 'POST', url, payload: { scores: [{ goalId: 'work', score: 3 }, { goalId: 'nope', score: 0 }], note: '', nextReviewOn: '2026-06-01' } });
    expect(invalid.statusCode).toBe(400);
    expect(errorFields(invalid.json())).toEqual(['body.scores.0.score', 'body.scores.1.goalId']);

    const review = await paula.request({ method: 'POST', url, payload: { scores: [{ goalId: 'work', score: -1, note: 'Haku käynnissä' }, { goalId: 'mood', score: 1 }], note: 'Hyvä alku', nextReviewOn: '2026-06-01' } });
    expect(review.statusCode, review.body).toBe(201);
    expect(review.json()).toMatchObject({ nextReviewOn: '2026-06-01', reviews: [{ version: 3, note: 'Hyvä alku', scores: [{ goalId: 'work', score: -1 }, { goalId: 'mood', score: 1 }] }] });
  });

  it('closes the plan, after which a new one can be started', async () => {
    const closed = await paula.request({ method: 'POST', url: `/api/plans/${planId}/close` });
    expect(closed.json().status).toBe('closed');
    expect((await paula.request({ method: 'POST', url: `/api/plans/${planId}/comments`, payload: { text: 'x' } })).statusCode).toBe(409);
    expect((await paula.request({ url: `/api/clients/${demo.clients.aino}/plan` })).json()).toEqual({ plan: null });
    expect((await paula.request({ method: 'POST', url: `/api/clients/${demo.clients.aino}/plans`, payload: planBody(demo) })).statusCode).toBe(201);
  });
});
