import type { ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestClient, useTestApp } from '../../test/app.ts';
import { fhirValidator } from '../../test/fhir-schema.ts';

const ctx = useTestApp();
let validate: ValidateFunction;

beforeAll(() => {
  validate = fhirValidator();
});

async function fhir(url: string) {
  const response = await new TestClient(ctx.app).request({ url });
  expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
  expect(response.headers['content-type']).toContain('application/fhir+json');
  const body = response.json();
  for (const resource of [body, ...(body.entry ?? []).map((e: { resource: unknown }) => e.resource)]) {
    const valid = validate(resource);
    expect(valid, JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  }
  return body;
}

describe('FHIR R4 catalogue resources', () => {
  it('uses a validator that does reject invalid resources', () => {
    expect(validate({ resourceType: 'HealthcareService', active: 'yes' })).toBe(false);
    expect(validate({ resourceType: 'Location', position: { latitude: 'north' } })).toBe(false);
    expect(validate({ resourceType: 'Organization', name: 'Oulu' })).toBe(true);
  });

  it('searches HealthcareService by name and category, each entry valid FHIR', async () => {
    const byName = await fhir('/fhir/R4/HealthcareService?name=lastenneuvola');
    expect(byName).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
    expect(byName.total).toBeGreaterThanOrEqual(6);
    expect(byName.entry[0].resource.resourceType).toBe('HealthcareService');
    const byCategory = await fhir('/fhir/R4/HealthcareService?service-category=oral_health&_count=100');
    expect(byCategory.entry.every((e: { resource: { type: { coding: { code: string }[] }[] } }) => e.resource.type[0]!.coding[0]!.code === 'oral_health')).toBe(true);
  });

  it('searches by organization, location and near, and reads each resource', async () => {
    const service = (await fhir('/fhir/R4/HealthcareService?name=lastenneuvola&_count=1')).entry[0].resource;
    const organization = await fhir(`/fhir/R4/${service.providedBy.reference}`);
    expect(organization.identifier[0].value).toMatch(/^\d{7}-\d$/);
    const location = await fhir(`/fhir/R4/${service.location[0].reference}`);
    expect(location.position.latitude).toBeGreaterThan(64);
    const atLocation = await fhir(`/fhir/R4/HealthcareService?location=${service.location[0].reference}&_count=200`);
    expect(atLocation.entry.map((e: { resource: { id: string } }) => e.resource.id)).toContain(service.id);
    const ofOrganization = await fhir(`/fhir/R4/HealthcareService?organization=${service.providedBy.reference}&_count=5`);
    expect(ofOrganization.total).toBeGreaterThan(0);
    const near = await fhir(`/fhir/R4/Location?near=${location.position.latitude}|${location.position.longitude}|1|km`);
    expect(near.entry.map((e: { resource: { id: string } }) => e.resource.id)).toContain(location.id);
    const far = await fhir(`/fhir/R4/HealthcareService?near=60.17|24.94|10|km`);
    expect(far.total).toBe(0);
    await fhir(`/fhir/R4/HealthcareService/${service.id}`);
    const orgs = await fhir('/fhir/R4/Organization?name=oy');
    expect(orgs.total).toBeGreaterThan(0);
  });

  it('refuses a malformed search parameter and answers 404 for an unknown id', async () => {
    const client = new TestClient(ctx.app);
    const bad = await client.request({ url: '/fhir/R4/Location?near=north-pole' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('query.near');
    const missing = await client.request({ url: '/fhir/R4/Organization/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
  });
});
