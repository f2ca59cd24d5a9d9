import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import fi from '../src/i18n/fi.json';
import centre from '../src/features/centre/i18n/fi.json';
import { expectH1, expectNoAxeViolations, expectTitle, login, problemsOn, useE2E } from './harness';

const e2e = useE2E();

/** A date as the page writes it: the day in Finland, in Finnish ("23. marraskuuta 2026"). */
const finnishDate = (date: Date) => new Intl.DateTimeFormat('fi-FI', { dateStyle: 'long', timeZone: 'Europe/Helsinki' }).format(date);
/** The once-a-year rule as the server counts it: the same moment a year later. */
const aYearFrom = (date: Date) => {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
};
const fill = (text: string, values: Record<string, string>) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, v), text);

async function lookUp(page: Page, text: string): Promise<void> {
  await page.locator('#centre-lookup-q').fill(text);
  await page.locator('form[role="search"] button[type="submit"]').click();
}

async function expectResponsible(page: Page, name: string): Promise<void> {
  await page.getByTestId('centre-responsible').filter({ hasText: name }).waitFor();
}

/** Opens a Suomi.fi dropdown and picks the option by its visible name. */
async function pick(page: Page, dropdownId: string, option: string): Promise<void> {
  await page.locator(`#${dropdownId}_button`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('my welfare centre: lookup', () => {
  it('names Tuiran hyvinvointikeskus for Kangastie 12, with the area, a link to the centre and the nearest places', async () => {
    const page = await e2e.newPage();
    await page.goto('/my-centre');
    await expectH1(page, centre.title);
    await expectTitle(page, `${centre.title} – Avain`);
    await expectNoAxeViolations(page, 'my centre, empty');

    await lookUp(page, 'Kangastie 12, 90500 Oulu');
    await expectResponsible(page, 'Tuiran hyvinvointikeskus');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kangastie 12, 90500 Oulu');
    expect(await page.getByTestId('centre-result-area').textContent()).toBe('Keskinen hyvinvointialue');
    const link = page.getByTestId('centre-responsible').getByRole('link', { name: 'Tuiran hyvinvointikeskus' });
    expect(await link.getAttribute('href')).toMatch(/^\/locations\/[0-9a-f-]{36}$/);
    // Screen reader and keyboard users land on the answer to what they asked.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('centre-result-heading');
    const nearest = page.locator('section[aria-labelledby="centre-nearest-heading"] li');
    expect(await nearest.count()).toBeGreaterThan(0);
    expect(await nearest.first().textContent()).toMatch(/\d+(,\d)? km/);
    // Without a login there is nothing to choose, only the way to log in.
    expect(await page.getByRole('button', { name: /^Valitse / }).count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain(centre.choice.loginPrompt);
    await expectNoAxeViolations(page, 'my centre, address result');
    expect(problemsOn(page)).toEqual([]);
    await page.context().close();
  });

  it('names Kaakkurin hyvinvointikeskus for the postal code 90410', async () => {
    const page = await e2e.newPage();
    await page.goto('/my-centre');
    await lookUp(page, '90410');
    await expectResponsible(page, 'Kaakkurin hyvinvointikeskus');
    expect(await page.getByTestId('centre-result-area').textContent()).toBe('Eteläinen hyvinvointialue');
    await page.context().close();
  });

  it('for a split postal code says the street address decides and shows both centres', async () => {
    const page = await e2e.newPage();
    await page.goto('/my-centre?q=90600');
    const candidates = page.getByTestId('centre-candidates');
    await candidates.waitFor();
    expect(await page.locator('main').textContent()).toContain(centre.result.splitHeading);
    expect(await candidates.locator('article').count()).toBe(2);
    expect(await candidates.textContent()).toMatch(/Tuiran hyvinvointikeskus.*Kontinkankaan hyvinvointikeskus|Kontinkankaan hyvinvointikeskus.*Tuiran hyvinvointikeskus/);
    expect(await page.getByTestId('centre-responsible').count()).toBe(0);
    await expectNoAxeViolations(page, 'my centre, split postal code');
    await page.context().close();
  });

  it("uses the browser's position when asked, and says when it is outside the region", async () => {
    const at = async (latitude: number, longitude: number) => {
      const page = await e2e.newPage();
      await page.context().grantPermissions(['geolocation']);
      await page.context().setGeolocation({ latitude, longitude });
      await page.goto('/my-centre');
      await page.getByRole('button', { name: centre.lookup.usePosition }).click();
      return page;
    };
    const tuira = await at(65.02867, 25.46008);
    await expectResponsible(tuira, 'Tuiran hyvinvointikeskus');
    expect(await tuira.locator('main').textContent()).toContain(centre.result.yourPosition);
    await tuira.context().close();

    const helsinki = await at(60.17, 24.94);
    await helsinki.locator('main [role="alert"]').filter({ hasText: centre.lookup.errors.outside }).waitFor();
    await expectNoAxeViolations(helsinki, 'my centre, position outside the region');
    await helsinki.context().close();
  });

  it('says at the field when the address is missing or not in the region', async () => {
    const page = await e2e.newPage();
    await page.goto('/my-centre');
    const field = page.locator('#centre-lookup-q');
    const status = page.locator('#centre-lookup-q-statusText');

    await page.locator('form[role="search"] button[type="submit"]').click();
    await status.filter({ hasText: centre.lookup.errors.required }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('centre-lookup-q');

    await lookUp(page, '99999');
    await status.filter({ hasText: centre.lookup.errors.notFound }).waitFor();
    expect(await field.getAttribute('aria-describedby')).toContain('centre-lookup-q-statusText');
    await expectNoAxeViolations(page, 'my centre, address not found');

    await lookUp(page, 'x');
    await status.filter({ hasText: centre.lookup.errors.invalid }).waitFor();
    await page.context().close();
  });
});

describe('my welfare centre: a resident chooses', () => {
  it('chooses another centre, sees it with the date here and on the front page, and a second change is refused with the date', async () => {
    const page = await e2e.newPage();
    await login(page, 'asukas');
    await page.goto('/my-centre');
    const choice = page.locator('section[aria-labelledby="centre-choice-heading"]');
    await choice.getByText(centre.choice.none).waitFor();
    await expectNoAxeViolations(page, 'my centre, resident without a choice');

    await pick(page, 'centre-choice-select', 'Kaakkurin hyvinvointikeskus');
    await choice.getByRole('button', { name: centre.choice.choose }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(fill(centre.choice.confirm.text, { name: 'Kaakkurin hyvinvointikeskus' })).waitFor();
    await expectNoAxeViolations(page, 'my centre, confirmation');
    await dialog.getByRole('button', { name: centre.choice.confirm.confirm }).click();

    await page.getByTestId('centre-choice-saved').waitFor();
    const now = new Date();
    const current = page.getByTestId('centre-current-choice');
    expect(await current.textContent()).toContain('Kaakkurin hyvinvointikeskus');
    expect(await current.textContent()).toContain(`${centre.choice.chosenOn} ${finnishDate(now)}`);
    const nextChange = fill(centre.choice.nextChangeFrom, { date: finnishDate(aYearFrom(now)) });
    expect(await page.getByTestId('centre-next-change').textContent()).toBe(nextChange);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectNoAxeViolations(page, 'my centre, chosen');

    await page.goto('/');
    const home = page.getByTestId('home-centre');
    await home.getByText('Kaakkurin hyvinvointikeskus').waitFor();
    expect(await home.textContent()).toContain(`${centre.choice.chosenOn} ${finnishDate(now)}`);
    await expectNoAxeViolations(page, 'front page, resident with a centre');
    await home.getByRole('link', { name: centre.home.change }).click();
    await page.waitForURL((url) => url.pathname === '/my-centre');

    // A second change within the year: the server refuses and the page says from when it is possible.
    await lookUp(page, 'Kangastie 12, 90500 Oulu');
    await expectResponsible(page, 'Tuiran hyvinvointikeskus');
    await page.getByRole('button', { name: 'Valitse Tuiran hyvinvointikeskus' }).click();
    await page.getByRole('dialog').getByRole('button', { name: centre.choice.confirm.confirm }).click();
    const refusal = page.getByTestId('centre-choice-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(fill(centre.choice.errors.tooSoon, { date: finnishDate(aYearFrom(now)) }));
    await expectNoAxeViolations(page, 'my centre, change refused');
    await page.getByRole('dialog').getByRole('button', { name: centre.choice.confirm.close }).click();
    expect(await page.getByTestId('centre-current-choice').textContent()).toContain('Kaakkurin hyvinvointikeskus');
    await page.context().close();
  });

  it('shows nothing of a choice on the front page to someone not logged in', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.locator('[data-place-type="welfare_centre"]').first().waitFor();
    expect(await page.getByTestId('home-centre').count()).toBe(0);
    expect(problemsOn(page)).toEqual([]);
    await page.context().close();
  });
});

describe('coordinators: areas and postal codes', () => {
  it('changes the responsible centre of a postal code, and the lookup shows the new one', async () => {
    const page = await e2e.newPage();
    await login(page, 'palveluohjaaja');
    await page.goto('/coordinator/areas');
    await expectH1(page, centre.admin.title);
    await expectTitle(page, `${centre.admin.title} – Avain`);
    await page.locator('#centre-codes-table tbody tr').first().waitFor();
    await expectNoAxeViolations(page, 'areas admin');

    await page.locator('#centre-codes-filter').fill('90420');
    await page.getByTestId('centre-codes-count').filter({ hasText: /^Näytetään 1 \// }).waitFor();
    const row = page.locator('#centre-codes-table tbody tr', { hasText: '90420' });
    expect(await row.textContent()).toContain('Kaakkurin hyvinvointikeskus');
    await row.getByRole('button', { name: `${centre.admin.change} ${fill(centre.admin.changeWhat, { code: '90420' })}` }).click();
    await page.getByRole('dialog').waitFor();
    await expectNoAxeViolations(page, 'areas admin, postal code dialog');
    await pick(page, 'centre-postal-code-centre-0', 'Myllyojan hyvinvointikeskus');
    await page.getByRole('dialog').getByRole('button', { name: centre.admin.edit.save }).click();
    await page.getByTestId('centre-postal-code-saved').waitFor();
    expect(await row.textContent()).toContain('Myllyojan hyvinvointikeskus');

    await page.goto('/my-centre?q=90420');
    await expectResponsible(page, 'Myllyojan hyvinvointikeskus');
    expect(await page.getByTestId('centre-result-area').textContent()).toBe('Itäinen hyvinvointialue');
    await page.context().close();
  });

  it('keeps the parts of a split postal code when only a centre changes', async () => {
    type Code = { code: string; boundary: unknown; assignments: { centreName: { fi: string }; part: unknown }[] };
    const page = await e2e.newPage();
    const read = async () => ((await (await page.request.get('/api/areas/postal-codes')).json()) as Code[]).find((code) => code.code === '90620')!;
    // The server keeps the parts in no fixed order, so the part to change is found by its centre.
    const kontinkangas = (await read()).assignments.findIndex((a) => a.centreName.fi === 'Kontinkankaan hyvinvointikeskus');
    expect(kontinkangas).toBeGreaterThanOrEqual(0);

    await login(page, 'palveluohjaaja');
    await page.goto('/coordinator/areas');
    const row = page.locator('#centre-codes-table tbody tr', { hasText: '90620' });
    await row.getByRole('button', { name: `${centre.admin.change} ${fill(centre.admin.changeWhat, { code: '90620' })}` }).click();
    await pick(page, `centre-postal-code-centre-${kontinkangas}`, 'Myllyojan hyvinvointikeskus');
    await page.getByRole('dialog').getByRole('button', { name: centre.admin.edit.save }).click();
    await page.getByTestId('centre-postal-code-saved').waitFor();

    const saved = await read();
    expect(saved.boundary).not.toBeNull();
    expect(saved.assignments.map((a) => a.centreName.fi).sort()).toEqual(['Myllyojan hyvinvointikeskus', 'Tuiran hyvinvointikeskus']);
    expect(saved.assignments.every((a) => a.part !== null)).toBe(true);
    await page.context().close();
  });

  it("shows the API's field errors at the fields", async () => {
    const page = await e2e.newPage();
    await login(page, 'palveluohjaaja');
    await page.route('**/api/areas/postal-codes/90100', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'https://avain.fi/problems/validation',
          title: 'Invalid input',
          status: 400,
          errors: [{ field: 'body.assignments.0.centreLocationId', message: 'is not a welfare centre of the region' }],
        }),
      }),
    );
    await page.goto('/coordinator/areas');
    const row = page.locator('#centre-codes-table tbody tr', { hasText: '90100' });
    await row.getByRole('button', { name: `${centre.admin.change} ${fill(centre.admin.changeWhat, { code: '90100' })}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: centre.admin.edit.save }).click();
    await page.getByTestId('centre-postal-code-error').filter({ hasText: centre.admin.errors.checkFields }).waitFor();
    expect(await page.locator('#centre-postal-code-centre-0-statusText').textContent()).toBe(centre.admin.errors.notACentre);
    await expectNoAxeViolations(page, 'areas admin, field error');
    await page.context().close();
  });

  it('renames a welfare area, requiring the Finnish name', async () => {
    const page = await e2e.newPage();
    await login(page, 'palveluohjaaja');
    await page.goto('/coordinator/areas');
    const row = page.locator('#centre-areas-table tbody tr', { hasText: 'Pohjoinen hyvinvointialue' });
    await row.getByRole('button', { name: `${centre.admin.rename.button} Pohjoinen hyvinvointialue` }).click();
    const finnish = page.locator('#centre-area-name-fi');
    await finnish.fill('');
    await page.getByRole('dialog').getByRole('button', { name: centre.admin.edit.save }).click();
    expect(await page.locator('#centre-area-name-fi-statusText').textContent()).toBe(centre.admin.errors.nameRequired);
    await expectNoAxeViolations(page, 'areas admin, rename dialog with an error');

    await finnish.fill('Pohjoisen Oulun hyvinvointialue');
    await page.getByRole('dialog').getByRole('button', { name: centre.admin.edit.save }).click();
    await page.locator('#centre-areas-table tbody tr', { hasText: 'Pohjoisen Oulun hyvinvointialue' }).waitFor();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Pohjoisen Oulun hyvinvointialue' }).waitFor();
    await page.context().close();
  });

  it('is not offered to residents', async () => {
    const page = await e2e.newPage();
    await login(page, 'asukas');
    await page.goto('/coordinator/areas');
    await expectH1(page, fi.access.noAccessTitle);
    await page.context().close();
  });
});
