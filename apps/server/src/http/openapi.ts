import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { markRoutesPublic } from './access.ts';

/** The OpenAPI 3.1 document, generated from the routes' Zod schemas. */
export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Avain API',
        version: '0.1.0',
        description:
          'Integrated social, health and welfare services. Errors are RFC 9457 application/problem+json. ' +
          'State-changing requests need the x-csrf-token header (token from GET /api/session).',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'avain_session' } },
      },
    },
    transform: (input) => {
      const access = (input.route.config as { access?: unknown } | undefined)?.access;
      const result = jsonSchemaTransform(input);
      const who = access === undefined ? 'undeclared' : Array.isArray(access) ? access.join(', ') : String(access);
      return { ...result, schema: { ...result.schema, description: `Access: ${who}.` } };
    },
  });
  const ui: FastifyPluginAsync = async (scope) => {
    markRoutesPublic(scope);
    await scope.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
    scope.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  };
  await app.register(ui);
}
