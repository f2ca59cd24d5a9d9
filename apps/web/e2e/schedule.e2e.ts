/**
 * Schedules (D11): a professional keeps their own weekly availability — adds a window through the
 * form (with field errors first) and removes it again. axe on every state.
 */
import { describe, expect, it } from 'vitest';
import booking from '../src/features/booking/i18n/fi.json';
import { expectH1, expectNoAxeViolations, expectTitle, login, problemsOn, useE2E } from './harness';

const e2e = useE2E();

const s = booking.schedule;

describe('schedules', () => {
  it('lets a professional add a weekly window and remove it', async () => {
    const page = await e2e.newPage();
    await login(page, 'ammattilainen');
    await page.goto('/day-list');
    await page.getByRole('link', { name: s.link }).click();
    await page.waitForURL('**/day-list/schedule');
    await expectH1(page, s.title);
    await expectTitle(page, `${s.title} – Avain`);
    const rows = page.getByTestId('schedule-row');
    await rows.first().waitFor();
    const before = await rows.count();
    await expectNoAxeViolations(page, 'schedule, own windows');

    // Nothing filled in: each missing field says what it needs.
    await page.getByRole('button', { name: s.add, exact: true }).click();
    await page.getByText(s.errors.starts).first().waitFor();
    await expectNoAxeViolations(page, 'schedule, field errors');

    await page.locator('#schedule-starts').fill('17:00');
    await page.locator('#schedule-ends').fill('18:30');
    // Suomi.fi draws its own radios and checkboxes: the label takes the click, as it does for a user.
    const form = page.getByRole('form', { name: s.addTitle });
    await form.locator('label').filter({ hasText: new RegExp(`^${booking.channels.phone}$`) }).click();
    // The appointment types usable by phone are offered as "name (30 min)".
    await form.locator('label').filter({ hasText: / min\)$/ }).first().click();
    await page.getByRole('button', { name: s.add, exact: true }).click();
    await page.getByText(s.added).waitFor();
    await expect.poll(() => rows.count()).toBe(before + 1);
    const added = rows.filter({ hasText: '17.00' }).or(rows.filter({ hasText: '17:00' }));
    expect(await added.count()).toBe(1);
    expect(await added.textContent()).toContain(booking.channels.phone);
    await expectNoAxeViolations(page, 'schedule, window added');

    await added.getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(s.removeTitle).waitFor();
    await expectNoAxeViolations(page, 'schedule, remove dialog');
    await dialog.getByRole('button', { name: s.removeConfirm }).click();
    await page.getByText(s.removed).waitFor();
    await expect.poll(() => rows.count()).toBe(before);
    expect(problemsOn(page)).toEqual([]);
  });

  it('lets a service coordinator link an appointment type to catalogue services', async () => {
    const page = await e2e.newPage();
    await login(page, 'palveluohjaaja');
    await page.goto('/day-list/schedule');
    await expectH1(page, s.title);
    const row = page.getByTestId('type-row').first();
    await row.waitFor();
    await row.getByRole('button').click();
    const form = page.getByRole('form', { name: /./ }).filter({ has: page.getByRole('group', { name: s.typeFields.services }) });
    await form.getByRole('searchbox', { name: s.typeFields.servicesSearch }).fill('neuvola');
    const pick = form.getByRole('button', { name: new RegExp(`^${s.typeFields.servicesAdd.replace('{{name}}', '')}`) }).first();
    await pick.waitFor();
    const picked = (await pick.textContent())!.replace(s.typeFields.servicesAdd.replace('{{name}}', ''), '').replace(/ \(.*\)$/, '');
    await pick.click();
    await form.getByRole('button', { name: s.typeFields.servicesRemove.replace('{{name}}', picked) }).waitFor();
    await expectNoAxeViolations(page, 'schedule, type services picked');
    await form.getByRole('button', { name: s.typeSave }).click();
    await page.getByRole('status').filter({ hasText: s.typeSaved.split('{{name}}')[0]! }).waitFor();
    expect(await page.getByTestId('type-row').first().textContent()).toContain(picked);
    expect(problemsOn(page)).toEqual([]);
  });
});
