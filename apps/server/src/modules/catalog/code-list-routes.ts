import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localizedText } from '../areas/schema.ts';
import { allCodeLists, EDITABLE_LISTS, saveCode } from './code-lists.ts';

const codeEntry = z.object({ code: z.string(), name: localizedText, active: z.boolean(), shipped: z.boolean() });
export const codeListsResponse = z.object({
  lifeCourseGroups: z.array(z.object({ code: z.string(), name: localizedText })),
  serviceClasses: z.array(codeEntry.extend({ lifeCourseGroup: z.string() })),
  conditions: z.array(codeEntry),
  producerTypes: z.array(z.string()),
  channels: z.array(z.string()),
  accessibility: z.array(z.string()),
});

const params = z.object({
  list: z.enum(EDITABLE_LISTS),
  code: z.string().regex(/^[a-z][a-z0-9_]{1,48}$/, 'lower-case letters, digits and underscores, starting with a letter'),
});
const body = z.object({
  name: localizedText.extend({ fi: z.string().trim().min(2).max(120) }),
  parent: z.string().nullable().optional(),
  active: z.boolean().default(true),
});

/** The catalogue's code lists: public to read, kept by service coordinators. */
export const codeListRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/catalog/code-lists',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'The code lists of the catalogue: life-course groups, service classes, granting conditions, producer types, channels, accessibility',
        response: { 200: codeListsResponse },
      },
    },
    async () => allCodeLists(app.db),
  );

  app.put(
    '/api/catalog/code-lists/:list/:code',
    {
      config: { access: ['service_coordinator', 'admin'] },
      schema: {
        tags: ['catalog editing'],
        summary: 'Rename, retire or add a service class or granting condition',
        params,
        body,
        response: { 200: codeEntry.extend({ parent: z.string().nullable() }) },
      },
    },
    async (request) => saveCode(app.db, request.user!, request.params.list, request.params.code, request.body, request.id),
  );
};
