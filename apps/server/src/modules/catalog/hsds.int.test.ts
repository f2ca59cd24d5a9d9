import { describe, expect, it } from 'vitest';
import { TestClient, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();
const get = async (url: string) => {
  const response = await new TestClient(ctx.app).request({ url });
  expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBe(200);
  return response.json();
};

describe('Open Referral HSDS 3.0 export', () => {
  it('answers the API root with version and profile', async () => {
    expect(await get('/api/hsds/')).toMatchObject({ version: '3.0', profile: expect.any(String) });
  });

  it('pages through every published service with the HSDS page envelope', async () => {
    const first = await get('/api/hsds/services?per_page=100');
    expect(first).toMatchObject({ page_number: 1, first_page: true, last_page: false, empty: false, size: 100 });
    expect(first.total_items).toBeGreaterThanOrEqual(320);
    const ids = new Set<string>();
    for (let page = 1; page <= first.total_pages; page++) {
      const p = await get(`/api/hsds/services?per_page=100&page=${page}`);
      for (const s of p.contents) ids.add(s.id);
      expect(p.last_page).toBe(page === first.total_pages);
    }
    expect(ids.size).toBe(first.total_items);
  });

  it('nests organisation, cost options, languages and service-at-locations in a service', async () => {
    const [hit] = (await get('/api/catalog/search?q=lastenneuvola&limit=1')).items;
    const service = await get(`/api/hsds/services/${hit.service.id}`);
    expect(service).toMatchObject({ id: hit.service.id, name: hit.service.name.fi, status: 'active' });
    expect(service.organization.organization_identifiers[0]).toMatchObject({ identifier_type: 'FI Y-tunnus', identifier: expect.stringMatching(/^\d{7}-\d$/) });
    expect(service.cost_options[0]).toMatchObject({ amount: 0, currency: 'EUR' });
    expect(service.languages.map((l: { code: string }) => l.code)).toContain('fi');
    const sal = service.service_at_locations.find((s: { location_id: string }) => s.location_id === hit.location.id);
    expect(sal.location).toMatchObject({ location_type: 'physical', latitude: hit.location.coordinates.lat });
    expect(sal.location.addresses[0]).toMatchObject({ country: 'FI', postal_code: hit.location.address.postalCode });
    expect(sal.location.schedules[0]).toMatchObject({ freq: 'WEEKLY', byday: expect.stringMatching(/^(MO|TU|WE|TH|FR|SA|SU)$/) });
  });

  it("states a purchased service's price to the purchaser as a cost option", async () => {
    const privateHit = (await get('/api/catalog/search?producerType=private&limit=50')).items[0];
    const service = await get(`/api/hsds/services/${privateHit.service.id}`);
    expect(service.cost_options.some((c: { option: string; amount: number }) => c.option.startsWith('Price to the purchaser') && c.amount > 0)).toBe(true);
  });

  it('lists organisations, locations and every service at location', async () => {
    const orgs = await get('/api/hsds/organizations?per_page=500');
    expect(orgs.total_items).toBe(orgs.contents.length);
    expect(new Set(orgs.contents.map((o: { legal_status: string }) => o.legal_status))).toEqual(new Set(['public', 'private', 'third_sector', 'parish']));
    const org = await get(`/api/hsds/organizations/${orgs.contents[0].id}`);
    expect(Array.isArray(org.services)).toBe(true);
    const locations = await get('/api/hsds/locations?per_page=500');
    expect(locations.contents.every((l: { latitude: number }) => l.latitude > 64 && l.latitude < 66)).toBe(true);
    const sals = await get('/api/hsds/service_at_locations?per_page=500');
    const searchTotal = (await get('/api/catalog/search?limit=1')).total;
    expect(sals.total_items).toBe(searchTotal);
  });

  it('answers 404 problem+json for an unknown service', async () => {
    const response = await new TestClient(ctx.app).request({ url: '/api/hsds/services/00000000-0000-4000-8000-000000000000' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
