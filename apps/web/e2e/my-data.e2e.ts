import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import app from '../src/i18n/fi.json';
import fi from '../src/features/mydata/i18n/fi.json';
import { DEMO_PASSWORD, expectH1, expectNoAxeViolations, expectTitle, login, useE2E } from './harness';

const e2e = useE2E();

const EMERGENCY_REASON = 'Tajuton potilas päivystyksessä, lääkitys selvitettävä';

async function openMyData(page: Page): Promise<void> {
  await page.goto('/my-data');
  await expectH1(page, fi.title);
  await page.getByTestId('mydata-entry').first().waitFor();
}

/** What professionals do with Aino's data, straight against the API as the web app sends it. */
async function asStaff(username: string, act: (call: (method: 'GET' | 'POST', url: string, data?: object) => Promise<number>) => Promise<void>): Promise<void> {
  const page = await e2e.newPage();
  const csrf = async () => ((await (await page.request.get('/api/session')).json()) as { csrfToken: string }).csrfToken;
  expect((await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD }, headers: { 'x-csrf-token': await csrf() } })).status()).toBe(200);
  const token = await csrf();
  await act(async (method, url, data) => (await page.request.fetch(url, { method, data, headers: { 'x-csrf-token': token } })).status());
  await page.context().close();
}

/** Suomi.fi draws its own radios and checkboxes: the label takes the click, as it does for a user. */
const choose = (scope: Page | Locator, label: string | RegExp) => scope.locator('label').filter({ hasText: label }).first().click();

