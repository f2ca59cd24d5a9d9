import { CLIENT_DATA_ROLES, STAFF_ROLES } from '@avain/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessorOf } from '../clients/routes.ts';
import { teamCandidates } from './content.ts';
import { addReview, addStaffComment, recordSpokenAgreement } from './follow-up.ts';
import * as repo from './repo.ts';
import {
  agreementInput,
  attainmentReport,
  candidateQuery,
  candidateView,
  clientParams,
  commentInput,
  commentView,
  compareQuery,
  comparisonView,
  planContentInput,
  planParams,
  planSaveInput,
  planView,
  reviewInput,
  versionContentView,
  versionParams,
} from './schema.ts';
import { clientPlan, closePlan, comparePlan, planVersion, savePlan, startPlan } from './staff.ts';

const tags = ['plans'];
/** Reads and writes of a plan let every member of staff ask, so that each refusal lands in the client's access log. */
const anyStaff = { access: STAFF_ROLES, clientData: true };
const starters = { access: ['service_coordinator', 'professional'] as const, clientData: true };

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/clients/:id/plans',
    { config: starters, schema: { tags, summary: "Start the client's joint service plan in your unit's register (one open plan per client)", params: clientParams, body: planContentInput, response: { 201: planView } } },
    async (request, reply) => reply.code(201).send(await startPlan(app.db, accessorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/clients/:id/plan',
    { config: anyStaff, schema: { tags, summary: "The client's open plan: current content, state, versions, comments and reviews (audited)", params: clientParams, response: { 200: z.object({ plan: planView.nullable() }) } } },
    async (request) => clientPlan(app.db, accessorOf(request), request.params.id),
  );

  app.get(
    '/api/plans/:planId/versions/:version',
    { config: anyStaff, schema: { tags, summary: 'One saved version of a plan', params: versionParams, response: { 200: versionContentView } } },
    async (request) => planVersion(app.db, accessorOf(request), request.params.planId, request.params.version),
  );

  app.get(
    '/api/plans/:planId/compare',
    { config: anyStaff, schema: { tags, summary: 'What changed between two versions', params: planParams, querystring: compareQuery, response: { 200: comparisonView } } },
    async (request) => comparePlan(app.db, accessorOf(request), request.params.planId, request.query.from, request.query.to),
  );

  app.put(
    '/api/plans/:planId',
    { config: anyStaff, schema: { tags, summary: 'Save the plan as a new version (refused if someone saved since baseVersion)', params: planParams, body: planSaveInput, response: { 200: planView } } },
    async (request) => savePlan(app.db, accessorOf(request), request.params.planId, request.body),
  );

  app.post(
    '/api/plans/:planId/agreement',
    { config: anyStaff, schema: { tags, summary: "Record the client's spoken agreement to the current version", params: planParams, body: agreementInput, response: { 200: planView } } },
    async (request) => recordSpokenAgreement(app.db, accessorOf(request), request.params.planId, request.body),
  );

  app.post(
    '/api/plans/:planId/reviews',
    { config: anyStaff, schema: { tags, summary: 'Review the plan: a GAS score −2…+2 per goal, a note and the next review date', params: planParams, body: reviewInput, response: { 201: planView } } },
    async (request, reply) => reply.code(201).send(await addReview(app.db, accessorOf(request), request.params.planId, request.body)),
  );

  app.post(
    '/api/plans/:planId/comments',
    { config: anyStaff, schema: { tags, summary: 'Comment on the plan', params: planParams, body: commentInput, response: { 201: commentView } } },
    async (request, reply) => reply.code(201).send(await addStaffComment(app.db, accessorOf(request), request.params.planId, request.body.text)),
  );

  app.post(
    '/api/plans/:planId/close',
    { config: anyStaff, schema: { tags, summary: 'Close the plan (a new one can then be started)', params: planParams, response: { 200: planView } } },
    async (request) => closePlan(app.db, accessorOf(request), request.params.planId),
  );

  app.get(
    '/api/plans/team-candidates',
    { config: { access: CLIENT_DATA_ROLES }, schema: { tags, summary: 'Staff who work with clients, with their units, for choosing the team and the responsible worker', querystring: candidateQuery, response: { 200: z.array(candidateView) } } },
    async (request) => teamCandidates(app.db, request.query.q),
  );

  app.get(
    '/api/reports/goal-attainment',
    { config: { access: ['manager', 'admin'] as const }, schema: { tags: ['reports'], summary: 'Goal attainment (GAS) by review month: counts, mean and distribution only, no client named', response: { 200: attainmentReport } } },
    async () => ({ months: await repo.attainmentByMonth(app.db) }),
  );
};
