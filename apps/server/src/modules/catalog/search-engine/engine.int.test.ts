import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { TestClient, useTestApp } from '../../../test/app.ts';
import type { SearchHit } from '../schema.ts';
import { refreshSearchIndex } from '../search-index.ts';
import { engineFor } from './engine.ts';

const ctx = useTestApp();

interface Page {
  items: SearchHit[];
  total: number;
  nextCursor: string | null;
  facets: Record<string, Record<string, number>>;
}

async function search(query: string): Promise<Page> {
  const response = await new TestClient(ctx.app).request({ url: `/api/catalog/search?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Page;
}

/** Every row of a search, page after page with the cursor. */
async function walk(query: string, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Page = await search(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    seen.push(...page.items.map((h) => h.id));
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

const MONDAY_MORNING = encodeURIComponent('2026-11-23T10:00:00+02:00');
const INDEPENDENCE_DAY = encodeURIComponent('2027-12-06T10:00:00+02:00');

describe('in-memory catalogue search', () => {
  it('ranks child and maternity clinics first for "neuvola", with a typo too', async () => {
    for (const q of ['neuvola', 'neuvla']) {
      const page = await search(`q=${q}&limit=3`);
      expect(page.items.map((h) => h.service.serviceClass)).toEqual(expect.arrayContaining([expect.stringMatching(/clinic/)]));
      expect(page.items[0]!.service.name.fi.toLowerCase()).toContain('neuvola');
    }
  });

  it('counts the area facet by code and the facets add up to the total', async () => {
    const page = await search('q=neuvola&limit=1');
    const sum = (f: Record<string, number>) => Object.values(f).reduce((a, b) => a + b, 0);
    expect(sum(page.facets.area!)).toBeLessThanOrEqual(page.total);
    expect(sum(page.facets.serviceClass!)).toBe(page.total);
    const south = await search('q=neuvola&area=south&limit=1');
    expect(south.total).toBe(page.facets.area!.south ?? 0);
  });

  it('ranks a filtered search as the same words unfiltered, restricted, whether or not the words were searched before', async () => {
    const index = await engineFor(ctx.app.db).current();
    const forget = () => index.forget();
    for (const words of ['neuvola', 'perhe tuki']) {
      forget();
      const all = await search(`q=${encodeURIComponent(words)}&limit=100`);
      expect(all.total).toBeLessThanOrEqual(100);
      const filteredAfter = await search(`q=${encodeURIComponent(words)}&producerType=public&limit=100`);
      forget();
      const filteredFresh = await search(`q=${encodeURIComponent(words)}&producerType=public&limit=100`);
      const expected = all.items.filter((h) => h.organization.type === 'public').map((h) => h.id);
      expect(expected.length, words).toBeGreaterThan(1);
      expect(filteredAfter.items.map((h) => h.id), words).toEqual(expected);
      expect(filteredFresh.items.map((h) => h.id), words).toEqual(expected);
    }
  });

  it('pages relevance and distance order alike, each row once, in the order of one long page', async () => {
    for (const order of ['q=neuvola', 'q=neuvola&sort=distance&lat=65.0121&lon=25.4651', 'channel=phone&sort=distance&lat=64.97&lon=25.54']) {
      const all = await search(`${order}&limit=100`);
      const seen = await walk(order, 4);
      expect(seen.slice(0, all.items.length), order).toEqual(all.items.map((h) => h.id));
      expect(new Set(seen).size, order).toBe(all.total);
    }
  });

  it('shows a search without words in id order, page after page, also once a change has put rows out of order', async () => {
    const index = await engineFor(ctx.app.db).current();
    expect(index.rows.inIdOrder).toBe(true);
    const before = await walk('producerType=public', 37);
    expect(before.length).toBeGreaterThan(100);
    expect(before).toEqual([...before].sort());
    // The service of the first row comes back as rows at the end of the index.
    const [first] = await ctx.db.database.query<{ id: string }>(
      sql`select service_id as id from service_search where producer_type = 'public' order by service_at_location_id limit 1`,
    );
    await ctx.app.db.transaction(async (tx) => {
      await tx.execute(sql`update services set name_fi = name_fi || ' ' where id = ${first!.id}`);
      await refreshSearchIndex(tx, [first!.id]);
    });
    const after = await walk('producerType=public', 37);
    expect((await engineFor(ctx.app.db).current()).rows.inIdOrder).toBe(false);
    expect(after).toEqual(before);
    const total = (await search('limit=1')).total;
    expect(new Set(await walk('', 37)).size).toBe(total);
  });

  it('shows a change to a service in the next search, updating the index in place', async () => {
    const engine = engineFor(ctx.app.db);
    const before = await engine.current();
    const [service] = await ctx.db.database.query<{ id: string }>(sql`select service_id as id from service_search order by service_id limit 1`);
    // Searched before the change too: what the words matched then must not be remembered after it.
    expect((await search('q=zyxwvutsrq')).total).toBe(0);
    await ctx.app.db.transaction(async (tx) => {
      await tx.execute(sql`update services set name_fi = 'Zyxwvutsrq-palvelu' where id = ${service!.id}`);
      await refreshSearchIndex(tx, [service!.id]);
    });
    const page = await search('q=zyxwvutsrq');
    expect(page.items.map((h) => h.service.id)).toContain(service!.id);
    expect(page.items[0]!.service.name.fi).toBe('Zyxwvutsrq-palvelu');
    expect(await engine.current()).toBe(before);
  });

  it('decides "open now" by exceptions first, and closes on public holidays unless an exception opens', async () => {
    const open = await search(`openNow=true&at=${MONDAY_MORNING}&limit=100`);
    const hit = open.items[0]!;
    const location = hit.location.id;
    const services = await ctx.db.database.query<{ id: string }>(sql`select distinct service_id as id from service_search where location_id = ${location}`);
    await ctx.app.db.transaction(async (tx) => {
      await tx.execute(sql`insert into opening_hour_exceptions (location_id, date, opens, closes, note) values
        (${location}, '2026-11-23', null, null, 'Staff training'), (${location}, '2027-12-06', '09:00', '12:00', null)`);
      await refreshSearchIndex(tx, services.map((s) => s.id));
    });
    const closed = await search(`openNow=true&at=${MONDAY_MORNING}&limit=100`);
    expect(closed.total).toBeLessThan(open.total);
    expect(closed.items.some((h) => h.location.id === location)).toBe(false);
    const holiday = await search(`openNow=true&at=${INDEPENDENCE_DAY}&limit=100`);
    expect(holiday.total).toBeGreaterThan(0);
    expect(holiday.items.every((h) => h.location.id === location && h.openNow)).toBe(true);
    // Nearest first from the place itself: every service there is on the first page.
    const { lat, lon } = hit.location.coordinates;
    const nearby = await search(`sort=distance&lat=${lat}&lon=${lon}&at=${MONDAY_MORNING}&limit=100`);
    const [again] = nearby.items.filter((h) => h.id === hit.id);
    expect(again?.openNow).toBe(false);
  });
});
