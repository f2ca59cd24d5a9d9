import type { SeedService } from './catalog-types.ts';
export const NGO_SERVICES: SeedService[] = [];
