import type { FastifyPluginAsync } from 'fastify';
import { planFhirRoutes } from './fhir-routes.ts';
import { myPlanRoutes } from './me-routes.ts';
import { planRoutes } from './routes.ts';

export const plansModule: FastifyPluginAsync = async (app) => {
  await app.register(planRoutes);
  await app.register(myPlanRoutes);
  await app.register(planFhirRoutes);
};
