import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { markRoutesPublic } from './access.ts';

const API_PREFIXES = ['/api/', '/fhir/', '/health', '/ready'];

export const isApiPath = (url: string) => API_PREFIXES.some((p) => url === p.replace(/\/$/, '') || url.startsWith(p));

/** Serves the built web app; unknown non-API paths get index.html so the app's router answers. */
export async function registerWebApp(app: FastifyInstance): Promise<{ indexHtml: string | null }> {
  const dist = app.config.webDist;
  const indexPath = path.join(dist, 'index.html');
  if (!fs.existsSync(indexPath)) {
    app.log.warn({ dist }, 'web app not built: run `npm run build`; serving the API only');
    return { indexHtml: null };
  }
  const plugin: FastifyPluginAsync = async (scope) => {
    markRoutesPublic(scope);
    await scope.register(fastifyStatic, { root: dist, wildcard: false, index: false, maxAge: '1h', immutable: false });
  };
  await app.register(plugin);
  return { indexHtml: fs.readFileSync(indexPath, 'utf8') };
}
