import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { markRoutesPublic } from './access.ts';

const API_PREFIXES = ['/api/', '/fhir/', '/health', '/ready'];

export const isApiPath = (url: string) => API_PREFIXES.some((p) => url === p.replace(/\/$/, '') || url.startsWith(p));

/** Paths the web app's router answers; a missing built asset must be a 404, not the app's HTML. */
export const isAppPath = (url: string) => !isApiPath(url) && !url.startsWith('/assets/');

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
    await scope.register(fastifyStatic, {
      root: dist,
      wildcard: false,
      index: false,
      cacheControl: false,
      // Vite puts a content hash in every asset's name: a changed file is a new URL.
      setHeaders: (res, filePath) => {
        res.setHeader('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  };
  await app.register(plugin);
  return { indexHtml: fs.readFileSync(indexPath, 'utf8') };
}
