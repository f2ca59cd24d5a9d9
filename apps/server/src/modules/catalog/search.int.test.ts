import { once } from 'node:events';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { TestClient, useTestApp } from '../../test/app.ts';
import { searchResponse, type SearchHit } from './schema.ts';

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
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  // The engine writes the JSON itself: it must be the documented response, nothing more or less.
  const page = response.json() as Page;
  expect(searchResponse.parse(page)).toEqual(page);
  return page;
}

const KAAKKURI = { lat: 64.9686, lon: 25.544 };

describe('catalogue search: text', () => {
  it('"neuvola" finds the child health clinics, compound names included', async () => {
    const page = await search('q=neuvola&limit=50');
    expect(page.total).toBeGreaterThanOrEqual(6);
    const classes = new Set(page.items.map((h) => h.service.serviceClass));
    expect(classes.has('child_clinic')).toBe(true);
    expect(page.items.some((h) => h.service.name.fi.toLowerCase().includes('lastenneuvola'))).toBe(true);
  });

  it('"neuvla" (a typo) still finds the clinics', async () => {
    const typo = await search('q=neuvla&limit=50');
    expect(typo.items.some((h) => h.service.serviceClass === 'child_clinic')).toBe(true);
  });

  it('a Swedish query finds the services by their Swedish names', async () => {
    const page = await search('q=r%C3%A5dgivning&lang=sv&limit=50');
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.some((h) => (h.service.name.sv ?? '').toLowerCase().includes('rådgivning'))).toBe(true);
  });

  it('finds nothing for nonsense, with zero facet counts', async () => {
    const page = await search('q=xqzvwpt');
    expect(page).toMatchObject({ items: [], total: 0, nextCursor: null });
  });
});

