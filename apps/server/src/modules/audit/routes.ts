import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEventsQuery, auditEventsResponse } from './schema.ts';
import { listAuditEvents } from './service.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit/events',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first (administrators)',
        querystring: auditEventsQuery,
        response: { 200: auditEventsResponse },
      },
    },
    async (request) => {
      const page = await listAuditEvents(app.db, request.query.limit, request.query.before);
      return {
        nextBefore: page.nextBefore,
        items: page.items.map((e) => ({
          id: e.id,
          seq: e.seq,
          at: e.at.toISOString(),
          actorId: e.actorId,
          actorName: e.actorName,
          actorRole: e.actorRole,
          action: e.action,
          outcome: e.outcome as 'success' | 'failure' | 'denied',
          resourceType: e.resourceType,
          resourceId: e.resourceId,
          clientId: e.clientId,
          reason: e.reason,
          requestId: e.requestId,
        })),
      };
    },
  );
};
