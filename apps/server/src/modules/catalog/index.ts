import type { FastifyPluginAsync } from 'fastify';
import { editingRoutes } from './editing-routes.ts';
import { fhirRoutes } from './fhir-routes.ts';
import { hsdsRoutes } from './hsds-routes.ts';
import { importRoutes } from './import-routes.ts';
import { catalogRoutes } from './routes.ts';

export const catalogModule: FastifyPluginAsync = async (app) => {
  await app.register(catalogRoutes);
  await app.register(hsdsRoutes);
  await app.register(editingRoutes);
  await app.register(fhirRoutes);
  await app.register(importRoutes);
};
