/**
 * The acceptance test of "one client, one view" (D6): consent opens the other register and revoking
 * closes it at once, the resident sees both reads in their log, and a break-glass read carries its
 * reason to the log and to the supervisor's list. axe on every page and state.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import clients from '../src/features/clients/i18n/fi.json';
import mydata from '../src/features/mydata/i18n/fi.json';
import { expectH1, expectNoAxeViolations, expectTitle, fillText as fill, pageAs, useE2E } from './harness';

const e2e = useE2E();

const REGION = 'Pohjois-Pohjanmaan hyvinvointialue';

const as = (username: string) => pageAs(e2e, username);

/** A JSON read from inside the page, with that user's session cookie. */
async function apiIn<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  }, path) as Promise<T>;
}

async function searchByName(page: Page, lastName: string, birthDate: string): Promise<void> {
  await page.goto('/clients');
  await page.getByText(clients.search.byName, { exact: true }).click();
  await page.locator('#client-search-last-name').fill(lastName);
  await page.locator('#client-search-birth-date').fill(birthDate);
  await page.locator('form[role="search"] button[type="submit"]').click();
  await page.getByTestId('client-hit').first().waitFor();
}

/** Opens the client from the search, as a professional would, and waits for the overview or its refusal. */
async function openClient(page: Page, lastName: string, birthDate: string): Promise<string> {
  await searchByName(page, lastName, birthDate);
  await page.getByTestId('client-hit').first().getByRole('link').click();
  await page.waitForURL((url) => /^\/clients\/[0-9a-f-]{36}$/.test(url.pathname));
  await page.locator('[data-testid="register-health"], [data-testid="overview-closed"]').first().waitFor();
  return new URL(page.url()).pathname.split('/')[2]!;
}

const health = (page: Page) => page.getByTestId('register-health');

/** Waits until the health block says whether it is open, and on what basis. */
async function expectHealth(page: Page, allowed: boolean, basis = ''): Promise<void> {
  await page.locator(`[data-testid="register-health"][data-allowed="${allowed}"][data-basis="${basis}"]`).waitFor();
}

describe('client search', () => {
  it('names the field with a bad identity code, and marks who has a relation', async () => {
    const page = await as('ammattilainen');
    await page.goto('/clients');
    await expectH1(page, clients.search.title);
    await expectTitle(page, `${clients.search.title} – Avain`);
    await expectNoAxeViolations(page, 'client search, empty');

    await page.locator('form[role="search"] button[type="submit"]').click();
    expect(await page.locator('main').textContent()).toContain(clients.search.errors.identityCodeRequired);

    await page.locator('#client-search-identity-code').fill('120486-9020');
    await page.locator('form[role="search"] button[type="submit"]').click();
    await page.getByText(clients.search.errors.checksum).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('client-search-identity-code');
    expect(await page.locator('#client-search-identity-code').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'client search, field error');

    await searchByName(page, 'Asukas', '12.4.1986');
    expect(new URL(page.url()).searchParams.get('birthDate')).toBe('1986-04-12');
    const aino = page.getByTestId('client-hit');
    expect(await aino.count()).toBe(1);
    expect(await aino.textContent()).toContain('Aino Maria Asukas');
    expect(await aino.textContent()).toContain(clients.search.hasRelation);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('client-results-heading');
    await expectNoAxeViolations(page, 'client search, results');

    await searchByName(page, 'Meikäläinen', '30.1.1944');
    expect(await page.getByTestId('client-hit').textContent()).toContain(clients.search.noRelation);
    expect(await page.getByTestId('client-hit').textContent()).toMatch(/300144-\*{4}/);
    await page.context().close();
  });
});

