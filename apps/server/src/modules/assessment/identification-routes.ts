import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessorOf } from '../clients/routes.ts';
import { readSettings, saveSettings, takeFromWorklist, worklist } from './identification.ts';
import { clientIdParams, settingsInput, settingsView, takeResponse, worklistQuery, worklistResponse } from './schema.ts';

const SETTINGS_ROLES = ['service_coordinator', 'admin'] as const;
const COORDINATORS = ['service_coordinator'] as const;
const tags = ['early identification'];

export const identificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/identification/settings',
    { config: { access: SETTINGS_ROLES }, schema: { tags, summary: 'Segment thresholds and worklist criteria in use', response: { 200: settingsView } } },
    async () => readSettings(app.db),
  );

  app.put(
    '/api/identification/settings',
    {
      config: { access: SETTINGS_ROLES },
      schema: { tags, summary: 'Change the thresholds and criteria (send the version you saw; a stale one is 409; audited)', body: settingsInput, response: { 200: settingsView } },
    },
    async (request) => saveSettings(app.db, accessorOf(request), request.body),
  );

  app.get(
    '/api/identification/worklist',
    {
      config: { access: COORDINATORS, clientData: true },
      schema: { tags, summary: 'Early identification worklist: adults, or children and young people (each listed client sees it in their log)', querystring: worklistQuery, response: { 200: worklistResponse } },
    },
    async (request) => worklist(app.db, accessorOf(request), request.query.group),
  );

  app.post(
    '/api/identification/worklist/:id/take',
    {
      config: { access: COORDINATORS, clientData: true },
      schema: { tags, summary: 'Take the client from the worklist: one taker per client; opens a case relation for you', params: clientIdParams, response: { 201: takeResponse } },
    },
    async (request, reply) => reply.code(201).send(await takeFromWorklist(app.db, accessorOf(request), request.params.id)),
  );
};
