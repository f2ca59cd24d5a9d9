import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportBundle } from './fhir.ts';
import { accessLog, actFor, changeMyConsent, exportAll, giveMyConsent, myData, revokeMyConsent, wards } from './resident.ts';
import { accessorOf } from './routes.ts';
import {
  accessLogQuery,
  accessLogResponse,
  actForBody,
  actingQuery,
  consentChange,
  consentParams,
  consentView,
  myConsentBody,
  myDataResponse,
  wardsResponse,
} from './schema.ts';

const residents = ['resident'] as const;
const tags = ['my data'];
const mine = { access: residents, clientData: true };

/** My data (Omat tiedot): a resident's own data, or a minor's in their care (`?for=`). */
export const myDataRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/me/data',
    { config: mine, schema: { tags, summary: 'My details, record entries of both registers, consents and care relations', querystring: actingQuery, response: { 200: myDataResponse } } },
    async (request) => myData(app.db, accessorOf(request), request.query.for),
  );

  app.get(
    '/api/me/access-log',
    { config: mine, schema: { tags, summary: 'Who read or wrote my data: who, when, what and why', querystring: accessLogQuery, response: { 200: accessLogResponse } } },
    async (request) => accessLog(app.db, accessorOf(request), request.query.for, request.query.limit, request.query.before),
  );

  app.get(
    '/api/me/export.json',
    { config: mine, schema: { tags, summary: 'Download all my data as JSON', querystring: actingQuery } },
    async (request, reply) => {
      const data = await exportAll(app.db, accessorOf(request), request.query.for);
      return reply.header('content-disposition', 'attachment; filename="omat-tiedot.json"').type('application/json').send(data);
    },
  );

  app.get(
    '/api/me/export.fhir',
    { config: mine, schema: { tags, summary: 'Download all my data as a FHIR R4 Bundle (Patient, Consent, entries, AuditEvent)', querystring: actingQuery } },
    async (request, reply) => {
      const data = await exportAll(app.db, accessorOf(request), request.query.for);
      return reply
        .header('content-disposition', 'attachment; filename="omat-tiedot.fhir.json"')
        .type('application/fhir+json')
        .send(exportBundle(data, app.config.publicUrl));
    },
  );

  app.get(
    '/api/me/wards',
    { config: { access: residents }, schema: { tags, summary: 'The minors in my care, whom I can act for', response: { 200: wardsResponse } } },
    async (request) => wards(app.db, accessorOf(request)),
  );

  app.post(
    '/api/me/act-for',
    {
      config: mine,
      schema: { tags, summary: 'Switch to acting for a minor in my care (audited)', body: actForBody, response: { 200: z.object({ id: z.string().uuid(), name: z.string(), actingAs: z.enum(['self', 'guardian']) }) } },
    },
    async (request) => {
      const who = accessorOf(request);
      who.checked();
      return actFor(app.db, who, request.body.clientId);
    },
  );

  app.post(
    '/api/me/consents',
    { config: mine, schema: { tags, summary: 'Give a consent: in effect immediately', querystring: actingQuery, body: myConsentBody, response: { 201: consentView } } },
    async (request, reply) => reply.code(201).send(await giveMyConsent(app.db, accessorOf(request), request.query.for, request.body)),
  );

  app.put(
    '/api/me/consents/:consentId',
    { config: mine, schema: { tags, summary: 'Change a consent (a new version is kept)', params: consentParams, querystring: actingQuery, body: consentChange, response: { 200: consentView } } },
    async (request) => changeMyConsent(app.db, accessorOf(request), request.query.for, request.params.consentId, request.body.version, request.body.consent),
  );

  app.post(
    '/api/me/consents/:consentId/revoke',
    { config: mine, schema: { tags, summary: 'Revoke a consent: in effect for the very next read', params: consentParams, querystring: actingQuery, response: { 200: consentView } } },
    async (request) => revokeMyConsent(app.db, accessorOf(request), request.query.for, request.params.consentId),
  );
};
