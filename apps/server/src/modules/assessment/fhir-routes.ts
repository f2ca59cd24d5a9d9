import { AppError, STAFF_ROLES } from '@avain/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessorOf } from '../clients/routes.ts';
import { readAssessment } from './assessments.ts';
import { fhirQuestionnaire, fhirQuestionnaireResponse } from './fhir.ts';
import * as repo from './repo.ts';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const fhirResource = z.record(z.string(), z.unknown());
const idParams = z.object({ id: z.string().uuid() });
const tags = ['fhir'];

/** FHIR R4 read of the questionnaire and of assessments (QuestionnaireResponse, through the access gate). */
export const assessmentFhirRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = () => `${app.config.publicUrl}/fhir/R4`;

  app.get(
    '/fhir/R4/Questionnaire/:id',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Read a version of the holistic assessment Questionnaire', params: idParams, response: { 200: fhirResource } } },
    async (request, reply) => {
      const row = await repo.findQuestionnaire(app.db, request.params.id);
      if (!row) throw new AppError('not_found', 'No Questionnaire with this id.');
      return reply.type(FHIR_JSON).send(fhirQuestionnaire(row, base()));
    },
  );

  app.get(
    '/fhir/R4/QuestionnaireResponse/:id',
    {
      config: { access: [...STAFF_ROLES, 'resident'], clientData: true },
      schema: { tags, summary: 'Read an assessment as a QuestionnaireResponse (through the access gate; audited)', params: idParams, response: { 200: fhirResource } },
    },
    async (request, reply) => {
      const { row } = await readAssessment(app.db, accessorOf(request), request.params.id);
      const questionnaire = (await repo.findQuestionnaire(app.db, row.questionnaireId))!;
      return reply.type(FHIR_JSON).send(fhirQuestionnaireResponse(row, questionnaire, base()));
    },
  );
};
