import type { FastifyInstance } from 'fastify';

/**
 * For routes that plugins register for us (static files, API docs): declares them public within
 * the calling plugin's scope only, so our own routes still have to declare access themselves.
 */
export function markRoutesPublic(scope: FastifyInstance) {
  scope.addHook('onRoute', (route) => {
    route.config = { ...(route.config ?? {}), access: route.config?.access ?? 'public' };
  });
}

export interface RegisteredRoute {
  method: string;
  url: string;
  access: unknown;
  /** The route serves client data and must pass the client-data gate. */
  clientData: boolean;
}
