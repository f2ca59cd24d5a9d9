import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changeStatus, decide, editService, history } from './editing.ts';
import { editableService as editableServiceSchema, myServicesQuery, myServicesResponse, statusBody, statusResult } from './editing-schema.ts';
import { editableService, myServices, reviews } from './editing-views.ts';
import { editResult, historyEntry, idParams, returnBody, reviewSchema, reviewsQuery, servicePatch } from './schema.ts';

const editors = ['producer_admin', 'service_coordinator', 'admin'] as const;
const coordinators = ['service_coordinator', 'admin'] as const;
const tags = ['catalog editing'];

/** Producers keep their own services up to date; coordinators review changes to published ones. */
export const editingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/catalog/my-services',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: "The services the caller keeps: a producer's own organisations' in any status, every service for coordinators",
        querystring: myServicesQuery,
        response: { 200: myServicesResponse },
      },
    },
    async (request) => myServices(app.db, request.user!, request.query),
  );

  app.get(
    '/api/catalog/services/:id/editable',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'A service as its editors see it, unpublished too, with any change waiting for review',
        params: idParams,
        response: { 200: editableServiceSchema },
      },
    },
    async (request) => editableService(app.db, request.user!, request.params.id),
  );

  app.patch(
    '/api/catalog/services/:id',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: "Change a service: applied at once for coordinators, sent to review for a producer's published service",
        params: idParams,
        body: servicePatch,
        response: { 200: editResult },
      },
    },
    async (request) => editService(app.db, request.user!, request.params.id, request.body, request.id),
  );

  app.post(
    '/api/catalog/services/:id/status',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Move a service to another status: coordinators freely, a producer only their draft to review',
        params: idParams,
        body: statusBody,
        response: { 200: statusResult },
      },
    },
    async (request) => changeStatus(app.db, request.user!, request.params.id, request.body, request.id),
  );

  app.get(
    '/api/catalog/services/:id/history',
    { config: { access: editors }, schema: { tags, summary: 'Who changed what and when', params: idParams, response: { 200: z.array(historyEntry) } } },
    async (request) => history(app.db, request.user!, request.params.id),
  );

  app.get(
    '/api/catalog/reviews',
    { config: { access: coordinators }, schema: { tags, summary: 'The review queue', querystring: reviewsQuery, response: { 200: z.array(reviewSchema) } } },
    async (request) => reviews(app.db, request.query.status),
  );

  app.post(
    '/api/catalog/reviews/:id/approve',
    { config: { access: coordinators }, schema: { tags, summary: 'Approve a proposed change: it is published', params: idParams, response: { 200: editResult } } },
    async (request) => decide(app.db, request.user!, request.params.id, { approve: true }, request.id),
  );

  app.post(
    '/api/catalog/reviews/:id/return',
    {
      config: { access: coordinators },
      schema: { tags, summary: 'Return a proposed change to the producer with a comment', params: idParams, body: returnBody, response: { 200: editResult } },
    },
    async (request) => decide(app.db, request.user!, request.params.id, { approve: false, comment: request.body.comment }, request.id),
  );
};
