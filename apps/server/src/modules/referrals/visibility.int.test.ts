import { sql } from 'drizzle-orm';
import type { ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { fhirValidator } from '../../test/fhir-schema.ts';
import { loggedIn, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();
const NGO = 'Oulun seudun mielenterveysyhdistys Aalto ry';
const NOTE = 'Aino toivoo vertaistukea masennuksesta toipumiseen; yhteys mieluiten puhelimitse iltapäivisin.';
let validate: ValidateFunction;
let ainoId: string;
let referralId: string;

const as = (username: string) => loggedIn(ctx, username);

beforeAll(async () => {
  validate = fhirValidator();
  ainoId = (await ctx.db.database.query<{ id: string }>(sql`select id from clients where first_names like 'Aino%' and last_name = 'Asukas'`))[0]!.id;
  const [group] = await ctx.db.database.query<{ id: string }>(
    sql`select s.id from services s join organizations o on o.id = s.organization_id where o.code = 'mielenterveysseura-aalto' and s.name_fi = 'Masennuksesta toipuvien vertaisryhmä'`,
  );
  const response = await (await as('sosiaalityontekija')).request({ method: 'POST', url: `/api/clients/${ainoId}/referrals`, payload: { serviceId: group!.id, handoverNote: NOTE } });
  expect(response.statusCode, response.body).toBe(201);
  referralId = response.json().id;
});

const fhirRead = async (username: string) => (await as(username)).request({ url: `/fhir/R4/ServiceRequest/${referralId}` });

describe('the client sees their referrals and who read them', () => {
  it("shows the resident the referral's status, and the NGO's read in the access log under the referral basis", async () => {
    const aino = await as('asukas');
    const mine = await aino.request({ url: '/api/me/referrals' });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().find((r: { id: string }) => r.id === referralId)).toMatchObject({ service: 'Masennuksesta toipuvien vertaisryhmä', organization: NGO, referrer: 'Sami Sosiaalityöntekijä', status: 'sent' });

    expect((await (await as('jarjesto')).request({ url: `/api/referrals/${referralId}` })).statusCode).toBe(200);
    const log = (await aino.request({ url: '/api/me/access-log?limit=20' })).json();
    expect(log.items.find((e: { action: string }) => e.action === 'client.referral.read')).toMatchObject({
      who: { name: 'Jaana Järjestö', organization: NGO },
      outcome: 'success',
      why: { basis: 'referral' },
    });
  });

  it('follows the status as the producer answers', async () => {
    const version = (await (await as('jarjesto')).request({ url: `/api/referrals/${referralId}` })).json().version;
    expect((await (await as('jarjesto')).request({ method: 'POST', url: `/api/referrals/${referralId}/accept`, payload: { version } })).statusCode).toBe(200);
    const mine = (await (await as('asukas')).request({ url: '/api/me/referrals' })).json();
    expect(mine.find((r: { id: string }) => r.id === referralId).status).toBe('accepted');
  });

  it('refuses the manager every referral route', async () => {
    const johtaja = await as('johtaja');
    for (const url of ['/api/referrals/incoming', '/api/referrals/sent', `/api/referrals/${referralId}`, '/api/me/referrals', `/fhir/R4/ServiceRequest/${referralId}`]) {
      expect((await johtaja.request({ url })).statusCode, url).toBe(403);
    }
  });
});

describe('FHIR R4 ServiceRequest', () => {
  it('reads the referral as a valid ServiceRequest through the gate, mapping its status', async () => {
    const response = await fhirRead('sosiaalityontekija');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('application/fhir+json');
    const resource = response.json();
    expect(validate(resource), JSON.stringify(validate.errors)).toBe(true);
    expect(resource).toMatchObject({
      resourceType: 'ServiceRequest',
      id: referralId,
      status: 'active',
      intent: 'order',
      subject: { reference: `Patient/${ainoId}` },
      requester: { display: 'Sami Sosiaalityöntekijä' },
      performer: [{ display: NGO }],
      code: { text: 'Masennuksesta toipuvien vertaisryhmä' },
    });
    expect(resource.note[0].text).toBe(NOTE);
    expect(resource.extension[0].valueCode).toBe('accepted');
  });

  it('gives it to the receiving NGO, and refuses another producer', async () => {
    const ngo = await fhirRead('jarjesto');
    expect(ngo.statusCode).toBe(200);
    expect(validate(ngo.json())).toBe(true);
    expect((await fhirRead('tuottaja')).statusCode).toBe(403);
  });

  it('maps a completed referral to completed and a cancelled one to revoked', async () => {
    const jarjesto = await as('jarjesto');
    await jarjesto.request({ method: 'POST', url: `/api/referrals/${referralId}/complete`, payload: { version: 2, note: 'Kävi ryhmässä kahdeksan kertaa.' } });
    const completed = (await fhirRead('jarjesto')).json();
    expect(validate(completed)).toBe(true);
    expect(completed.status).toBe('completed');
    expect(completed.note.map((n: { text: string }) => n.text)).toEqual([NOTE, 'Kävi ryhmässä kahdeksan kertaa.']);
  });
});

describe('API documentation', () => {
  it('documents the referral routes from their schemas', async () => {
    const doc = (await (await as('asukas')).request({ url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/clients/{id}/referrals', '/api/referrals/incoming', '/api/referrals/{referralId}/decline', '/api/me/referrals']));
    expect(doc.paths['/api/clients/{id}/referrals'].post.requestBody.content['application/json'].schema.required).toEqual(['serviceId', 'handoverNote']);
  });
});
