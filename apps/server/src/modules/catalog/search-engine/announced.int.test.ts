import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { backend } from '../../../test/database.ts';
import { TestClient, useTestApp } from '../../../test/app.ts';
import type { SearchHit } from '../schema.ts';
import { engineFor } from './engine.ts';

const ctx = useTestApp();

async function serviceIds(query: string): Promise<string[]> {
  const response = await new TestClient(ctx.app).request({ url: `/api/catalog/search?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: SearchHit[] }).items.map((h) => h.service.id);
}

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A change as another server process makes it: straight to the search rows, not through this process's refresh. */
const removeElsewhere = (serviceId: string) => ctx.db.database.query(sql`delete from service_search where service_id = ${serviceId}`);

describe('search index versions announced on commit', () => {
  it('answers without reading the version until a change is announced, then shows the change', async () => {
    const engine = engineFor(ctx.app.db);
    engine.readEveryMs = 60_000;
    await until(() => engine.followingAnnouncements, 'the engine follows the announcements');
    // The seed changed the rows in this process a moment ago: its searches read the version for a second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const [first] = await serviceIds('q=neuvola&limit=5');
    const reads = engine.versionReads;
    for (let i = 0; i < 10; i++) await serviceIds('q=neuvola&limit=5');
    expect(engine.versionReads).toBe(reads);

    await removeElsewhere(first!);
    await until(async () => !(await serviceIds('q=neuvola&limit=100')).includes(first!), 'the removed service is gone from the results');
    expect(engine.versionReads).toBeGreaterThan(reads);
  });

  it.skipIf(backend() === 'pglite')('reads the version for every search while its listening connection is lost, and follows again once it is back', async () => {
    const engine = engineFor(ctx.app.db);
    engine.readEveryMs = 60_000;
    await until(() => engine.followingAnnouncements, 'the engine follows the announcements');
    await ctx.db.database.query(sql`select pg_terminate_backend(pid) from pg_stat_activity where query = 'listen avain_search_index' and datname = current_database()`);
    await until(() => !engine.followingAnnouncements, 'the engine notices the lost connection');
    const [first] = await serviceIds('q=neuvola&limit=5');
    const reads = engine.versionReads;
    await removeElsewhere(first!);
    // No announcement can arrive now: the very next search must read the version and see the change.
    expect(await serviceIds('q=neuvola&limit=100')).not.toContain(first);
    expect(engine.versionReads).toBe(reads + 1);
    await until(() => engine.followingAnnouncements, 'the engine follows again after reconnecting');
  });
});
