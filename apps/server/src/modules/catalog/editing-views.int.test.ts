import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_ORGANIZATIONS } from '../../seed/catalog-oulu.ts';
import { loggedIn, TestClient, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();
const ownKey = CATALOG_ORGANIZATIONS.find((o) => o.type === 'private')!.key;
let own: string[] = [];
let other: string;
let totalServices: number;

beforeAll(async () => {
  const rows = await ctx.db.database.query<{ id: string; code: string }>(
    sql`select s.id, o.code from services s join organizations o on o.id = s.organization_id order by s.code`,
  );
  own = rows.filter((r) => r.code === ownKey).map((r) => r.id);
  other = rows.find((r) => r.code !== ownKey)!.id;
  totalServices = rows.length;
});

const as = (username: string) => loggedIn(ctx, username);

interface Item {
  id: string;
  status: string;
  organization: { id: string };
  pendingReview: { id: string } | null;
}

describe('the editors’ list of services', () => {
  it("shows a producer only their own organisation's services, with a flag on the one waiting for review", async () => {
    const producer = await as('tuottaja');
    const proposed = await producer.request({ method: 'PATCH', url: `/api/catalog/services/${own[0]}`, payload: { keywords: ['uusi'] } });
    expect(proposed.json().outcome).toBe('in_review');

    const response = await producer.request({ url: '/api/catalog/my-services' });
    expect(response.statusCode).toBe(200);
    const { items, total } = response.json() as { items: Item[]; total: number };
    expect(total).toBe(own.length);
    expect(items.map((i) => i.id).sort()).toEqual([...own].sort());
    expect(items.find((i) => i.id === own[0])!.pendingReview).toEqual({ id: proposed.json().reviewId, submittedAt: expect.any(String) });
    expect(items.filter((i) => i.pendingReview).length).toBe(1);
  });

  it('shows coordinators every service, filtered by a name and paged', async () => {
    const coordinator = await as('palveluohjaaja');
    const first = (await coordinator.request({ url: '/api/catalog/my-services?limit=5' })).json() as { items: Item[]; total: number };
    expect(first.total).toBe(totalServices);
    expect(first.items).toHaveLength(5);
    const second = (await coordinator.request({ url: '/api/catalog/my-services?limit=5&offset=5' })).json() as { items: Item[] };
    expect(second.items.map((i) => i.id).filter((id) => first.items.some((i) => i.id === id))).toEqual([]);

    const filtered = (await coordinator.request({ url: `/api/catalog/my-services?q=${encodeURIComponent('neuvola')}` })).json() as {
      items: { name: { fi: string } }[];
      total: number;
    };
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.total).toBeLessThan(totalServices);
    for (const item of filtered.items) expect(item.name.fi.toLowerCase()).toContain('neuvola');
    // The user's % is a character to find, not a wildcard.
    expect((await coordinator.request({ url: '/api/catalog/my-services?q=%25' })).json().total).toBe(0);
  });

  it('names bad paging parameters', async () => {
    const coordinator = await as('palveluohjaaja');
    const response = await coordinator.request({ url: '/api/catalog/my-services?limit=1000' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('query.limit');
  });

  it('is for editors only', async () => {
    expect((await (await as('asukas')).request({ url: '/api/catalog/my-services' })).statusCode).toBe(403);
    const anonymous = new TestClient(ctx.app);
    expect((await anonymous.request({ url: '/api/catalog/my-services' })).statusCode).toBe(401);
  });
});

describe('the editable service', () => {
  it('gives a producer their service with the waiting change and tells that changes go to review', async () => {
    const producer = await as('tuottaja');
    const response = await producer.request({ url: `/api/catalog/services/${own[0]}/editable` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      id: own[0],
      status: 'published',
      changesNeedReview: true,
      allowedStatuses: [],
      pendingReview: { proposed: { keywords: ['uusi'] } },
      name: { fi: expect.any(String) },
      fee: { type: expect.any(String) },
    });
    expect(body.locations.length).toBeGreaterThan(0);
  });

  it('gives coordinators any service, unpublished too, with every status move open', async () => {
    const coordinator = await as('palveluohjaaja');
    expect((await coordinator.request({ method: 'POST', url: `/api/catalog/services/${other}/status`, payload: { status: 'draft' } })).statusCode).toBe(200);
    const body = (await coordinator.request({ url: `/api/catalog/services/${other}/editable` })).json();
    expect(body).toMatchObject({ status: 'draft', changesNeedReview: false, allowedStatuses: ['in_review', 'published', 'archived'], pendingReview: null });
    // The public page knows only published services.
    expect((await new TestClient(ctx.app).request({ url: `/api/catalog/services/${other}` })).statusCode).toBe(404);
  });

  it("refuses a producer another organisation's service, and answers 404 for an unknown one", async () => {
    const producer = await as('tuottaja');
    expect((await producer.request({ url: `/api/catalog/services/${other}/editable` })).statusCode).toBe(403);
    const missing = await producer.request({ url: '/api/catalog/services/00000000-0000-4000-8000-000000000000/editable' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect((await producer.request({ url: '/api/catalog/services/not-a-uuid/editable' })).json().errors[0].field).toBe('params.id');
  });
});

describe('the review queue', () => {
  it('shows each proposal beside the present values of the same fields', async () => {
    const coordinator = await as('palveluohjaaja');
    const queue = (await coordinator.request({ url: '/api/catalog/reviews' })).json() as {
      serviceId: string;
      proposed: object;
      current: { keywords: string[] };
      organizationName: string;
      baseVersion: number;
      currentVersion: number;
    }[];
    const review = queue.find((r) => r.serviceId === own[0])!;
    expect(review.proposed).toEqual({ keywords: ['uusi'] });
    expect(Object.keys(review.current)).toEqual(['keywords']);
    expect(review.current.keywords).not.toEqual(['uusi']);
    expect(review.organizationName).toBeTruthy();
    expect(review.currentVersion).toBe(review.baseVersion);
  });
});
