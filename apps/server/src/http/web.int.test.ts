import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { TestClient, useTestApp } from '../test/app.ts';

const ctx = useTestApp();

describe('serving the web app', () => {
  it('serves the app for its own routes, caches hashed assets, and 404s missing assets and API paths', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'avain-web-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Avain</title><div id="root"></div>');
    fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    const app = await buildApp({ config: { ...ctx.config, webDist: dist }, database: ctx.db.database, logger: false });
    try {
      const client = new TestClient(app);
      for (const url of ['/', '/login', '/admin/audit?x=1', '/no/such/page']) {
        const page = await client.request({ url });
        expect(page.statusCode, url).toBe(200);
        expect(page.headers['content-type']).toContain('text/html');
        expect(page.headers['cache-control']).toBe('no-cache');
        expect(page.body).toContain('<div id="root">');
      }
      const asset = await client.request({ url: '/assets/app-abc123.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      for (const url of ['/assets/gone-999.js', '/api/nothing-here']) {
        const missing = await client.request({ url });
        expect(missing.statusCode, url).toBe(404);
        expect(missing.headers['content-type']).toContain('application/problem+json');
      }
    } finally {
      await app.close();
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});
