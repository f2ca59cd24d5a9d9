import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const mapSettingsResponse = z.object({
  /** Leaflet URL template ({s}, {z}, {x}, {y}). */
  tileUrl: z.string(),
  /** HTML: the tile provider's licence requires a link, so it is not plain text. */
  attribution: z.string(),
});

/**
 * Where the public maps get their tiles. The operator chooses the tile server (a public one or
 * its own), so the web app asks instead of hard-coding it.
 */
export const mapRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/catalog/map-settings',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'Tile server and attribution of the catalogue maps',
        response: { 200: mapSettingsResponse },
      },
    },
    async () => ({ tileUrl: app.config.mapTileUrl, attribution: app.config.mapAttribution }),
  );
};
