import { STAFF_ROLES } from '@avain/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessorOf } from '../clients/routes.ts';
import { assessmentHistory, createAssessment, preAssessmentList, readAssessment, reviewPreAssessment, takePreAssessment } from './assessments.ts';
import { answersInput, assessmentIdParams, assessmentView, clientIdParams, preAssessmentItem, questionnaireView } from './schema.ts';
import { ensureQuestionnaire } from './service.ts';

/** Routes about one client let every member of staff ask, so that each refusal lands in the client's log. */
const ANY_STAFF = STAFF_ROLES;
const WORKERS = ['professional', 'service_coordinator', 'homecare_planner'] as const;
const tags = ['assessment'];

export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assessment/questionnaire',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'The current version of the holistic assessment questionnaire (fi/sv/en)', response: { 200: questionnaireView } } },
    async () => {
      const q = await ensureQuestionnaire(app.db);
      return { id: q.id, code: q.code, version: q.version, title: q.title as z.infer<typeof questionnaireView>['title'], items: q.items as z.infer<typeof questionnaireView>['items'] };
    },
  );

  app.get(
    '/api/clients/:id/assessments',
    {
      config: { access: ANY_STAFF, clientData: true },
      schema: { tags, summary: "The client's assessments newest first, each with its segment, reasons and changes (audited per register)", params: clientIdParams, response: { 200: z.array(assessmentView) } },
    },
    async (request) => assessmentHistory(app.db, accessorOf(request), request.params.id),
  );

  app.post(
    '/api/clients/:id/assessments',
    {
      config: { access: ANY_STAFF, clientData: true },
      schema: { tags, summary: "Save a holistic assessment made with the client, in your own unit's register; computes the segment", params: clientIdParams, body: answersInput, response: { 201: assessmentView } },
    },
    async (request, reply) => reply.code(201).send(await createAssessment(app.db, accessorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/assessments/pre-assessments',
    {
      config: { access: WORKERS, clientData: true },
      schema: { tags, summary: "Pre-assessments waiting for review in your unit: names and dates (each listed client sees it in their log)", response: { 200: z.array(preAssessmentItem) } },
    },
    async (request) => preAssessmentList(app.db, accessorOf(request)),
  );

  app.get(
    '/api/assessments/:assessmentId',
    { config: { access: ANY_STAFF, clientData: true }, schema: { tags, summary: 'One assessment, through the access gate of its register', params: assessmentIdParams, response: { 200: assessmentView } } },
    async (request) => (await readAssessment(app.db, accessorOf(request), request.params.assessmentId)).view,
  );

  app.post(
    '/api/assessments/:assessmentId/take',
    {
      config: { access: WORKERS, clientData: true },
      schema: {
        tags,
        summary: 'Take a pre-assessment of your unit to review: opens a case relation with the client unless you have one',
        params: assessmentIdParams,
        response: { 200: z.object({ assessmentId: z.string().uuid(), clientId: z.string().uuid(), relationOpened: z.boolean() }) },
      },
    },
    async (request) => takePreAssessment(app.db, accessorOf(request), request.params.assessmentId),
  );

  app.post(
    '/api/assessments/:assessmentId/review',
    {
      config: { access: WORKERS, clientData: true },
      schema: { tags, summary: 'Review a pre-assessment: save your own assessment based on it and mark it reviewed', params: assessmentIdParams, body: answersInput, response: { 201: assessmentView } },
    },
    async (request, reply) => reply.code(201).send(await reviewPreAssessment(app.db, accessorOf(request), request.params.assessmentId, request.body)),
  );
};
