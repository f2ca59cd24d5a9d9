/**
 * DEMO DATA — the Oulu demo service catalogue. The welfare region and the city are real; every
 * private company and association is fictional (see catalog-oulu-base.ts).
 */
import { LOCAL_SERVICES } from './catalog-oulu-local.ts';
import { CENTRE_DETAILS_DATA, LOCATIONS, ORGANIZATIONS } from './catalog-oulu-places.ts';
import { NGO_SERVICES } from './catalog-oulu-ngo.ts';
import { PRODUCER_SERVICES } from './catalog-oulu-producers.ts';
import { REGION_SERVICES_A } from './catalog-oulu-region.ts';

export const CATALOG_ORGANIZATIONS = ORGANIZATIONS;
export const CATALOG_LOCATIONS = LOCATIONS;
export const CENTRE_DETAILS = CENTRE_DETAILS_DATA;
export const CATALOG_SERVICES = [...LOCAL_SERVICES, ...REGION_SERVICES_A, ...PRODUCER_SERVICES, ...NGO_SERVICES];
