import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import fi from '../src/i18n/fi.json';
import { expectH1, expectNoAxeViolations, expectTitle, login, problemsOn, useE2E, unknownUsername } from './harness';

/** Finnish place names inflect ("Kiimingin hyvinvointikeskus"), so each centre is matched by stem. */
const SIX_CENTRES = [/Kaakkuri/, /Kiimin(ki|gin)/, /Myllyoja/, /Tuira/, /Haukipu(das|taan)/, /Kontinka(ngas|nkaan)/];

const e2e = useE2E();

async function openPage(path: string): Promise<Page> {
  const page = await e2e.newPage();
  await page.goto(path);
  await page.locator('h1').waitFor();
  return page;
}

describe('front page', () => {
  it('lists the welfare areas with the six welfare centres, in landmarks, without axe violations', async () => {
    const page = await openPage('/');
    await page.locator('[data-place-type="welfare_centre"]').first().waitFor();

    await expectH1(page, fi.home.heading);
    await expectTitle(page, `${fi.home.title} – Avain`);
    expect(await page.getAttribute('html', 'lang')).toBe('fi');

    const centres = await page.locator('[data-place-type="welfare_centre"] h4').allTextContents();
    expect(centres).toHaveLength(6);
    for (const centre of SIX_CENTRES) expect(centres.some((name) => centre.test(name)), `${centre}`).toBe(true);
    expect(await page.locator('main section[aria-labelledby^="area-"]').count()).toBe(4);

    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator(`nav[aria-label="${fi.nav.label}"]`).count()).toBe(1);
    expect(await page.locator('main#main').count()).toBe(1);
    expect(await page.locator('footer').count()).toBe(1);

    await page.screenshot({ path: '/tmp/avain-e2e-front.png', fullPage: true });
    await expectNoAxeViolations(page, 'front page');
    expect(problemsOn(page)).toEqual([]);
    await page.context().close();
  });

  it('offers the skip link on the first Tab, and Enter moves focus to the main content', async () => {
    const page = await openPage('/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement as HTMLAnchorElement | null;
      return { text: active?.textContent, href: active?.getAttribute('href') };
    });
    expect(focused).toEqual({ text: fi.app.skipLink, href: '#main' });

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('shows an error with a way to retry when the areas cannot be loaded', async () => {
    const page = await e2e.newPage();
    let areasDown = true;
    await page.route('**/api/areas', (route) =>
      areasDown
        ? route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            body: JSON.stringify({ type: 'about:blank', title: 'Service unavailable', status: 503 }),
          })
        : route.continue(),
    );
    await page.goto('/');
    const alert = page.locator('main [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(fi.home.areasError);
    await expectNoAxeViolations(page, 'front page, areas failed');

    areasDown = false;
    await page.getByRole('button', { name: fi.app.retry }).click();
    await page.locator('[data-place-type="welfare_centre"]').first().waitFor();
    expect(await alert.count()).toBe(0);
    await page.context().close();
  });
});

