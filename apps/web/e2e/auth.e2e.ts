import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import fi from '../src/i18n/fi.json';
import { DEMO_PASSWORD, expectH1, expectTitle, expectNoAxeViolations, login, problemsOn, useE2E, unknownUsername } from './harness';

const e2e = useE2E();

const nav = (page: Page) => page.locator(`nav[aria-label="${fi.nav.label}"]`);
const navLabels = (page: Page) => nav(page).getByRole('link').allTextContents();

describe('resident', () => {
  it('logs in, sees their name and "Oma sivu", opens it, and logs out', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.locator('header').getByRole('link', { name: fi.auth.login }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await login(page, 'asukas');

    const user = page.getByTestId('current-user');
    expect(await user.textContent()).toContain('Aino Asukas');
    expect(await user.textContent()).toContain(fi.roles.resident);
    expect(await navLabels(page)).toEqual([fi.nav.home, fi.nav.services, fi.nav.myCentre, fi.nav.myData, fi.nav.myPlan, fi.nav.appointments, fi.nav.messages, fi.nav.me]);

    await nav(page).getByRole('link', { name: fi.nav.me }).click();
    await page.waitForURL((url) => url.pathname === '/me');
    await expectH1(page, fi.me.title);
    expect(await page.locator('main').textContent()).toContain(fi.roleDescriptions.resident);
    await expectTitle(page, `${fi.me.title} – Avain`);
    await expectNoAxeViolations(page, 'own page (resident)');

    await page.locator('header').getByRole('button', { name: fi.auth.logout }).click();
    await page.locator('header').getByRole('link', { name: fi.auth.login }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await navLabels(page)).toEqual([fi.nav.home, fi.nav.services, fi.nav.myCentre]);
    expect(await page.getByTestId('current-user').count()).toBe(0);

    // The session is gone on the server too, not only in the page.
    await page.goto('/me');
    await page.waitForURL((url) => url.pathname === '/login');
    await page.context().close();
  });

  it('is sent to log in when opening a protected page, and comes back after', async () => {
    const page = await e2e.newPage();
    await page.goto('/me');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/me');
    await login(page, 'asukas');
    await page.waitForURL((url) => url.pathname === '/me');
    await expectH1(page, fi.me.title);
    await page.context().close();
  });

  it('is never sent off-site by a crafted return address', async () => {
    const page = await e2e.newPage();
    await page.goto('/login?next=%2F%2Fexample.org%2Fphish');
    await login(page, 'asukas');
    const url = new URL(page.url());
    expect(url.origin).toBe(e2e.baseUrl);
    expect(url.pathname).toBe('/');
    await page.context().close();
  });

  it('gets a polite no-access message on the audit page', async () => {
    const page = await e2e.newPage();
    await login(page, 'asukas');
    await page.goto('/admin/audit');
    await expectH1(page, fi.access.noAccessTitle);
    expect(await page.locator('main').textContent()).toContain(fi.access.noAccessText);
    expect(await page.locator('table').count()).toBe(0);
    await expectNoAxeViolations(page, 'no-access page');
    await page.context().close();
  });
});

describe('professional', () => {
  it('logs in and sees their name, role and what the role may do', async () => {
    const page = await e2e.newPage();
    await login(page, 'ammattilainen');
    const user = page.getByTestId('current-user');
    expect(await user.textContent()).toContain('Pekka Ammattilainen');
    expect(await user.textContent()).toContain(fi.roles.professional);
    expect(await navLabels(page)).toEqual([fi.nav.home, fi.nav.services, fi.nav.myCentre, fi.nav.clients, fi.nav.emergencies, fi.nav.referrals, fi.nav.dayList, fi.nav.contactQueues, fi.nav.messages, fi.nav.me]);

    await page.goto('/me');
    await expectH1(page, fi.me.title);
    expect(await page.locator('main').textContent()).toContain(fi.roleDescriptions.professional);
    await expectNoAxeViolations(page, 'own page (professional)');
    await page.context().close();
  });
});

describe('admin', () => {
  it('sees "Lokitapahtumat" and the audit events of the logins', async () => {
    const page = await e2e.newPage();
    await page.goto('/login');
    await page.locator('#login-username').fill(unknownUsername());
    await page.locator('#login-password').fill('wrong-password');
    await page.locator('form button[type="submit"]').click();
    await page.getByTestId('login-error').waitFor();
    await login(page, 'yllapitaja');
    expect(await page.getByTestId('current-user').textContent()).toContain(fi.roles.admin);
    expect(await navLabels(page)).toEqual([fi.nav.home, fi.nav.services, fi.nav.myCentre, fi.nav.producer, fi.nav.reviews, fi.nav.areas, fi.nav.emergencies, fi.nav.me, fi.nav.audit]);

    await nav(page).getByRole('link', { name: fi.nav.audit }).click();
    await page.waitForURL((url) => url.pathname === '/admin/audit');
    await page.locator('table tbody tr').first().waitFor();
    await expectH1(page, fi.audit.title);
    await expectTitle(page, `${fi.audit.title} – Avain`);

    const headers = await page.locator('table thead th').allTextContents();
    expect(headers).toEqual([fi.audit.time, fi.audit.actor, fi.audit.role, fi.audit.action, fi.audit.resource, fi.audit.outcome]);
    const rows = await page.locator('table tbody tr').allTextContents();
    expect(rows.some((row) => row.includes('Aino Asukas') && /login/i.test(row))).toBe(true);
    expect(rows.some((row) => row.includes('Pekka Ammattilainen') && /login/i.test(row))).toBe(true);
    const refused = [fi.audit.outcomes.failure, fi.audit.outcomes.denied];
    expect(rows.some((row) => /login/i.test(row) && refused.some((outcome) => row.includes(outcome)))).toBe(true);
    await expectNoAxeViolations(page, 'audit page');
    await page.context().close();
  });

  it('pages through older events with "Näytä lisää"', async () => {
    await loginRepeatedly('ammattilainen', 55);
    const page = await e2e.newPage();
    await login(page, 'yllapitaja');
    await page.goto('/admin/audit');
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(50);

    const more = page.getByRole('button', { name: fi.audit.loadMore });
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length > 50);
    const shown = await rows.count();
    const times = await page.locator('table tbody tr time').evaluateAll((cells) =>
      cells.map((cell) => cell.getAttribute('datetime') ?? ''),
    );
    expect(times).toEqual([...times].sort().reverse());
    const shownText = fi.audit.shown_other.replace('{{count}}', String(shown));
    expect(await page.locator('main').textContent()).toContain(shownText);
    if ((await more.count()) === 0) {
      // The last page took the button away: focus went to the count instead of the page start.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(shownText);
    }
    expect(problemsOn(page)).toEqual([]);
    await page.context().close();
  });
});

/** Makes audit events quickly: logins straight against the API, the way the web app sends them. */
async function loginRepeatedly(username: string, times: number): Promise<void> {
  const page = await e2e.newPage();
  for (let i = 0; i < times; i += 1) {
    const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
    const response = await page.request.post('/api/auth/login', {
      data: { username, password: DEMO_PASSWORD },
      headers: { 'x-csrf-token': session.csrfToken },
    });
    expect(response.status()).toBe(200);
  }
  await page.context().close();
}
