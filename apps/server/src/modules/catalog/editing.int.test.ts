import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_ORGANIZATIONS } from '../../seed/catalog-oulu.ts';
import { loggedIn, TestClient, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();
const ownKey = CATALOG_ORGANIZATIONS.find((o) => o.type === 'private')!.key;
let own: string[] = [];
let other: string;

beforeAll(async () => {
  const rows = await ctx.db.database.query<{ id: string; code: string }>(
    sql`select s.id, o.code from services s join organizations o on o.id = s.organization_id where s.status = 'published' order by s.code`,
  );
  own = rows.filter((r) => r.code === ownKey).map((r) => r.id);
  other = rows.find((r) => r.code !== ownKey)!.id;
});

const as = (username: string) => loggedIn(ctx, username);
const rename = (fi: string) => ({ name: { fi, sv: `${fi} (sv)`, en: `${fi} (en)` } });
const publicName = async (id: string) =>
  (await new TestClient(ctx.app).request({ url: `/api/catalog/services/${id}` })).json().name.fi as string;

describe('producers keep their services up to date, coordinators review', () => {
  it('sends a producer change to review; the public sees it only after approval, with history', async () => {
    expect(own.length).toBeGreaterThan(1);
    const producer = await as('tuottaja');
    const before = await publicName(own[0]!);
    const proposed = await producer.request({ method: 'PATCH', url: `/api/catalog/services/${own[0]}`, payload: rename('Kotihoito Plus – uusi nimi') });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json()).toMatchObject({ outcome: 'in_review', reviewId: expect.any(String) });
    expect(await publicName(own[0]!)).toBe(before);

    const again = await producer.request({ method: 'PATCH', url: `/api/catalog/services/${own[0]}`, payload: rename('Toinen') });
    expect(again.statusCode).toBe(409);

    const coordinator = await as('palveluohjaaja');
    const queue = (await coordinator.request({ url: '/api/catalog/reviews' })).json();
    const review = queue.find((r: { id: string }) => r.id === proposed.json().reviewId);
    expect(review).toMatchObject({ serviceId: own[0], status: 'pending', proposed: rename('Kotihoito Plus – uusi nimi') });
    const approved = await coordinator.request({ method: 'POST', url: `/api/catalog/reviews/${review.id}/approve` });
    expect(approved.statusCode).toBe(200);
    expect(await publicName(own[0]!)).toBe('Kotihoito Plus – uusi nimi');
    const found = (await new TestClient(ctx.app).request({ url: '/api/catalog/search?q=kotihoito%20plus&limit=5' })).json();
    expect(found.items.some((h: { service: { id: string } }) => h.service.id === own[0])).toBe(true);

    const twice = await coordinator.request({ method: 'POST', url: `/api/catalog/reviews/${review.id}/approve` });
    expect(twice.statusCode).toBe(409);

    const history = (await producer.request({ url: `/api/catalog/services/${own[0]}/history` })).json();
    expect(history.map((h: { action: string; changedByName: string }) => `${h.action}:${h.changedByName}`)).toEqual([
      'approved:Paula Palveluohjaaja',
      'proposed:Tuula Tuottaja',
    ]);
  });

  it('lets a coordinator return a change with a comment, which leaves the service as it was', async () => {
    const producer = await as('tuottaja');
    const before = await publicName(own[1]!);
    const proposed = (await producer.request({ method: 'PATCH', url: `/api/catalog/services/${own[1]}`, payload: rename('Huono nimi') })).json();
    const coordinator = await as('palveluohjaaja');
    const noComment = await coordinator.request({ method: 'POST', url: `/api/catalog/reviews/${proposed.reviewId}/return`, payload: {} });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().errors[0].field).toBe('body.comment');
    const returned = await coordinator.request({
      method: 'POST',
      url: `/api/catalog/reviews/${proposed.reviewId}/return`,
      payload: { comment: 'Nimestä pitää käydä ilmi palvelu.' },
    });
    expect(returned.statusCode).toBe(200);
    expect(await publicName(own[1]!)).toBe(before);
    const history = (await producer.request({ url: `/api/catalog/services/${own[1]}/history` })).json();
    expect(history[0]).toMatchObject({ action: 'returned', comment: 'Nimestä pitää käydä ilmi palvelu.' });
  });

  it("applies a coordinator's change at once and audits it", async () => {
    const coordinator = await as('palveluohjaaja');
    const response = await coordinator.request({ method: 'PATCH', url: `/api/catalog/services/${other}`, payload: { keywords: ['testiavainsana'] } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ outcome: 'applied', reviewId: null });
    const [event] = await ctx.db.database.query<{ actor_name: string }>(
      sql`select actor_name from audit_events where action = 'catalog.service.update' and resource_id = ${other}`,
    );
    expect(event!.actor_name).toBe('Paula Palveluohjaaja');
  });

  it("refuses a producer on another producer's service, residents, and anonymous callers", async () => {
    const producer = await as('tuottaja');
    expect((await producer.request({ method: 'PATCH', url: `/api/catalog/services/${other}`, payload: rename('x') })).statusCode).toBe(403);
    expect((await producer.request({ url: `/api/catalog/services/${other}/history` })).statusCode).toBe(403);
    expect((await producer.request({ url: '/api/catalog/reviews' })).statusCode).toBe(403);
    const resident = await as('asukas');
    expect((await resident.request({ method: 'PATCH', url: `/api/catalog/services/${other}`, payload: rename('x') })).statusCode).toBe(403);
    const anonymous = new TestClient(ctx.app);
    await anonymous.session();
    expect((await anonymous.request({ method: 'PATCH', url: `/api/catalog/services/${other}`, payload: rename('x') })).statusCode).toBe(401);
  });

  it('names what is wrong with a change', async () => {
    const coordinator = await as('palveluohjaaja');
    const patch = async (payload: unknown) => coordinator.request({ method: 'PATCH', url: `/api/catalog/services/${other}`, payload: payload as object });
    const fixedWithoutAmount = await patch({ fee: { type: 'fixed', rule: { fi: 'Maksu' } } });
    expect(fixedWithoutAmount.statusCode).toBe(400);
    expect(fixedWithoutAmount.json().errors[0].field).toBe('body.fee.amountCents');
    expect((await patch({})).statusCode).toBe(400);
    const unknownField = await patch({ status: 'archived' });
    expect(unknownField.statusCode).toBe(400);
  });
});
