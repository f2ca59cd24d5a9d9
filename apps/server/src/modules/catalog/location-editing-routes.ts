import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { editableLocation as editableLocationSchema, locationPatch, myLocationsQuery, myLocationsResponse } from './editing-schema.ts';
import { editableLocation, editLocation, myLocations } from './location-editing.ts';
import { idParams } from './schema.ts';

const editors = ['producer_admin', 'service_coordinator', 'admin'] as const;
const tags = ['catalog editing'];

/** Producers keep their own locations' addresses, accessibility and hours right; coordinators every location's. */
export const locationEditingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/catalog/my-locations',
    {
      config: { access: editors },
      schema: { tags, summary: "The locations the caller keeps: a producer's own organisations', every location for coordinators", querystring: myLocationsQuery, response: { 200: myLocationsResponse } },
    },
    async (request) => myLocations(app.db, request.user!, request.query),
  );

  app.get(
    '/api/catalog/locations/:id/editable',
    {
      config: { access: editors },
      schema: { tags, summary: 'A location as its editors see it: hours, exceptions and the revision to save against', params: idParams, response: { 200: editableLocationSchema } },
    },
    async (request) => editableLocation(app.db, request.user!, request.params.id),
  );

  app.patch(
    '/api/catalog/locations/:id',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Change a location: name, address, coordinates, accessibility, weekly hours, exceptions (applied at once)',
        params: idParams,
        body: locationPatch,
        response: { 200: editableLocationSchema },
      },
    },
    async (request) => editLocation(app.db, request.user!, request.params.id, request.body, request.id),
  );
};
