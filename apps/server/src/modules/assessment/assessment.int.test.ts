import { LIFE_DOMAINS } from '@avain/domain';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, useTestApp } from '../../test/app.ts';
import { fhirValidator } from '../../test/fhir-schema.ts';
import { ensureQuestionnaire, latestSegment, preAssessmentsToReview } from './service.ts';

const ctx = useTestApp();
const ids: Record<string, string> = {};
const users: Record<string, string> = {};
const validate = fhirValidator();

beforeAll(async () => {
  for (const r of await ctx.db.database.query<{ id: string; first: string }>(sql`select id, lower(split_part(first_names, ' ', 1)) as first from clients`)) ids[r.first] = r.id;
  for (const r of await ctx.db.database.query<{ id: string; username: string }>(sql`select id, username from users`)) users[r.username] = r.id;
});

const as = (username: string) => loggedIn(ctx, username);
const lastSeq = async () => (await ctx.db.database.query<{ n: number }>(sql`select coalesce(max(seq), 0)::int as n from audit_events`))[0]!.n;
const eventsSince = async (clientId: string, since: number) =>
  ctx.db.database.query<{ action: string; outcome: string; basis: string | null; reason: string | null; register: string | null }>(
    sql`select action, outcome, basis, reason, register from audit_events where client_id = ${clientId} and seq > ${since} order by seq`,
  );

const domains = (score: number, over: Record<string, { score: number; text?: string }> = {}) => ({
  ...Object.fromEntries(LIFE_DOMAINS.map((d) => [d, { score, text: '' }])),
  ...over,
});
const answers = (score: number, selfManagement = 1, over: Record<string, { score: number; text?: string }> = {}) => ({
  domains: domains(score, over),
  selfManagement,
  clientView: 'Pärjään enimmäkseen, raha-asiat huolettavat.',
  clientGoals: 'Säännöllinen työ.',
});

describe('the questionnaire', () => {
  it('is stored once per version and served to any logged-in user', async () => {
    const first = await ensureQuestionnaire(ctx.db.database.db);
    expect((await ensureQuestionnaire(ctx.db.database.db)).id).toBe(first.id);
    const aino = await as('asukas');
    const response = await aino.request({ url: '/api/assessment/questionnaire' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: first.id, code: 'holistic-assessment', version: 1, title: { fi: 'Kokonaisvaltainen palvelutarpeen arvio' } });
    expect(response.json().items.map((i: { linkId: string }) => i.linkId)).toContain('self_management');
  });
});

