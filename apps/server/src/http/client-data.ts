import type { FastifyInstance } from 'fastify';

/**
 * A safety net under the policy: a route that declares client data and answers with success
 * without having asked the gate is a bug, and the answer is withheld.
 */
export function guardClientDataRoutes(app: FastifyInstance) {
  app.decorateRequest('clientAccessChecks', 0);
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.config.clientData && reply.statusCode < 400 && request.clientAccessChecks === 0) {
      request.log.error({ route: request.routeOptions.url }, 'client data route answered without an access decision');
      reply.code(500).type('application/problem+json');
      return JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'The answer was withheld: no access decision was made.' });
    }
    return payload;
  });
}
