import { CLIENT_DATA_ROLES, STAFF_ROLES } from '@avain/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessorOf, STAFF } from '../clients/routes.ts';
import { handOver, handoverCandidates } from './handover.ts';
import type { StreamHub } from './realtime/hub.ts';
import { streamEvents } from './realtime/stream.ts';
import {
  actingQuery,
  colleaguesView,
  handoverInput,
  messageInput,
  messageView,
  readInput,
  recipientsView,
  residentThreadInput,
  staffThreadInput,
  threadDetail,
  threadIdParams,
  threadList,
  unreadView,
} from './schema.ts';
import { recipients, startAsResident, startAsStaff } from './start.ts';
import { listThreads, markThreadRead, postMessage, setThreadStatus, threadDetail as detail } from './threads.ts';
import { unreadSummary } from './unread.ts';

const tags = ['messages'];
/**
 * Residents and every member of staff may ask about a thread, so that each refusal (a manager, a
 * professional without a basis) lands in the client's log; the service decides.
 */
/** Lists, counts and the stream are for residents and the staff who work with clients. */
const EVERYONE = ['resident', ...CLIENT_DATA_ROLES] as const;
/** A route about one thread lets every member of staff ask, so that each refusal lands in the client's log. */
const onThread = { access: ['resident', ...STAFF_ROLES] as const, clientData: true };

export const messagingRoutes: FastifyPluginAsyncZod<{ hub: StreamHub }> = async (app, { hub }) => {
  app.get(
    '/api/messages/threads',
    { config: { access: EVERYONE, clientData: true }, schema: { tags, summary: "My threads: a resident's own (or a minor's, ?for=); staff's assigned and their unit's shared inbox", querystring: actingQuery, response: { 200: threadList } } },
    async (request) => listThreads(app.db, accessorOf(request), request.query.for),
  );

  app.post(
    '/api/messages/threads',
    {
      config: { access: STAFF, clientData: true },
      schema: { tags, summary: 'Start a thread with a client you may write about (in your own register)', body: staffThreadInput, response: { 201: threadDetail } },
    },
    async (request, reply) => reply.code(201).send(await startAsStaff(app.db, accessorOf(request), request.body)),
  );

  app.post(
    '/api/me/messages/threads',
    {
      config: { access: ['resident'], clientData: true },
      schema: { tags, summary: 'Write to my care team or to a service (for a minor in my care: ?for=)', querystring: actingQuery, body: residentThreadInput, response: { 201: threadDetail } },
    },
    async (request, reply) => reply.code(201).send(await startAsResident(app.db, accessorOf(request), request.query.for, request.body)),
  );

  app.get(
    '/api/me/messages/recipients',
    { config: { access: ['resident'], clientData: true }, schema: { tags, summary: 'Whom I can write to: my care team and the services with a shared inbox', querystring: actingQuery, response: { 200: recipientsView } } },
    async (request) => recipients(app.db, accessorOf(request), request.query.for),
  );

  app.get(
    '/api/messages/threads/:id',
    { config: onThread, schema: { tags, summary: 'A thread with its messages and handovers (audited)', params: threadIdParams, response: { 200: threadDetail } } },
    async (request) => detail(app.db, accessorOf(request), request.params.id),
  );

  app.post(
    '/api/messages/threads/:id/messages',
    { config: onThread, schema: { tags, summary: 'Write a message in an open thread', params: threadIdParams, body: messageInput, response: { 201: messageView } } },
    async (request, reply) => reply.code(201).send(await postMessage(app.db, accessorOf(request), request.params.id, request.body.body)),
  );

  app.post(
    '/api/messages/threads/:id/read',
    { config: { access: EVERYONE }, schema: { tags, summary: 'Mark the thread read up to a message number (moves forward only)', params: threadIdParams, body: readInput, response: { 204: z.null() } } },
    async (request, reply) => {
      await markThreadRead(app.db, request.user!.id, request.params.id, request.body.seq);
      await hub.refreshUser(request.user!.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/messages/threads/:id/colleagues',
    { config: { access: STAFF, clientData: true }, schema: { tags, summary: 'Colleagues the thread can be handed over to', params: threadIdParams, response: { 200: colleaguesView } } },
    async (request) => handoverCandidates(app.db, accessorOf(request), request.params.id),
  );

  app.post(
    '/api/messages/threads/:id/handover',
    { config: { access: STAFF, clientData: true }, schema: { tags, summary: 'Hand the thread over to a colleague with a note', params: threadIdParams, body: handoverInput, response: { 200: threadDetail } } },
    async (request) => handOver(app.db, accessorOf(request), request.params.id, request.body),
  );

  for (const [verb, status] of [['close', 'closed'], ['reopen', 'open']] as const) {
    app.post(
      `/api/messages/threads/:id/${verb}`,
      { config: { access: STAFF, clientData: true }, schema: { tags, summary: `${verb === 'close' ? 'Close' : 'Reopen'} the thread`, params: threadIdParams, response: { 200: threadDetail } } },
      async (request) => setThreadStatus(app.db, accessorOf(request), request.params.id, status),
    );
  }

  app.get(
    '/api/messages/unread',
    { config: { access: EVERYONE }, schema: { tags, summary: 'Unread messages per thread and in total (counts only)', response: { 200: unreadView } } },
    async (request) => unreadSummary(app.db, request.user!),
  );

  app.get(
    '/api/messages/stream',
    { config: { access: EVERYONE }, schema: { tags, summary: 'Server-sent events: `message` {threadId, seq}, `thread` {threadId}, `unread` {total}; a comment line every 25 s' } },
    async (request, reply) => streamEvents(app, hub, request, reply),
  );
};