describe('professional assessments', () => {
  it('saves an assessment in the own register, with its segment and reasons, and one audit event', async () => {
    const pekka = await as('ammattilainen');
    const before = await lastSeq();
    const response = await pekka.request({ method: 'POST', url: `/api/clients/${ids.aino}/assessments`, payload: answers(1, 1, { income: { score: 3, text: 'Vuokrarästejä' } }) });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      register: 'health',
      unit: 'Tuiran terveysasema',
      kind: 'professional',
      status: 'completed',
      author: 'Pekka Ammattilainen',
      segment: 'self_care',
      segmentReasons: [{ code: 'need_small', value: 11, threshold: 14 }, { code: 'ability_good' }],
      serviceUse: { bothRegisters: true },
      changes: [],
    });
    expect(response.json().answers.domains.income).toEqual({ score: 3, text: 'Vuokrarästejä' });
    expect((await eventsSince(ids.aino!, before)).map((e) => [e.action, e.outcome, e.basis, e.register])).toEqual([['client.assessment.write', 'success', 'relation', 'health']]);
  });

  it('puts large need and poor ability in the multi-professional segment, naming every reason', async () => {
    const pekka = await as('ammattilainen');
    const response = await pekka.request({ method: 'POST', url: `/api/clients/${ids.aino}/assessments`, payload: answers(2, 4, { housing: { score: 4 }, mental_health: { score: 4 }, daily_functioning: { score: 3 } }) });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.segment).toBe('multi_professional');
    expect(body.segmentReasons.map((r: { code: string }) => r.code)).toEqual(['domain_sum_high', 'severe_domains', 'self_management_poor', 'daily_functioning_poor']);
    expect(body.changes).toEqual(
      expect.arrayContaining([
        { item: 'housing', from: 1, to: 4, delta: 3, direction: 'worse' },
        { item: 'income', from: 3, to: 2, delta: -1, direction: 'better' },
        { item: 'self_management', from: 1, to: 4, delta: 3, direction: 'worse' },
      ]),
    );
    expect(await latestSegment(ctx.db.database.db, ids.aino!)).toMatchObject({ assessmentId: body.id, segment: 'multi_professional' });
  });

  it('lists the history newest first with changes, in the registers open to the viewer only', async () => {
    const pekka = await as('ammattilainen');
    const history = (await pekka.request({ url: `/api/clients/${ids.aino}/assessments` })).json();
    expect(history.map((a: { segment: string }) => a.segment)).toEqual(['multi_professional', 'self_care']);
    expect(history[0].changes.length).toBeGreaterThan(0);
    expect(history[1].changes).toEqual([]);

    // The social worker sees social-register assessments only: health needs the client's consent.
    const sami = await as('sosiaalityontekija');
    expect((await sami.request({ method: 'POST', url: `/api/clients/${ids.aino}/assessments`, payload: answers(0) })).statusCode).toBe(201);
    const social = (await sami.request({ url: `/api/clients/${ids.aino}/assessments` })).json();
    expect(social.map((a: { register: string }) => a.register)).toEqual(['social']);
    expect((await sami.request({ url: `/api/assessments/${history[0].id}` })).statusCode).toBe(403);
    expect((await pekka.request({ url: `/api/assessments/${history[0].id}` })).json()).toMatchObject({ id: history[0].id, segment: 'multi_professional' });
  });

  it('refuses without a relation, leaving a refusal in the client log', async () => {
    const pekka = await as('ammattilainen');
    const before = await lastSeq();
    const response = await pekka.request({ method: 'POST', url: `/api/clients/${ids.karin}/assessments`, payload: answers(1) });
    expect(response.statusCode).toBe(403);
    expect(response.json().reasons).toEqual(['no_relation']);
    expect(await eventsSince(ids.karin!, before)).toMatchObject([{ action: 'client.assessment.write', outcome: 'denied', reason: 'no_relation' }]);
    expect((await pekka.request({ url: `/api/clients/${ids.karin}/assessments` })).statusCode).toBe(403);
  });

  it('refuses a manager: aggregates only', async () => {
    const jussi = await as('johtaja');
    const write = await jussi.request({ method: 'POST', url: `/api/clients/${ids.aino}/assessments`, payload: answers(1) });
    expect(write.statusCode).toBe(403);
    expect(write.json().reasons).toEqual(['aggregates_only']);
    expect((await jussi.request({ url: `/api/clients/${ids.aino}/assessments` })).statusCode).toBe(403);
  });

  it('names the invalid field: a missing domain, a score out of range, a wrong type', async () => {
    const pekka = await as('ammattilainen');
    const post = (payload: object) => pekka.request({ method: 'POST', url: `/api/clients/${ids.aino}/assessments`, payload });
    const { safety: _skipped, ...partial } = domains(1);
    const missing = await post({ ...answers(1), domains: partial });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ field: 'body.domains.safety.score', message: 'is required in a professional assessment' }]);
    const range = await post(answers(1, 1, { housing: { score: 5 } }));
    expect(range.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.domains.housing.score']);
    const type = await post({ ...answers(1), selfManagement: 'paljon' });
    expect(type.statusCode).toBe(400);
    expect(type.json().errors[0].field).toBe('body.selfManagement');
  });
});