describe('consent across registers', () => {
  it('opens the health register to social work with consent, closes it on revoking, and both reads are in the log', async () => {
    const sami = await as('sosiaalityontekija');
    await openClient(sami, 'Asukas', '12.4.1986');
    await expectH1(sami, 'Aino Maria Asukas');
    await expectHealth(sami, false);
    expect(await health(sami).textContent()).toContain(clients.hidden.noConsent);
    expect(await health(sami).getByTestId('client-entry').count()).toBe(0);
    expect(await sami.getByTestId('register-social').getByTestId('register-why').textContent()).toContain(clients.why.question);
    await expectNoAxeViolations(sami, 'overview, health hidden');
    const overviewUrl = sami.url();

    const aino = await as('asukas');
    await aino.goto('/my-data');
    await aino.getByTestId('consent-give').click();
    await aino.getByText(mydata.consentForm.register.health, { exact: true }).click();
    await aino.getByText(REGION, { exact: true }).click();
    await aino.locator('#consent-new button[type="submit"]').click();
    await aino.getByTestId('consent-saved').waitFor();

    await sami.goto(overviewUrl);
    await expectHealth(sami, true, 'consent');
    expect(await health(sami).getByTestId('register-why').textContent()).toContain(fill(clients.why.basis, { basis: clients.basis.consent }));
    expect(await health(sami).textContent()).toContain('Vastaanottokäynti: kuume ja yskä');
    expect(await sami.getByTestId('client-consent').first().textContent()).toContain(REGION);
    await expectNoAxeViolations(sami, 'overview, health open by consent');

    await aino.reload();
    await aino.locator('[data-testid="consent"][data-status="active"]').getByRole('button', { name: mydata.consents.revoke }).click();
    await aino.locator('#consent-revoke button[type="submit"]').click();
    await aino.locator('[data-testid="consent"][data-status="revoked"]').waitFor();

    await sami.reload();
    await expectHealth(sami, false);
    expect(await health(sami).textContent()).not.toContain('Vastaanottokäynti: kuume ja yskä');

    type LogItem = { who: { name: string | null }; register: string | null; outcome: string; why: { basis: string | null } };
    const log = await apiIn<{ items: LogItem[] }>(aino, '/api/me/access-log?limit=200');
    const samisHealthReads = log.items.filter((e) => e.who.name === 'Sami Sosiaalityöntekijä' && e.register === 'health');
    expect(samisHealthReads.some((e) => e.outcome === 'success' && e.why.basis === 'consent')).toBe(true);
    expect(samisHealthReads.some((e) => e.outcome === 'denied')).toBe(true);
    // The page shows the same log to the resident.
    await aino.reload();
    const table = aino.getByTestId('access-log');
    await table.waitFor();
    expect(await table.textContent()).toContain('Sami Sosiaalityöntekijä');
    expect(await table.textContent()).toContain(mydata.log.basis.consent);
    await sami.context().close();
    await aino.context().close();
  });
});

describe('non-disclosure, relations and entries', () => {
  it('hides a non-disclosed address until the relation needs it, and writes an entry into the own register', async () => {
    const pekka = await as('ammattilainen');
    await openClient(pekka, 'Suojattu', '2.11.1992');
    const notice = pekka.getByTestId('non-disclosure');
    expect(await notice.textContent()).toContain(clients.basic.addressHidden);
    expect(await pekka.getByTestId('client-basic').textContent()).not.toContain('Salainen katu');
    await expectNoAxeViolations(pekka, 'overview, non-disclosure');

    await pekka.getByRole('button', { name: clients.relations.formLabel }).click();
    await pekka.getByText(clients.relationKinds.team, { exact: true }).click();
    await pekka.getByText(clients.relations.needsAddress, { exact: true }).click();
    await pekka.getByRole('button', { name: clients.relations.open, exact: true }).click();
    await pekka.getByText(clients.relations.opened.team).waitFor();
    await pekka.getByTestId('client-basic').getByText('Salainen katu 1, 90100').waitFor();
    expect(await notice.textContent()).toContain(clients.basic.addressShown);

    await pekka.getByRole('button', { name: clients.entryForm.submit }).click();
    expect(await pekka.locator('#entry-title').getAttribute('aria-invalid')).toBe('true');
    await pekka.locator('#entry-title').fill('Kotikäynti');
    await pekka.locator('#entry-text').fill('Kotikäynti tehty, vointi hyvä.');
    await pekka.getByRole('button', { name: clients.entryForm.submit }).click();
    await pekka.getByText(fill(clients.entryForm.saved, { register: clients.registers.health })).waitFor();
    await health(pekka).getByText('Kotikäynti tehty, vointi hyvä.').waitFor();
    await expectNoAxeViolations(pekka, 'overview, relation opened and entry written');

    await pekka.getByRole('button', { name: clients.relations.close.team }).click();
    await pekka.getByText(clients.relations.closed.team).waitFor();
    await pekka.getByTestId('client-basic').getByText(clients.basic.protected).first().waitFor();
    await pekka.context().close();
  });
});

