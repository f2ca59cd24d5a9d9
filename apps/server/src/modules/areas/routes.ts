import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  areaParams,
  areaPatch,
  areasResponse,
  areaView,
  chooseCentreBody,
  geocodeQuery,
  geocodeResponse,
  lookupQuery,
  lookupResponse,
  myCentreResponse,
  postalCodeBody,
  postalCodeParams,
  postalCodeView,
} from './schema.ts';
import {
  areaViews,
  changeArea,
  chooseCentre,
  digitransitGeocoder,
  listAreasWithPlaces,
  localGeocoder,
  lookupResponsibility,
  myCentre,
  postalCodeViews,
  savePostalCode,
} from './service.ts';
import { AppError } from '@avain/domain';

const coordinators = ['service_coordinator', 'admin'] as const;
const tags = ['areas'];

export const areasRoutes: FastifyPluginAsyncZod = async (app) => {
  const geocoder = app.config.geocoder ? digitransitGeocoder(app.config.geocoder) : localGeocoder;

  app.get(
    '/api/areas',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Welfare areas with their welfare centres and points', response: { 200: areasResponse } },
    },
    async () => listAreasWithPlaces(app.db),
  );

  app.get(
    '/api/places/geocode',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'An address, postal code or district of the region as a position', querystring: geocodeQuery, response: { 200: geocodeResponse } },
    },
    async (request) => {
      const found = await geocoder.geocode(app.db, request.query.q);
      if (!found) throw new AppError('not_found', `No address or postal code of the region matches "${request.query.q}".`);
      return found;
    },
  );

  app.get(
    '/api/areas/lookup',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'My welfare centre: the area, the responsible centre and the nearest centres and points for an address, postal code or position',
        querystring: lookupQuery,
        response: { 200: lookupResponse },
      },
    },
    async (request) => lookupResponsibility(app.db, geocoder, request.query),
  );

  app.get(
    '/api/me/centre',
    { config: { access: ['resident'] }, schema: { tags, summary: "The resident's chosen welfare centre and earlier choices", response: { 200: myCentreResponse } } },
    async (request) => myCentre(app.db, request.user!.id),
  );

  app.post(
    '/api/me/centre',
    {
      config: { access: ['resident'] },
      schema: { tags, summary: 'Choose a welfare centre (freedom of choice; a change at most once a year)', body: chooseCentreBody, response: { 200: myCentreResponse } },
    },
    async (request) => chooseCentre(app.db, request.user!, request.body.locationId, request.id),
  );

  app.get(
    '/api/areas/postal-codes',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Postal codes with their boundaries and responsible welfare centres', response: { 200: z.array(postalCodeView) } },
    },
    async () => postalCodeViews(app.db),
  );

  app.put(
    '/api/areas/postal-codes/:code',
    {
      config: { access: coordinators },
      schema: {
        tags,
        summary: "Create or replace a postal code's population responsibility (a part per centre when split)",
        params: postalCodeParams,
        body: postalCodeBody,
        response: { 200: postalCodeView },
      },
    },
    async (request) => savePostalCode(app.db, request.user!, request.params.code, request.body, request.id),
  );

  app.get(
    '/api/areas/boundaries',
    { config: { access: 'public' }, schema: { tags, summary: 'Welfare areas with their boundary polygons', response: { 200: z.array(areaView) } } },
    async () => areaViews(app.db),
  );

  app.patch(
    '/api/areas/:code',
    {
      config: { access: coordinators },
      schema: { tags, summary: 'Rename a welfare area or replace its boundary', params: areaParams, body: areaPatch, response: { 200: areaView } },
    },
    async (request) => changeArea(app.db, request.user!, request.params.code, request.body, request.id),
  );
};
