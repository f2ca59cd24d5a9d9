import { describe, expect, it } from 'vitest';
import { tileCspSource } from '../../config.ts';
import { TestClient, useTestApp } from '../../test/app.ts';

describe('map settings: defaults', () => {
  const ctx = useTestApp();

  it('serves OpenStreetMap tiles and attribution without a login', async () => {
    const response = await new TestClient(ctx.app).request({ url: '/api/catalog/map-settings' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { tileUrl: string; attribution: string };
    expect(body.tileUrl).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(body.attribution).toContain('OpenStreetMap');
  });

  it('lets the browser load the tiles under the content security policy', async () => {
    const response = await new TestClient(ctx.app).request({ url: '/api/catalog/map-settings' });
    const imgSrc = /img-src ([^;]*)/.exec(String(response.headers['content-security-policy']))?.[1] ?? '';
    expect(imgSrc.split(' ')).toContain('https://tile.openstreetmap.org');
  });
});

describe('map settings: from the environment', () => {
  const ctx = useTestApp({
    MAP_TILE_URL: 'http://{s}.tiles.example.fi/oulu/{z}/{x}/{y}.png',
    MAP_ATTRIBUTION: '© Example tiles',
  });

  it('serves the configured tile server and admits its subdomains in img-src', async () => {
    const response = await new TestClient(ctx.app).request({ url: '/api/catalog/map-settings' });
    expect(response.json()).toEqual({ tileUrl: 'http://{s}.tiles.example.fi/oulu/{z}/{x}/{y}.png', attribution: '© Example tiles' });
    expect(String(response.headers['content-security-policy'])).toContain('http://*.tiles.example.fi');
  });
});

describe('tileCspSource', () => {
  it('keeps scheme and host and turns placeholders into wildcards', () => {
    expect(tileCspSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileCspSource('https://{s}.tile.example.com:8443/{z}/{x}/{y}')).toBe('https://*.tile.example.com:8443');
  });
});