describe('login page', () => {
  it('has labelled fields and no axe violations', async () => {
    const page = await openPage('/login');
    await expectTitle(page, `${fi.login.title} – Avain`);
    await page.getByLabel(fi.login.username, { exact: true }).waitFor();
    await page.getByLabel(fi.login.password, { exact: true }).waitFor();
    await page.screenshot({ path: '/tmp/avain-e2e-login.png', fullPage: true });
    await expectNoAxeViolations(page, 'login page');
    await page.context().close();
  });

  it('shows the wrong-credentials error from the server', async () => {
    const page = await openPage('/login');
    await page.locator('#login-username').fill(unknownUsername());
    await page.locator('#login-password').fill('not-the-password');
    await page.locator('form button[type="submit"]').click();

    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toContain(fi.login.errors.invalidCredentials);
    expect(new URL(page.url()).pathname).toBe('/login');
    await expectNoAxeViolations(page, 'login page with an error');
    await page.context().close();
  });

  it('puts a missing field error under the field and links it with aria-describedby', async () => {
    const page = await openPage('/login');
    await page.locator('form button[type="submit"]').click();
    await page.getByTestId('login-error').waitFor();

    const username = page.locator('#login-username');
    expect(await username.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await username.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy.split(' ').filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(descriptions).toContain(fi.login.errors.usernameRequired);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-username');
    await expectNoAxeViolations(page, 'login page with field errors');
    await page.context().close();
  });

  it('shows a server-side field error under the field, in the page language', async () => {
    const page = await openPage('/login');
    await page.locator('#login-username').fill('x'.repeat(201));
    await page.locator('#login-password').fill('whatever');
    await page.locator('form button[type="submit"]').click();
    await page.getByTestId('login-error').waitFor();

    expect(await page.getByTestId('login-error').textContent()).toContain(fi.login.errors.checkFields);
    expect(await page.locator('#login-username').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#login-username-statusText').textContent()).toBe(fi.login.errors.usernameInvalid);
    expect(await page.locator('#login-password').getAttribute('aria-invalid')).toBe('false');
    await page.context().close();
  });

  it('tells how long to wait after too many wrong passwords', async () => {
    const page = await openPage('/login');
    await page.locator('#login-username').fill('tuottaja');
    await page.locator('#login-password').fill('wrong-password');
    let status = 0;
    for (let attempt = 1; attempt <= 10 && status !== 429; attempt += 1) {
      const answered = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
      await page.locator('form button[type="submit"]').click();
      status = (await answered).status();
    }
    expect(status).toBe(429);

    const tooMany = fi.login.errors.tooManyAttempts_other.split('.')[0] ?? '';
    const error = page.getByTestId('login-error').filter({ hasText: tooMany });
    await error.waitFor();
    expect(await error.textContent()).toMatch(/\d+ sekunnin kuluttua/);
    await expectNoAxeViolations(page, 'login page, too many attempts');
    await page.context().close();
  });

  it('offers Suomi.fi / organisation login when the server has OIDC on, keeping the return path', async () => {
    const page = await e2e.newPage();
    await page.route('**/api/session', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), oidcEnabled: true } });
    });
    await page.goto('/login?next=%2Fme');
    const oidc = page.getByRole('link', { name: fi.login.oidc });
    await oidc.waitFor();
    expect(await oidc.getAttribute('href')).toBe('/api/auth/oidc/login?next=%2Fme');
    await expectNoAxeViolations(page, 'login page with OIDC');
    await page.context().close();
  });

  it('can be used with the keyboard alone', async () => {
    const page = await openPage('/login');
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.id)) === 'login-username') break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-username');
    await page.keyboard.type('asukas');
    await page.keyboard.press('Tab');
    await page.keyboard.type('avain-demo');
    await page.keyboard.press('Enter');
    await page.getByTestId('current-user').waitFor();
    expect(await page.getByTestId('current-user').textContent()).toContain('Aino Asukas');
    await page.context().close();
  });
});

describe('not-found page', () => {
  it('answers any unknown path with a heading and a link home, without axe violations', async () => {
    const page = await openPage('/no/such/page');
    await expectH1(page, fi.notFound.title);
    await expectTitle(page, `${fi.notFound.title} – Avain`);
    await expectNoAxeViolations(page, 'not-found page');

    await page.locator('main').getByRole('link', { name: fi.notFound.backHome }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expectH1(page, fi.home.heading);
    await page.context().close();
  });
});

describe('a logged-in user on public pages', () => {
  it('still sees the front page and the not-found page without violations', async () => {
    const page = await e2e.newPage();
    await login(page, 'ammattilainen');
    await page.goto('/');
    await page.locator('[data-place-type="welfare_centre"]').first().waitFor();
    await expectNoAxeViolations(page, 'front page, logged in');
    await page.goto('/missing');
    await expectH1(page, fi.notFound.title);
    await expectNoAxeViolations(page, 'not-found page, logged in');
    await page.context().close();
  });
});
