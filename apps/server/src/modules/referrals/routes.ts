import { REFERRAL_ACTIONS, STAFF_ROLES, type ReferralAction } from '@avain/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessorOf, STAFF } from '../clients/routes.ts';
import { answerReferral } from './answers.ts';
import { serviceRequest } from './fhir.ts';
import { incomingReferrals, referralDetail } from './receiving.ts';
import { clientReferrals, createReferral, myReferrals, sentReferrals } from './referring.ts';
import {
  actingQuery,
  answerInput,
  clientIdParams,
  myReferralView,
  referralDetail as referralDetailSchema,
  referralIdParams,
  referralInput,
  referralView,
  statusFilter,
} from './schema.ts';

const tags = ['referrals'];
const REFERRERS = ['professional', 'service_coordinator'] as const;
/** The receiving side: staff of a producer's units, and its producer administrators. */
const RECEIVERS = [...STAFF, 'producer_admin'] as const;
const ANSWERS = REFERRAL_ACTIONS.filter((a) => a !== 'cancel');

export const referralRoutes: FastifyPluginAsyncZod = async (app) => {
  const clock = () => ({ now: new Date(), answerHours: app.config.referralAnswerHours });

  app.post(
    '/api/clients/:id/referrals',
    {
      config: { access: REFERRERS, clientData: true },
      schema: { tags, summary: 'Refer the client to a catalogue service, with a handover note (no sending on)', params: clientIdParams, body: referralInput, response: { 201: referralView } },
    },
    async (request, reply) => reply.code(201).send(await createReferral(app.db, accessorOf(request), request.params.id, request.body, clock())),
  );

  app.get(
    '/api/clients/:id/referrals',
    {
      // Every member of staff may ask, so that each refusal lands in the client's log.
      config: { access: STAFF_ROLES, clientData: true },
      schema: { tags, summary: "The client's referrals in the registers the viewer may read", params: clientIdParams, response: { 200: z.array(referralView) } },
    },
    async (request) => clientReferrals(app.db, accessorOf(request), request.params.id, clock()),
  );

  app.get(
    '/api/referrals/incoming',
    {
      config: { access: RECEIVERS, clientData: true },
      schema: { tags, summary: "Referrals to my producer, longest waiting first (each read is in the client's log)", querystring: statusFilter, response: { 200: z.array(referralView) } },
    },
    async (request) => incomingReferrals(app.db, accessorOf(request), request.query.status, clock()),
  );

  app.get(
    '/api/referrals/sent',
    {
      config: { access: STAFF, clientData: true },
      schema: { tags, summary: 'The referrals I have sent, with their status and the unanswered flag', querystring: statusFilter, response: { 200: z.array(referralView) } },
    },
    async (request) => sentReferrals(app.db, accessorOf(request), request.query.status, clock()),
  );

  app.get(
    '/api/referrals/:referralId',
    {
      config: { access: RECEIVERS, clientData: true },
      schema: { tags, summary: 'One referral with its history (receiving side, or through the client-data gate)', params: referralIdParams, response: { 200: referralDetailSchema } },
    },
    async (request) => referralDetail(app.db, accessorOf(request), request.params.referralId, clock()),
  );

  const answer = (action: ReferralAction, access: readonly string[], summary: string) =>
    app.post(
      `/api/referrals/:referralId/${action}`,
      {
        config: { access: access as typeof RECEIVERS, clientData: true },
        schema: { tags, summary, params: referralIdParams, body: answerInput, response: { 200: referralView } },
      },
      async (request) => answerReferral(app.db, accessorOf(request), request.params.referralId, action, request.body, clock()),
    );
  for (const action of ANSWERS) answer(action, RECEIVERS, `Receiving side: ${action} the referral (a decline needs the reason as its note)`);
  answer('cancel', STAFF, 'Referrer: take the referral back');

  app.get(
    '/api/me/referrals',
    {
      config: { access: ['resident'], clientData: true },
      schema: { tags: ['my data'], summary: 'My referrals (or a minor\'s in my care) and how far each has come', querystring: actingQuery, response: { 200: z.array(myReferralView) } },
    },
    async (request) => myReferrals(app.db, accessorOf(request), request.query.for),
  );

  app.get(
    '/fhir/R4/ServiceRequest/:id',
    {
      config: { access: RECEIVERS, clientData: true },
      schema: { tags: ['fhir'], summary: 'Read a referral as a FHIR R4 ServiceRequest (audited)', params: z.object({ id: z.string().uuid() }), response: { 200: z.record(z.string(), z.unknown()) } },
    },
    async (request, reply) => {
      const referral = await referralDetail(app.db, accessorOf(request), request.params.id, clock());
      return reply.type('application/fhir+json; charset=utf-8').send(serviceRequest(referral, app.config.publicUrl));
    },
  );
};
