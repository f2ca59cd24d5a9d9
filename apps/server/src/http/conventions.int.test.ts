import { describe, expect, it } from 'vitest';
import { TestClient, useTestApp } from '../test/app.ts';

const ctx = useTestApp();

describe('API conventions', () => {
  it('answers unknown API routes with 404 problem+json', async () => {
    const response = await new TestClient(ctx.app).request({ url: '/api/no-such-thing?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toEqual({
      type: 'https://avain.fi/problems/not_found',
      title: 'Not found',
      status: 404,
      detail: 'No resource at GET /api/no-such-thing.',
      instance: '/api/no-such-thing',
    });
  });

  it('names the query parameter and the reason on bad input', async () => {
    const client = new TestClient(ctx.app);
    await client.login('yllapitaja');
    const response = await client.request({ url: '/api/audit/events?limit=0' });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].field).toBe('query.limit');
    expect(body.errors[0].message).toMatch(/>=\s*1|too small/i);
    expect(body.detail).toContain('query.limit');
  });

  it('refuses a malformed JSON body with problem+json', async () => {
    const client = new TestClient(ctx.app);
    await client.session();
    const response = await client.request({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('reports liveness and readiness', async () => {
    const client = new TestClient(ctx.app);
    expect((await client.request({ url: '/health' })).json()).toEqual({ status: 'ok' });
    const ready = await client.request({ url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });

  it('sends security headers and a request id', async () => {
    const response = await new TestClient(ctx.app).request({ url: '/api/areas', headers: { 'x-request-id': 'trace-12345678' } });
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toBe('trace-12345678');
    expect(response.headers['strict-transport-security']).toBeUndefined(); // only in production
    // Refusals and unknown paths carry them too.
    for (const url of ['/api/no-such-thing', '/api/me/appointments']) {
      const refused = await new TestClient(ctx.app).request({ url });
      expect(refused.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(refused.headers['content-security-policy'], url).toContain("default-src 'self'");
      expect(refused.headers['x-frame-options'], url).toBe('SAMEORIGIN');
    }
  });

  it('serves the OpenAPI 3.1 document generated from the schemas, and the docs UI', async () => {
    const client = new TestClient(ctx.app);
    const doc = (await client.request({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/session', '/api/auth/login', '/api/areas', '/api/audit/events']));
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
    expect(doc.paths['/api/audit/events'].get.description).toBe('Access: admin.');
    const ui = await client.request({ url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});

describe('areas', () => {
  it('lists the four welfare areas with the six welfare centres and points', async () => {
    const areas = (await new TestClient(ctx.app).request({ url: '/api/areas' })).json() as {
      code: string;
      places: { type: string; name: { fi: string }; coordinates: { lat: number; lon: number } }[];
    }[];
    expect(areas.map((a) => a.code)).toEqual(['south', 'east', 'north', 'central']);
    const centres = areas.flatMap((a) => a.places.filter((p) => p.type === 'welfare_centre').map((p) => p.name.fi));
    for (const name of ['Kaakkuri', 'Kiiming', 'Myllyoja', 'Tuira', 'Haukipu', 'Kontinkan']) {
      expect(centres.some((c) => c.startsWith(name)), name).toBe(true);
    }
    expect(centres).toHaveLength(6);
    for (const place of areas.flatMap((a) => a.places)) {
      expect(place.coordinates.lat).toBeGreaterThan(64.8);
      expect(place.coordinates.lat).toBeLessThan(65.5);
    }
  });
});