const entryTitles = (page: Page) => page.getByTestId('mydata-entry').locator('h3').allTextContents();
const registersShown = async (page: Page) => new Set(await page.getByTestId('mydata-entry').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-register'))));

describe('My data (Omat tiedot)', () => {
  it('shows the resident their details and the entries of both registers, newest first, filtered by register', async () => {
    const page = await e2e.newPage();
    await login(page, 'asukas');
    await page.locator(`nav[aria-label="${app.nav.label}"]`).getByRole('link', { name: app.nav.myData }).click();
    await page.waitForURL((url) => url.pathname === '/my-data');
    await openMyData(page);
    await expectTitle(page, `${fi.title} – Avain`);

    expect(await page.getByTestId('mydata-details').textContent()).toContain('Kangastie 20 B 7');
    expect(await registersShown(page)).toEqual(new Set(['health', 'social']));
    for (const register of ['health', 'social'] as const) {
      expect(await page.getByTestId('mydata-entry').filter({ hasText: fi.registers[register] }).count()).toBeGreaterThan(0);
    }
    const times = await page.getByTestId('mydata-entry').locator('time').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('datetime') ?? ''));
    expect(times).toEqual([...times].sort().reverse());
    await expectNoAxeViolations(page, 'my data');

    await choose(page, /^Vain sosiaalihuolto/);
    expect(await registersShown(page)).toEqual(new Set(['social']));
    await choose(page, /^Kaikki/);
    expect(await registersShown(page)).toEqual(new Set(['health', 'social']));
    await page.context().close();
  });

  it('gives a consent to the welfare region, changes it, revokes it at once, and keeps the history of each step', async () => {
    const page = await e2e.newPage();
    await login(page, 'asukas');
    await openMyData(page);

    await page.getByTestId('consent-give').click();
    const form = page.locator('form#consent-new');
    await choose(form, fi.consentForm.register.health);
    await choose(form, fi.consentForm.register.social);
    await choose(form, /^Pohjois-Pohjanmaan hyvinvointialue/);
    await expectNoAxeViolations(page, 'consent form');
    await form.getByRole('button', { name: fi.consentForm.save }).click();

    expect(await page.getByTestId('consent-saved').textContent()).toBe(fi.consents.saved.given);
    const consent = page.getByTestId('consent').first();
    expect(await consent.getAttribute('data-status')).toBe('active');
    expect(await consent.textContent()).toContain('Pohjois-Pohjanmaan hyvinvointialue');
    await expectNoAxeViolations(page, 'consent given');

    await consent.getByRole('button', { name: fi.consents.change }).click();
    const change = page.locator('form[id^="consent-change-"]');
    await choose(change, fi.consentForm.register.social);
    await change.getByRole('button', { name: fi.consentForm.saveChange }).click();
    await page.getByTestId('consent-saved').filter({ hasText: fi.consents.saved.changed }).waitFor();
    expect(await consent.textContent()).not.toContain(fi.registers.social);

    await consent.getByRole('button', { name: fi.consents.revoke }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain(fi.revokeDialog.text);
    await expectNoAxeViolations(page, 'revoke confirmation');
    await dialog.getByRole('button', { name: fi.revokeDialog.confirm }).click();

    await page.getByTestId('consent-saved').filter({ hasText: fi.consents.saved.revoked }).waitFor();
    await page.locator('[data-testid="consent"][data-status="revoked"]').waitFor();
    expect(await consent.getByRole('button', { name: fi.consents.revoke }).count()).toBe(0);
    await consent.getByRole('button', { name: /^Muutoshistoria/ }).click();
    const history = await consent.getByTestId('consent-history').locator('li').allTextContents();
    expect(history.map((line) => line.split(' ')[0])).toEqual([fi.consents.actions.given, fi.consents.actions.changed, fi.consents.actions.revoked]);
    await expectNoAxeViolations(page, 'consent revoked');
    await page.context().close();
  });

  it('shows who saw the data, on what basis in plain words, refusals distinctly, a page at a time', async () => {
    const page = await e2e.newPage();
    await login(page, 'asukas');
    const ainoId = ((await (await page.request.get('/api/me/data')).json()) as { client: { id: string } }).client.id;
    // Each read of her own data is logged too: enough of them for a second page of the log.
    for (let i = 0; i < 12; i += 1) expect((await page.request.get('/api/me/data')).status()).toBe(200);
    await asStaff('ammattilainen', async (call) => expect(await call('GET', `/api/clients/${ainoId}/overview`)).toBe(200));
    await asStaff('palveluohjaaja', async (call) => {
      expect(await call('GET', `/api/clients/${ainoId}/overview`)).toBe(403);
      expect(await call('POST', `/api/clients/${ainoId}/emergency-access`, { reason: EMERGENCY_REASON })).toBeLessThan(300);
      expect(await call('GET', `/api/clients/${ainoId}/overview`)).toBe(200);
    });

    await openMyData(page);
    const rows = page.getByTestId('access-log').locator('tbody tr');
    await rows.first().waitFor();
    const texts = await rows.allTextContents();

    const pekka = texts.find((row) => row.includes('Pekka Ammattilainen') && row.includes(fi.log.basis.relation));
    expect(pekka).toContain(app.roles.professional);
    expect(pekka).toContain('Tuiran terveysasema, Pohjois-Pohjanmaan hyvinvointialue');
    expect(pekka).toContain(fi.log.actions.overviewRead);
    expect(texts.some((row) => row.includes(`hätäkäyttö: ${EMERGENCY_REASON}`))).toBe(true);
    expect(texts.some((row) => row.includes(fi.log.actions.myDataRead) && row.includes(fi.log.basis.own))).toBe(true);
    const refused = rows.filter({ has: page.locator('[data-testid="access-outcome"][data-refused="true"]') });
    expect(await refused.count()).toBeGreaterThan(0);
    expect(await refused.first().textContent()).toContain(fi.log.outcomes.refused);
    expect(await refused.first().textContent()).toContain(fi.log.refused.replace('{{reason}}', fi.log.refusals.no_relation));
    await expectNoAxeViolations(page, 'access log');

    const before = await rows.count();
    await page.getByRole('button', { name: fi.log.loadMore }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="access-log"] tbody tr').length > n, before);
    const times = await rows.locator('time').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('datetime') ?? ''));
    expect(times).toEqual([...times].sort().reverse());
    await page.context().close();
  });

  it('offers the downloads as JSON and FHIR', async () => {
    const page = await e2e.newPage();
    await login(page, 'asukas');
    await openMyData(page);

    const json = page.getByTestId('download-json');
    expect(await json.textContent()).toBe(fi.downloads.json.link);
    const jsonAnswer = await page.request.get((await json.getAttribute('href'))!);
    expect(jsonAnswer.status()).toBe(200);
    expect(jsonAnswer.headers()['content-disposition']).toContain('attachment');
    expect(await jsonAnswer.json()).toMatchObject({ client: { lastName: 'Asukas' }, accessLog: expect.any(Array) });

    const fhirAnswer = await page.request.get((await page.getByTestId('download-fhir').getAttribute('href'))!);
    expect(fhirAnswer.headers()['content-type']).toContain('application/fhir+json');
    expect(await fhirAnswer.json()).toMatchObject({ resourceType: 'Bundle' });
    await page.context().close();
  });

  it("switches to Ella explicitly, shows a banner, and hides the entry she has forbidden guardians to see", async () => {
    const page = await e2e.newPage();
    await login(page, 'asukas');
    await openMyData(page);

    const whose = page.getByTestId('whose-data');
    await choose(whose, /^Ella Asukas/);
    await whose.getByRole('button', { name: fi.whose.show }).click();
    const banner = page.getByTestId('acting-for-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(fi.whose.bannerTitle.replace('{{name}}', 'Ella Asukas'));
    await page.getByTestId('mydata-details').filter({ hasText: 'Ella' }).waitFor();
    await page.getByTestId('mydata-entry').first().waitFor();

    const titles = await entryTitles(page);
    expect(titles).toContain('Kouluterveydenhoitajan vastaanotto');
    expect(titles).not.toContain('Ehkäisyneuvonta');
    const ellaId = ((await (await page.request.get('/api/me/wards')).json()) as { id: string; name: string }[]).find((w) => w.name === 'Ella Asukas')!.id;
    expect(await page.getByTestId('download-json').getAttribute('href')).toBe(`/api/me/export.json?for=${ellaId}`);
    const log = await page.getByTestId('access-log').locator('tbody tr').allTextContents();
    expect(log.some((row) => row.includes(fi.log.actions.actFor) && row.includes(fi.log.basis.guardian))).toBe(true);
    await expectNoAxeViolations(page, "Ella's data");

    await banner.getByRole('button', { name: fi.whose.backToOwn }).click();
    await page.getByTestId('mydata-details').filter({ hasText: 'Aino' }).waitFor();
    expect(await page.getByTestId('acting-for-banner').count()).toBe(0);
    await page.context().close();
  });
});
