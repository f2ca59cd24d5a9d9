import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { TestClient, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();

const HEADER = 'code;organization;service_class;name_fi;name_sv;summary_fi;description_fi;keywords;languages;fee_type;fee_amount_cents;locations;channels';
const row = (code: string, extra: Partial<Record<'org' | 'cls' | 'fee' | 'cents' | 'locs' | 'channels', string>> = {}) =>
  [
    code,
    extra.org ?? '3221308-6',
    extra.cls ?? 'peer_support',
    `Vertaisryhmä ${code}`,
    `Kamratgrupp ${code}`,
    'Ryhmä tapaa viikoittain.',
    '"Kuvaus; jossa on puolipiste ja ""lainaus""."',
    '"vertaistuki;ryhmä"',
    '"fi;sv"',
    extra.fee ?? 'free',
    extra.cents ?? '',
    `"${extra.locs ?? 'hyk-tuira;hyp-valke'}"`,
    `"${extra.channels ?? 'in_person;phone'}"`,
  ].join(';');

async function importCsv(csv: string, username = 'palveluohjaaja') {
  const client = new TestClient(ctx.app);
  await client.login(username);
  return client.request({ method: 'POST', url: '/api/catalog/import', headers: { 'content-type': 'text/csv' }, payload: csv });
}
const countServices = async () => Number((await ctx.db.database.query<{ n: string }>(sql`select count(*) as n from services`))[0]!.n);

describe('CSV import of services', () => {
  it('imports every row, publishes them and makes them searchable', async () => {
    const before = await countServices();
    const response = await importCsv([HEADER, row('csv-vertais-1'), row('csv-vertais-2', { fee: 'fixed', cents: '500' })].join('\n'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 2, created: 2, updated: 0 });
    expect(await countServices()).toBe(before + 2);
    const found = (await new TestClient(ctx.app).request({ url: '/api/catalog/search?q=kamratgrupp%20csv&lang=sv' })).json();
    expect(found.items.some((h: { service: { name: { fi: string } } }) => h.service.name.fi === 'Vertaisryhmä csv-vertais-1')).toBe(true);
    const again = await importCsv([HEADER, row('csv-vertais-1')].join('\n'));
    expect(again.json()).toEqual({ imported: 1, created: 0, updated: 1 });
  });

  it('writes nothing when one row is bad, and names the row and the column', async () => {
    const before = await countServices();
    const response = await importCsv(
      [HEADER, row('csv-ok-1'), row('csv-bad-2', { cls: 'astrology', locs: 'nowhere' }), row('csv-ok-3'), row('csv-bad-4', { fee: 'fixed' })].join('\n'),
    );
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.detail).toMatch(/Nothing was written/);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'row 3: service_class', message: expect.any(String) },
        { field: 'row 5: fee_amount_cents', message: 'is required for a fixed fee' },
      ]),
    );
    expect(body.errors.some((e: { field: string }) => e.field.startsWith('row 2') || e.field.startsWith('row 4'))).toBe(false);
    expect(await countServices()).toBe(before);
  });

  it('reports unknown organisations and locations, and repeated codes', async () => {
    const response = await importCsv([HEADER, row('csv-x', { org: 'no-such-org', locs: 'hyk-tuira;mars-base' }), row('csv-x')].join('\n'));
    expect(response.json().errors).toEqual([
      { field: 'row 2: organization', message: 'no organisation with code or business id no-such-org' },
      { field: 'row 2: locations', message: 'unknown location code mars-base' },
      { field: 'row 3: code', message: 'csv-x is already on row 2' },
    ]);
  });

  it('is for coordinators only', async () => {
    expect((await importCsv([HEADER, row('csv-y')].join('\n'), 'tuottaja')).statusCode).toBe(403);
  });
});
