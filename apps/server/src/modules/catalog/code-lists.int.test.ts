import { describe, expect, it } from 'vitest';
import { loggedIn, TestClient, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();

const as = (username: string) => loggedIn(ctx, username);
const lists = async () => (await new TestClient(ctx.app).request({ url: '/api/catalog/code-lists' })).json();

describe('code lists kept by service coordinators', () => {
  it('publishes the shipped lists, granting conditions included', async () => {
    const body = await lists();
    expect(body.serviceClasses.find((c: { code: string }) => c.code === 'child_clinic')).toMatchObject({ lifeCourseGroup: 'families_with_children', shipped: true, active: true, name: { fi: 'Lastenneuvola' } });
    expect(body.conditions.map((c: { code: string }) => c.code)).toContain('pregnancy');
  });

  it('lets a coordinator rename and retire a shipped class and add a new one, audited', async () => {
    const coordinator = await as('palveluohjaaja');
    const renamed = await coordinator.request({
      method: 'PUT',
      url: '/api/catalog/code-lists/service_class/family_work',
      payload: { name: { fi: 'Perhetyö ja perheohjaus', sv: 'Familjearbete', en: 'Family work' }, parent: 'families_with_children', active: false },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const added = await coordinator.request({
      method: 'PUT',
      url: '/api/catalog/code-lists/service_class/digital_support',
      payload: { name: { fi: 'Digituki', sv: 'Digistöd', en: 'Digital support' }, parent: 'everyone' },
    });
    expect(added.json()).toMatchObject({ code: 'digital_support', active: true, shipped: false, parent: 'everyone' });

    const body = await lists();
    expect(body.serviceClasses.find((c: { code: string }) => c.code === 'family_work')).toMatchObject({ name: { fi: 'Perhetyö ja perheohjaus' }, active: false, shipped: true });
    expect(body.serviceClasses.at(-1)).toMatchObject({ code: 'digital_support', lifeCourseGroup: 'everyone' });

    // A new class can be searched for at once; nothing uses it yet.
    const search = await new TestClient(ctx.app).request({ url: '/api/catalog/search?serviceClass=digital_support' });
    expect(search.json()).toMatchObject({ total: 0 });
  });

  it('refuses producers and residents, and bad input naming the field', async () => {
    for (const username of ['tuottaja', 'asukas']) {
      const user = await as(username);
      expect((await user.request({ method: 'PUT', url: '/api/catalog/code-lists/condition/x_y', payload: { name: { fi: 'Joku' } } })).statusCode).toBe(403);
    }
    const coordinator = await as('palveluohjaaja');
    const put = (url: string, payload: object) => coordinator.request({ method: 'PUT', url, payload });
    expect((await put('/api/catalog/code-lists/service_class/Bad-Code', { name: { fi: 'Huono' }, parent: 'everyone' })).json().errors[0].field).toBe('params.code');
    expect((await put('/api/catalog/code-lists/service_class/new_class', { name: { fi: 'Uusi' } })).json().errors[0].field).toBe('body.parent');
    expect((await put('/api/catalog/code-lists/service_class/new_class', { name: { fi: 'Uusi' }, parent: 'pets' })).json().errors[0].field).toBe('body.parent');
    expect((await put('/api/catalog/code-lists/colours/red', { name: { fi: 'Punainen' } })).json().errors[0].field).toBe('params.list');
    expect((await put('/api/catalog/code-lists/condition/new_condition', { name: { fi: '' } })).json().errors[0].field).toBe('body.name.fi');
  });
});