describe('pre-assessments', () => {
  let preId: string;

  it('a resident sends one to service coordination, for themself or a ward, never for someone else', async () => {
    const aino = await as('asukas');
    const own = await aino.request({ method: 'POST', url: '/api/me/pre-assessments', payload: { ...answers(2), domains: { housing: { score: 3, text: 'Asunto liian pieni' } } } });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({ kind: 'pre_assessment', status: 'submitted', register: 'social', unit: 'Palveluohjaus', segment: null, author: 'Aino Asukas' });
    preId = own.json().id;

    const ward = await aino.request({ method: 'POST', url: `/api/me/pre-assessments?for=${ids.ella}`, payload: answers(1) });
    expect(ward.statusCode).toBe(201);
    expect(ward.json().clientId).toBe(ids.ella);

    const before = await lastSeq();
    expect((await aino.request({ method: 'POST', url: `/api/me/pre-assessments?for=${ids.matti}`, payload: answers(1) })).statusCode).toBe(403);
    expect(await eventsSince(ids.matti!, before)).toMatchObject([{ outcome: 'denied', reason: 'not_own_data' }]);

    const empty = await aino.request({ method: 'POST', url: '/api/me/pre-assessments', payload: { ...answers(1), domains: {} } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([{ field: 'body.domains', message: 'must answer at least one life domain' }]);

    const mine = (await aino.request({ url: '/api/me/assessments' })).json();
    expect(mine[0]).toMatchObject({ id: preId, kind: 'pre_assessment' });
    expect(mine.some((a: { kind: string }) => a.kind === 'professional')).toBe(true);
    expect((await aino.request({ url: `/api/me/assessments?for=${ids.matti}` })).statusCode).toBe(403);
  });

  it('waits in the service coordinators\' list, names and dates only, each listing in the client log', async () => {
    const paula = await as('palveluohjaaja');
    const before = await lastSeq();
    const list = (await paula.request({ url: '/api/assessments/pre-assessments' })).json();
    expect(list).toEqual(expect.arrayContaining([{ assessmentId: preId, clientId: ids.aino, clientName: 'Aino Maria Asukas', submittedAt: expect.any(String) }]));
    expect(await eventsSince(ids.aino!, before)).toMatchObject([{ action: 'client.pre_assessment.listed', outcome: 'success' }]);
    expect(await preAssessmentsToReview(ctx.db.database.db, users.palveluohjaaja!)).toHaveLength(list.length);
    expect((await (await as('ammattilainen')).request({ url: '/api/assessments/pre-assessments' })).json()).toEqual([]);
  });

  it('is reviewed by a coordinator who takes it: a case relation, then an assessment based on it', async () => {
    const paula = await as('palveluohjaaja');
    expect((await paula.request({ url: `/api/assessments/${preId}` })).statusCode).toBe(403);
    expect((await (await as('ammattilainen')).request({ method: 'POST', url: `/api/assessments/${preId}/take` })).statusCode).toBe(403);

    const taken = await paula.request({ method: 'POST', url: `/api/assessments/${preId}/take` });
    expect(taken.json()).toEqual({ assessmentId: preId, clientId: ids.aino, relationOpened: true });
    expect((await paula.request({ method: 'POST', url: `/api/assessments/${preId}/take` })).json().relationOpened).toBe(false);
    expect((await paula.request({ url: `/api/assessments/${preId}` })).json().answers.domains.housing).toEqual({ score: 3, text: 'Asunto liian pieni' });

    const invalid = await paula.request({ method: 'POST', url: `/api/assessments/${preId}/review`, payload: answers(1, 9) });
    expect(invalid.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.selfManagement']);
    const reviewed = await paula.request({ method: 'POST', url: `/api/assessments/${preId}/review`, payload: answers(2, 1, { housing: { score: 3 } }) });
    expect(reviewed.statusCode, reviewed.body).toBe(201);
    expect(reviewed.json()).toMatchObject({ basedOnId: preId, kind: 'professional', register: 'social', unit: 'Palveluohjaus', segment: 'network' });
    expect((await paula.request({ url: `/api/assessments/${preId}` })).json()).toMatchObject({ status: 'reviewed', reviewedBy: 'Paula Palveluohjaaja' });
    expect((await paula.request({ method: 'POST', url: `/api/assessments/${preId}/review`, payload: answers(2) })).statusCode).toBe(409);
    expect((await paula.request({ url: '/api/assessments/pre-assessments' })).json().map((p: { assessmentId: string }) => p.assessmentId)).not.toContain(preId);
  });
});

describe('FHIR R4', () => {
  it('reads the Questionnaire and a QuestionnaireResponse through the gate, both valid R4', async () => {
    const pekka = await as('ammattilainen');
    const [latest] = (await pekka.request({ url: `/api/clients/${ids.aino}/assessments` })).json();
    const response = await pekka.request({ url: `/fhir/R4/QuestionnaireResponse/${latest.id}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('application/fhir+json');
    const qr = response.json();
    expect(qr).toMatchObject({ resourceType: 'QuestionnaireResponse', status: 'completed', subject: { reference: `Patient/${ids.aino}` } });
    expect(validate(qr), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    const questionnaire = (await pekka.request({ url: `/fhir/R4/Questionnaire/${latest.questionnaireId}` })).json();
    expect(questionnaire).toMatchObject({ resourceType: 'Questionnaire', version: '1', status: 'active' });
    expect(qr.questionnaire).toBe(questionnaire.url);
    expect(validate(questionnaire), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    const aino = await as('asukas');
    expect((await aino.request({ url: `/fhir/R4/QuestionnaireResponse/${latest.id}` })).statusCode).toBe(200);
    expect((await (await as('johtaja')).request({ url: `/fhir/R4/QuestionnaireResponse/${latest.id}` })).statusCode).toBe(403);
    expect((await pekka.request({ url: '/fhir/R4/Questionnaire/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
  });
});