describe('break-glass', () => {
  const reason = 'Asiakas tuotu tajuttomana päivystykseen, lääkitys selvitettävä';

  it('asks for a reason, shows the data, logs the reason and lists it for the supervisor', async () => {
    const pekka = await as('ammattilainen');
    const mattiId = await openClient(pekka, 'Meikäläinen', '30.1.1944');
    await expectH1(pekka, clients.overview.closedTitle);
    expect(await pekka.getByTestId('overview-closed').textContent()).toContain(clients.hidden.noRelation);
    expect(await pekka.locator('main').textContent()).not.toContain('Meikäläinen');
    await expectNoAxeViolations(pekka, 'overview refused');

    await pekka.getByRole('button', { name: clients.emergency.open }).click();
    const dialog = pekka.getByRole('dialog');
    await dialog.getByText(clients.emergency.warning).waitFor();
    await pekka.locator('#emergency-reason').fill('hätä');
    await dialog.getByRole('button', { name: clients.emergency.confirm }).click();
    await dialog.getByText(fill(clients.emergency.reasonTooShort, { count: 10 })).waitFor();
    expect(await pekka.evaluate(() => document.activeElement?.id)).toBe('emergency-reason');
    await expectNoAxeViolations(pekka, 'emergency dialog, reason too short');

    await pekka.locator('#emergency-reason').fill(reason);
    await dialog.getByRole('button', { name: clients.emergency.confirm }).click();
    await pekka.getByTestId('emergency-active').waitFor();
    await expectH1(pekka, 'Matti Johannes Meikäläinen');
    await expectHealth(pekka, true, 'emergency');
    expect(await health(pekka).textContent()).toContain('Epikriisi: lonkkamurtuma');
    expect(await pekka.getByTestId('register-social').getAttribute('data-basis')).toBe('emergency');
    expect(await pekka.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('emergency-active');
    await expectNoAxeViolations(pekka, 'overview under emergency access');

    // Matti has no account to read his own log: the administrator's audit trail holds the same rows.
    const admin = await as('yllapitaja');
    type AuditItem = { action: string; clientId: string | null; reason: string | null; actorName: string | null };
    const audit = await apiIn<{ items: AuditItem[] }>(admin, '/api/audit/events?limit=500');
    const matti = audit.items.filter((e) => e.clientId === mattiId && e.actorName === 'Pekka Ammattilainen');
    expect(matti.some((e) => e.action === 'client.emergency.start' && e.reason === reason)).toBe(true);
    expect(matti.filter((e) => e.action === 'client.overview.read' && e.reason === reason).length).toBeGreaterThanOrEqual(2);
    await admin.context().close();

    // Pekka is no supervisor: a polite explanation, not an error.
    await pekka.goto('/emergency-accesses');
    await expectH1(pekka, clients.review.title);
    await pekka.getByTestId('not-supervisor').waitFor();
    await expectNoAxeViolations(pekka, 'emergency review, not a supervisor');
    await pekka.context().close();

    const eeva = await as('esihenkilo');
    await eeva.goto('/emergency-accesses');
    const item = eeva.getByTestId('emergency-item');
    await item.waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.getByTestId('emergency-reason').textContent()).toBe(reason);
    expect(await item.textContent()).toContain('Pekka Ammattilainen');
    expect(await item.textContent()).toContain('Matti Johannes Meikäläinen');
    await expectNoAxeViolations(eeva, 'emergency review list');

    await item.getByRole('button', { name: clients.review.markReviewed }).click();
    await item.getByText(clients.review.noteRequired).waitFor();
    await item.locator('textarea').fill('Perusteltu, tarkistettu.');
    await item.getByRole('button', { name: clients.review.markReviewed }).click();
    await eeva.getByTestId('review-notice').getByText(fill(clients.review.done, { name: 'Matti Johannes Meikäläinen' })).waitFor();
    await eeva.getByText(clients.review.noneUnreviewed).waitFor();
    await eeva.getByText(clients.review.all, { exact: true }).click();
    await item.getByText('Perusteltu, tarkistettu.').waitFor();
    await expectNoAxeViolations(eeva, 'emergency review, reviewed');
    await eeva.context().close();
  });
});
