import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import en from '../src/i18n/en.json';
import fi from '../src/i18n/fi.json';
import sv from '../src/i18n/sv.json';
import { expectH1, expectNoAxeViolations, expectTitle, login, useE2E } from './harness';

const e2e = useE2E();

async function frontPageReady(page: Page): Promise<void> {
  await page.locator('[data-place-type="welfare_centre"]').first().waitFor();
}

const lang = (page: Page) => page.getAttribute('html', 'lang');

describe('language switch', () => {
  it('is Finnish by default', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await frontPageReady(page);
    expect(await lang(page)).toBe('fi');
    await expectH1(page, fi.home.heading);
    await page.context().close();
  });

  it('switches to Svenska with the mouse, and the choice survives a reload', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await frontPageReady(page);

    await page.locator('#language-menu').click();
    await page.locator('[role="menuitem"][lang="sv"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await expectH1(page, sv.home.heading);
    await expectTitle(page, `${sv.home.title} – Avain`);
    expect(await page.locator(`nav[aria-label="${sv.nav.label}"]`).getByRole('link').allTextContents()).toEqual([sv.nav.home, sv.nav.services, sv.nav.myCentre]);
    expect(await page.locator('[data-place-type="welfare_centre"]').first().textContent()).toContain(sv.placeType.welfare_centre);
    expect(await page.evaluate(() => localStorage.getItem('avain.lang'))).toBe('sv');
    await expectNoAxeViolations(page, 'front page in Swedish');

    await page.reload();
    await frontPageReady(page);
    expect(await lang(page)).toBe('sv');
    await expectH1(page, sv.home.heading);

    await page.goto('/login');
    await page.getByLabel(sv.login.username, { exact: true }).waitFor();
    await expectH1(page, sv.login.title);
    await expectNoAxeViolations(page, 'login page in Swedish');
    await page.context().close();
  });

  it('switches to English with the keyboard alone, and the choice survives a reload', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await frontPageReady(page);

    await page.locator('#language-menu').focus();
    await page.keyboard.press('Enter');
    const english = page.locator('[role="menuitem"][lang="en"]');
    for (let i = 0; i < 5 && !(await english.evaluate((item) => item === document.activeElement)); i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expectH1(page, en.home.heading);
    await expectTitle(page, `${en.home.title} – Avain`);
    await expectNoAxeViolations(page, 'front page in English');

    await page.reload();
    await frontPageReady(page);
    expect(await lang(page)).toBe('en');
    await expectH1(page, en.home.heading);
    await page.context().close();
  });

  it('shows the logged-in user\'s role in the chosen language, and every page passes axe in it', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('avain.lang', 'en'));
    await login(page, 'yllapitaja');
    expect(await page.getByTestId('current-user').textContent()).toContain(en.roles.admin);
    expect(await page.locator('header').getByRole('button', { name: en.auth.logout }).count()).toBe(1);

    await page.goto('/me');
    await expectH1(page, en.me.title);
    await expectNoAxeViolations(page, 'own page in English');

    await page.goto('/admin/audit');
    await page.locator('table tbody tr').first().waitFor();
    await expectH1(page, en.audit.title);
    await expectNoAxeViolations(page, 'audit page in English');

    await page.goto('/nowhere');
    await expectH1(page, en.notFound.title);
    await page.context().close();
  });
});
