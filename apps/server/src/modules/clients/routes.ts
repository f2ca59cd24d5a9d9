import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { STAFF_ROLES } from '@avain/domain';
import { z } from 'zod';
import type { Accessor } from './gate.ts';
import { addEntry, clientOverview, closeRelation, emergencyList, openRelation, reviewEmergency, searchClients, startEmergency } from './professional.ts';
import {
  clientIdParams,
  clientSearchHit,
  clientSearchQuery,
  emergencyInput,
  emergencyQuery,
  emergencyView,
  entryInput,
  entryView,
  overviewResponse,
  relationInput,
  relationView,
  reviewInput,
} from './schema.ts';

export const STAFF = ['professional', 'service_coordinator', 'homecare_planner'] as const;
/** Routes about one client let every member of staff ask, so that each refusal lands in the client's log. */
const ANY_STAFF = STAFF_ROLES;
const tags = ['clients'];

export function accessorOf(request: FastifyRequest): Accessor {
  return {
    user: request.user!,
    requestId: request.id,
    ip: request.ip,
    checked: () => {
      request.clientAccessChecks += 1;
    },
  };
}

export const clientRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/clients/search',
    {
      config: { access: STAFF, clientData: true },
      schema: { tags, summary: 'Find clients by identity code, or by last name and birth date (audited)', querystring: clientSearchQuery, response: { 200: z.array(clientSearchHit) } },
    },
    async (request) => searchClients(app.db, accessorOf(request), request.query),
  );

  app.get(
    '/api/clients/:id/overview',
    {
      config: { access: ANY_STAFF, clientData: true },
      schema: { tags, summary: "The client's one view: basic data, relations, consents and both registers as far as allowed, each saying why", params: clientIdParams, response: { 200: overviewResponse } },
    },
    async (request) => clientOverview(app.db, accessorOf(request), request.params.id),
  );

  app.post(
    '/api/clients/:id/entries',
    {
      config: { access: ANY_STAFF, clientData: true },
      schema: { tags, summary: "Write a record entry into your own unit's register", params: clientIdParams, body: entryInput, response: { 201: entryView } },
    },
    async (request, reply) => reply.code(201).send(await addEntry(app.db, accessorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/clients/:id/relations',
    {
      config: { access: STAFF, clientData: true },
      schema: { tags, summary: 'Open a case or join the care team (shown in the client\'s access log)', params: clientIdParams, body: relationInput, response: { 201: relationView } },
    },
    async (request, reply) => reply.code(201).send(await openRelation(app.db, accessorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/clients/:id/relations/:relationId/close',
    {
      config: { access: STAFF, clientData: true },
      schema: { tags, summary: 'End your relation with the client', params: clientIdParams.extend({ relationId: z.string().uuid() }), response: { 204: z.null() } },
    },
    async (request, reply) => {
      await closeRelation(app.db, accessorOf(request), request.params.id, request.params.relationId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/clients/:id/emergency-access',
    {
      config: { access: STAFF, clientData: true },
      schema: { tags, summary: 'Break the glass: open the client\'s data for 4 hours with a reason the supervisor reviews', params: clientIdParams, body: emergencyInput, response: { 201: z.object({ id: z.string().uuid(), expiresAt: z.string() }) } },
    },
    async (request, reply) => reply.code(201).send(await startEmergency(app.db, accessorOf(request), request.params.id, request.body.reason)),
  );

  app.get(
    '/api/emergency-accesses',
    {
      config: { access: [...STAFF, 'admin'] },
      schema: { tags, summary: "Emergency accesses for a supervisor's review (own unit; administrators all)", querystring: emergencyQuery, response: { 200: z.array(emergencyView) } },
    },
    async (request) => emergencyList(app.db, accessorOf(request), request.query.status),
  );

  app.post(
    '/api/emergency-accesses/:id/review',
    {
      config: { access: [...STAFF, 'admin'] },
      schema: { tags, summary: 'Mark an emergency access reviewed, with a note', params: clientIdParams, body: reviewInput, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await reviewEmergency(app.db, accessorOf(request), request.params.id, request.body.note);
      return reply.code(204).send(null);
    },
  );
};