describe('catalogue search: order and paging', () => {
  it('sorts by distance from a position, nearest first', async () => {
    const page = await search(`q=neuvola&sort=distance&lat=${KAAKKURI.lat}&lon=${KAAKKURI.lon}&limit=20`);
    const distances = page.items.map((h) => h.distanceKm!);
    expect(distances.every((d) => typeof d === 'number')).toBe(true);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(page.items[0]!.location.address.street).toBe('Pesätie 11');
  });

  it('asks for a position when sorting by distance without one', async () => {
    const response = await new TestClient(ctx.app).request({ url: '/api/catalog/search?q=neuvola&sort=distance' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('query.lat');
  });

  it('pages through every result with the cursor, without repeats', async () => {
    const all = await search('serviceClass=reception,oral_health&limit=100');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await search(`serviceClass=reception,oral_health&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((h) => h.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(all.total);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses a forged cursor, naming it', async () => {
    const response = await new TestClient(ctx.app).request({ url: '/api/catalog/search?cursor=not-a-cursor' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'query.cursor', message: 'is not a valid cursor' }]);
  });
});

describe('catalogue search: filters and facets', () => {
  it('filters by life-course group, service class, producer type, channel, area, language, fee and accessibility', async () => {
    const checks: [string, (h: SearchHit) => boolean][] = [
      ['lifeCourseGroup=older_and_disabled', (h) => h.service.lifeCourseGroup === 'older_and_disabled'],
      ['serviceClass=oral_health', (h) => h.service.serviceClass === 'oral_health'],
      ['producerType=third_sector', (h) => h.organization.type === 'third_sector'],
      ['producerType=private', (h) => h.organization.type === 'private'],
      ['channel=chat', (h) => h.channels.some((c) => c.type === 'chat')],
      ['channel=walk_in', (h) => h.channels.some((c) => c.type === 'walk_in')],
      ['free=true', (h) => h.service.free],
    ];
    for (const [filter, holds] of checks) {
      const page = await search(`${filter}&limit=100`);
      expect(page.total, filter).toBeGreaterThan(0);
      expect(page.items.every(holds), filter).toBe(true);
    }
    const north = await search('area=north&limit=100');
    expect(north.total).toBeGreaterThan(0);
    expect(Object.keys(north.facets.area!)).toEqual(['north']);
    const swedish = await search('language=sv&limit=5');
    expect(Object.keys(swedish.facets.language!)).toContain('sv');
    expect(swedish.total).toBe(swedish.facets.language!.sv);
    const lift = await search('accessibility=lift,step_free_entrance&limit=5');
    expect(lift.total).toBeGreaterThan(0);
    expect(lift.total).toBeLessThanOrEqual((await search('accessibility=lift&limit=1')).total);
  });

  it('counts facets over the filtered results', async () => {
    const everything = await search('limit=1');
    const sum = (f: Record<string, number>) => Object.values(f).reduce((a, b) => a + b, 0);
    expect(sum(everything.facets.producerType!)).toBe(everything.total);
    expect(sum(everything.facets.lifeCourseGroup!)).toBe(everything.total);
    const clinics = await search('serviceClass=child_clinic&limit=1');
    expect(clinics.facets.serviceClass).toEqual({ child_clinic: clinics.total });
    expect(clinics.total).toBeLessThan(everything.total);
  });

  it('knows what is open now and where walk-in is possible now, and nothing on a public holiday', async () => {
    const mondayMorning = encodeURIComponent('2026-11-23T10:00:00+02:00');
    const open = await search(`openNow=true&at=${mondayMorning}&limit=100`);
    expect(open.total).toBeGreaterThan(0);
    expect(open.items.every((h) => h.openNow)).toBe(true);
    const night = await search(`openNow=true&at=${encodeURIComponent('2026-11-23T03:00:00+02:00')}&limit=5`);
    expect(night.total).toBeLessThan(open.total);
    const walkIn = await search(`walkInNow=true&at=${mondayMorning}&limit=100`);
    expect(walkIn.items.every((h) => h.walkInNow && h.channels.some((c) => c.type === 'walk_in'))).toBe(true);
    const independenceDay = await search(`openNow=true&at=${encodeURIComponent('2027-12-06T10:00:00+02:00')}&limit=5`);
    expect(independenceDay.total).toBe(0);
  });

  it('names an unknown filter value', async () => {
    const response = await new TestClient(ctx.app).request({ url: '/api/catalog/search?channel=pigeon' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('query.channel.0');
  });
});

describe('service and location pages', () => {
  it('shows a service with its criteria, fee, producer and places, and the place with what else it offers', async () => {
    const [hit] = (await search('q=lastenneuvola&limit=1')).items;
    const client = new TestClient(ctx.app);
    const service = (await client.request({ url: `/api/catalog/services/${hit!.service.id}` })).json();
    expect(service.name.fi).toBe(hit!.service.name.fi);
    expect(service.fee.type).toBe('free');
    expect(service.grantingCriteria.text.fi.length).toBeGreaterThan(0);
    expect(service.places.map((p: { location: { id: string } }) => p.location.id)).toContain(hit!.location.id);
    expect(['open', 'closed']).toContain(service.places[0].today.kind);

    const location = (await client.request({ url: `/api/catalog/locations/${hit!.location.id}` })).json();
    expect(location.services.map((s: { id: string }) => s.id)).toContain(hit!.service.id);
    expect(location.services.length).toBeGreaterThan(3);
    expect(location.weeklyHours.length).toBeGreaterThan(0);
  });

  it('shows the price composition of a purchased service', async () => {
    const page = await search('producerType=private&limit=100');
    const client = new TestClient(ctx.app);
    const details = await Promise.all(
      page.items.slice(0, 20).map(async (h) => (await client.request({ url: `/api/catalog/services/${h.service.id}` })).json()),
    );
    const priced = details.find((d) => d.purchasePrice && d.purchasePrice.lines.length > 1);
    expect(priced).toBeDefined();
    const sum = priced.purchasePrice.lines.reduce((a: number, l: { amountCents: number }) => a + l.amountCents, 0);
    expect(sum).toBe(priced.purchasePrice.amountCents);
  });

  it('answers 404 for an unknown id and 400 naming a malformed one', async () => {
    const client = new TestClient(ctx.app);
    const unknown = await client.request({ url: '/api/catalog/services/00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(404);
    const malformed = await client.request({ url: '/api/catalog/locations/not-an-id' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].field).toBe('params.id');
  });
});

describe('code lists', () => {
  it('lists every service class with its life-course group and names in three languages', async () => {
    const lists = (await new TestClient(ctx.app).request({ url: '/api/catalog/code-lists' })).json();
    expect(lists.lifeCourseGroups).toHaveLength(6);
    const clinic = lists.serviceClasses.find((c: { code: string }) => c.code === 'child_clinic');
    expect(clinic).toEqual({ code: 'child_clinic', lifeCourseGroup: 'families_with_children', name: { fi: 'Lastenneuvola', sv: 'Barnrådgivning', en: 'Child health clinic' }, active: true, shipped: true });
    expect(lists.channels).toContain('walk_in');
  });
});

describe('catalogue search over HTTP', () => {
  /** Sends the requests one after another on one connection and reads nothing until all are sent. */
  async function pipelined(port: number, paths: string[]): Promise<string[]> {
    const socket = net.connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.pause();
    socket.write(paths.map((path, k) => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: ${k === paths.length - 1 ? 'close' : 'keep-alive'}\r\n\r\n`).join(''));
    // Meanwhile the answers wait, some in the server's memory, behind the unread ones.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.resume();
    await once(socket, 'end');
    let rest = Buffer.concat(chunks);
    return paths.map(() => {
      const headerEnd = rest.indexOf('\r\n\r\n');
      const head = rest.subarray(0, headerEnd).toString('latin1');
      expect(head).toMatch(/^HTTP\/1\.1 200/);
      const length = Number(/content-length: (\d+)/i.exec(head)![1]);
      const body = rest.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      rest = rest.subarray(headerEnd + 4 + length);
      return body;
    });
  }

  it('answers searches piled up on a connection each with its own page, whole', async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (ctx.app.server.address() as net.AddressInfo).port;
    const queries = ['limit=100', 'q=neuvola&limit=100', 'lang=sv&q=r%C3%A5dgivning&limit=100', 'producerType=private&limit=100', 'sort=distance&lat=65.01&lon=25.47&limit=100', 'free=true&limit=100'];
    const paths = queries.map((query) => `/api/catalog/search?${query}`);
    const alone: string[] = [];
    for (const path of paths) alone.push(await (await fetch(`http://127.0.0.1:${port}${path}`)).text());
    expect(Math.max(...alone.map((body) => body.length))).toBeGreaterThan(100_000);
    const piled = [...paths, ...paths, ...paths];
    const bodies = await pipelined(port, piled);
    bodies.forEach((body, k) => expect(body, piled[k]).toBe(alone[k % paths.length]));
  });
});
