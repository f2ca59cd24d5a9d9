import { AppError, helsinkiDate, STAFF_ROLES, type PlanContent } from '@avain/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { Accessor } from '../clients/service.ts';
import { accessorOf } from '../clients/routes.ts';
import { planFor } from './access.ts';
import { fhirCarePlan, fhirCareTeam, fhirGoal } from './fhir.ts';
import * as repo from './repo.ts';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const fhirResource = z.record(z.string(), z.unknown());
const tags = ['fhir'];
/** Every member of staff may ask, so that each refusal lands in the client's access log. */
const config = { access: STAFF_ROLES, clientData: true };
const idParams = z.object({ id: z.string().uuid() });
const goalParams = z.object({ id: z.string().regex(/^[0-9a-f-]{36}\.[A-Za-z0-9-]{1,27}$/, 'must be <plan id>.<goal id>') });

async function currentContent(db: Db, who: Accessor, planId: string) {
  const { plan } = await planFor(db, who, planId, 'read');
  const version = await repo.findVersion(db, plan.id, plan.currentVersion);
  return { plan, content: version!.content as PlanContent };
}

/** A goal as in the newest version that has it: a goal later removed from the plan reads as cancelled. */
async function goal(db: Db, who: Accessor, resourceId: string) {
  const [planId, goalId] = [resourceId.slice(0, 36), resourceId.slice(37)];
  const { plan } = await planFor(db, who, planId, 'read');
  const versions = (await repo.versionsOf(db, plan.id)).reverse();
  const holder = versions.find((v) => (v.content as PlanContent).goals.some((g) => g.id === goalId));
  if (!holder) throw new AppError('not_found', 'No goal with this id in the plan.');
  const found = (holder.content as PlanContent).goals.find((g) => g.id === goalId)!;
  const latest = (await repo.reviewsOf(db, plan.id)).flatMap((r) => r.scores).find((s) => s.goalId === goalId);
  return fhirGoal(plan, found, holder.version === plan.currentVersion, latest?.score ?? null);
}

/** FHIR R4 reads of joint plans: CarePlan, CareTeam and Goal, through the access gate like every read. */
export const planFhirRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400) reply.header('content-type', FHIR_JSON);
    return payload;
  });

  app.get('/fhir/R4/CarePlan/:id', { config, schema: { tags, summary: 'Read a joint service plan as a CarePlan (audited)', params: idParams, response: { 200: fhirResource } } }, async (request) => {
    const { plan, content } = await currentContent(app.db, accessorOf(request), request.params.id);
    return fhirCarePlan(plan, content, helsinkiDate(new Date()));
  });

  app.get('/fhir/R4/CareTeam/:id', { config, schema: { tags, summary: "Read a joint plan's team as a CareTeam (id = plan id; audited)", params: idParams, response: { 200: fhirResource } } }, async (request) => {
    const { plan, content } = await currentContent(app.db, accessorOf(request), request.params.id);
    return fhirCareTeam(plan, content);
  });

  app.get('/fhir/R4/Goal/:id', { config, schema: { tags, summary: 'Read a goal of a joint plan (id = <plan id>.<goal id>; audited)', params: goalParams, response: { 200: fhirResource } } }, async (request) =>
    goal(app.db, accessorOf(request), request.params.id),
  );
};
