import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessorOf } from '../clients/routes.ts';
import { acceptMyPlan, commentMyPlan, myPlan } from './resident.ts';
import { acceptInput, actingQuery, commentInput, planView } from './schema.ts';

const mine = { access: ['resident'] as const, clientData: true };
const tags = ['my data'];
const myPlanResponse = z.object({ actingAs: z.enum(['self', 'guardian']), plan: planView.nullable() });

/** The resident's joint plan (`?for=` a minor in their care): read it, accept it, comment on it. */
export const myPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/me/plan',
    { config: mine, schema: { tags, summary: 'My joint service plan: goals, services, my own actions, the team and how to reach them', querystring: actingQuery, response: { 200: myPlanResponse } } },
    async (request) => myPlan(app.db, accessorOf(request), request.query.for),
  );

  app.post(
    '/api/me/plan/accept',
    { config: mine, schema: { tags, summary: 'Accept the current version of my plan (naming the version I read)', querystring: actingQuery, body: acceptInput, response: { 200: myPlanResponse } } },
    async (request) => acceptMyPlan(app.db, accessorOf(request), request.query.for, request.body.version),
  );

  app.post(
    '/api/me/plan/comments',
    { config: mine, schema: { tags, summary: 'Comment on my plan', querystring: actingQuery, body: commentInput, response: { 201: myPlanResponse } } },
    async (request, reply) => reply.code(201).send(await commentMyPlan(app.db, accessorOf(request), request.query.for, request.body.text)),
  );
};
