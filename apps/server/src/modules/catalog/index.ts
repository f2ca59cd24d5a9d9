import type { FastifyPluginAsync } from 'fastify';
import type { Subscription } from '../../db/channel.ts';
import { codeListRoutes } from './code-list-routes.ts';
import { editingRoutes } from './editing-routes.ts';
import { fhirRoutes } from './fhir-routes.ts';
import { hsdsRoutes } from './hsds-routes.ts';
import { importRoutes } from './import-routes.ts';
import { locationEditingRoutes } from './location-editing-routes.ts';
import { mapRoutes } from './map-routes.ts';
import { catalogRoutes } from './routes.ts';
import { settleSearch, warmSearch } from './search.ts';

export const catalogModule: FastifyPluginAsync = async (app) => {
  await app.register(catalogRoutes);
  await app.register(hsdsRoutes);
  await app.register(editingRoutes);
  await app.register(locationEditingRoutes);
  await app.register(fhirRoutes);
  await app.register(importRoutes);
  await app.register(mapRoutes);
  let following: Subscription | null = null;
  app.addHook('onReady', async () => {
    following = await warmSearch(app.database, app.log, app.config.searchCacheMb);
  });
  app.addHook('onClose', async () => {
    await following?.close();
    await settleSearch(app.db);
  });
  await app.register(codeListRoutes);
};
