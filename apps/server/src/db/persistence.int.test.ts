import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { seedIfEmpty } from '../seed/index.ts';
import { TestClient } from '../test/app.ts';
import { backend, createTestDatabase } from '../test/database.ts';
import { openDatabase, type Database } from './client.ts';

/** Starts the app the way main.ts does: migrate, seed only if empty, build. */
async function start(open: () => Promise<Database>) {
  const database = await open();
  await database.migrate();
  const seeded = await seedIfEmpty(database.db);
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', WEB_DIST: '/nonexistent' }), database, logger: false });
  return { app, database, seeded };
}

describe('persistence across restarts', () => {
  it('keeps sessions, audit events and demo data after the server restarts', async () => {
    let open: () => Promise<Database>;
    let cleanup: () => Promise<void>;
    if (backend() === 'pglite') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'avain-data-'));
      open = () => openDatabase({ dataDir: dir });
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    } else {
      const test = await createTestDatabase();
      open = () => openDatabase({ databaseUrl: test.url });
      cleanup = () => test.drop();
    }
    try {
      const first = await start(open);
      expect(first.seeded).toBe(true);
      const client = new TestClient(first.app);
      expect((await client.login('asukas')).statusCode).toBe(200);
      await first.app.close();
      await first.database.close();

      const second = await start(open);
      expect(second.seeded).toBe(false); // demo data is loaded on the first start only
      const session = await new TestClient(second.app).request({ url: '/api/session', headers: { cookie: `avain_session=${client.cookie('avain_session')}` } });
      expect(session.json().user.username).toBe('asukas');
      const areas = (await new TestClient(second.app).request({ url: '/api/areas' })).json();
      expect(areas).toHaveLength(4);
      await second.app.close();
      await second.database.close();
    } finally {
      await cleanup();
    }
  }, 180_000); // seeds a real data directory and starts twice: slow on a busy machine
});
