import type { FastifyPluginAsync } from 'fastify';
import { assessmentFhirRoutes } from './fhir-routes.ts';
import { identificationRoutes } from './identification-routes.ts';
import { myAssessmentRoutes } from './me-routes.ts';
import { assessmentRoutes } from './routes.ts';

export const assessmentModule: FastifyPluginAsync = async (app) => {
  await app.register(assessmentRoutes);
  await app.register(myAssessmentRoutes);
  await app.register(identificationRoutes);
  await app.register(assessmentFhirRoutes);
};
