import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessorOf } from '../clients/routes.ts';
import { myAssessments, submitPreAssessment } from './resident.ts';
import { actingQuery, answersInput, assessmentView } from './schema.ts';

const mine = { access: ['resident'] as const, clientData: true };
const tags = ['my data'];

/** The resident's own assessments, or a minor's in their care (`?for=`). */
export const myAssessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/me/assessments',
    { config: mine, schema: { tags, summary: 'My assessments and pre-assessments, newest first', querystring: actingQuery, response: { 200: z.array(assessmentView) } } },
    async (request) => myAssessments(app.db, accessorOf(request), request.query.for),
  );

  app.post(
    '/api/me/pre-assessments',
    { config: mine, schema: { tags, summary: 'Send a pre-assessment of my situation to service coordination', querystring: actingQuery, body: answersInput, response: { 201: assessmentView } } },
    async (request, reply) => reply.code(201).send(await submitPreAssessment(app.db, accessorOf(request), request.query.for, request.body)),
  );
};
