import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import fi from '../src/features/catalog/i18n/fi.json';
import sv from '../src/features/catalog/i18n/sv.json';
import { expectH1, expectNoAxeViolations, useE2E } from './harness';

/** Kangastie 12, 90500 Oulu: the Tuira welfare centre's address. */
const KANGASTIE = { label: 'Kangastie 12, 90500 Oulu', lat: 65.0287, lon: 25.4601 };

const e2e = useE2E();

/** A page whose map tiles never load, as on a machine without internet: the page must not care. */
async function catalogPage(): Promise<Page> {
  const page = await e2e.newPage();
  await page.route(/^https?:\/\/[^/]*tile\.openstreetmap\.org\//, (route) => route.abort());
  return page;
}

/** Waits until the search on screen has finished and its result count is shown. */
async function resultsShown(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-testid="catalog-count"]');
    return status?.closest('[aria-busy]')?.getAttribute('aria-busy') === 'false' && (status.textContent ?? '') !== '';
  });
}

/** Does what changes the search, then waits for the new answer to be on screen (not the old one). */
async function searchAfter(page: Page, action: () => Promise<unknown>): Promise<void> {
  const answered = page.waitForResponse((response) => response.url().includes('/api/catalog/search?'));
  await action();
  await answered;
  await resultsShown(page);
}

async function searchFor(page: Page, text: string): Promise<void> {
  const field = page.getByRole('searchbox', { name: fi.search.label });
  await field.fill(text);
  await searchAfter(page, () => field.press('Enter'));
  expect(new URL(page.url()).searchParams.get('q')).toBe(text);
}

const hitNames = (page: Page) => page.locator('[data-testid="catalog-hit"] h3').allTextContents();
const totalShown = async (page: Page) => Number((await page.getByTestId('catalog-count').textContent())?.match(/\d+/)?.[0]);

function kilometres(text: string): number {
  return Number(text.replace(/[^\d,.]/g, '').replace(',', '.'));
}

async function expectNearestFirst(page: Page): Promise<void> {
  const distances = (await page.getByTestId('catalog-distance').allTextContents()).map(kilometres);
  expect(distances.length).toBe(await page.getByTestId('catalog-hit').count());
  expect([...distances].sort((a, b) => a - b)).toEqual(distances);
}

describe('catalogue search', () => {
  it('finds child clinics for "neuvola", nearest first from an address, on a map, without axe violations', async () => {
    const page = await catalogPage();
    await page.goto('/services');
    await expectH1(page, fi.search.heading);
    await resultsShown(page);
    await searchFor(page, 'neuvola');

    expect(await page.locator('[data-testid="catalog-hit"][data-service-class="child_clinic"]').count()).toBeGreaterThan(0);
    expect((await hitNames(page)).some((name) => name.toLowerCase().includes('lastenneuvola'))).toBe(true);

    await page.getByLabel(fi.sort.address).fill(KANGASTIE.label);
    await searchAfter(page, () => page.getByRole('button', { name: fi.sort.useAddress }).click());
    const url = new URL(page.url());
    expect([url.searchParams.get('sort'), url.searchParams.get('near')]).toEqual(['distance', KANGASTIE.label]);
    await expectNearestFirst(page);
    const firstClinic = page.locator('[data-testid="catalog-hit"][data-service-class="child_clinic"]').first();
    expect(await firstClinic.textContent()).toContain('Kangastie 12');
    expect(await page.getByRole('radio', { name: fi.sort.distance }).isChecked()).toBe(true);

    const map = page.getByRole('region', { name: fi.map.resultsLabel });
    await map.locator('.leaflet-marker-icon').first().waitFor();
    const places = new Set(await page.locator('[data-testid="catalog-hit"] a[href^="/locations/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
    expect(await map.locator('.leaflet-marker-icon').count()).toBe(places.size);

    await expectNoAxeViolations(page, 'search page, sorted by distance, tiles not loaded');
    await page.context().close();
  });

  it('sorts by the browser position when the user allows it', async () => {
    const page = await catalogPage();
    await page.context().grantPermissions(['geolocation']);
    await page.context().setGeolocation({ latitude: KANGASTIE.lat, longitude: KANGASTIE.lon });
    await page.goto('/services?q=lastenneuvola');
    await resultsShown(page);
    await searchAfter(page, () => page.getByRole('button', { name: fi.sort.usePosition }).click());
    expect(new URL(page.url()).searchParams.get('sort')).toBe('distance');
    expect(await page.getByTestId('catalog-origin').textContent()).toContain(fi.sort.fromPosition);
    await expectNearestFirst(page);
    expect(await page.getByTestId('catalog-hit').first().textContent()).toContain('Kangastie 12');
    await page.context().close();
  });

  it('says so beside the field when the address is not found', async () => {
    const page = await catalogPage();
    await page.goto('/services?q=neuvola');
    await resultsShown(page);
    await page.getByLabel(fi.sort.address).fill('Olematon katu 999');
    await page.getByRole('button', { name: fi.sort.useAddress }).click();
    await page.getByText(fi.sort.addressNotFound).waitFor();
    expect(await page.getByLabel(fi.sort.address).getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).searchParams.has('sort')).toBe(false);
    await page.context().close();
  });

  it('still finds the child clinics with a typo ("neuvla")', async () => {
    const page = await catalogPage();
    await page.goto('/services?q=neuvla');
    await resultsShown(page);
    expect(await page.locator('[data-testid="catalog-hit"][data-service-class="child_clinic"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('searchbox', { name: fi.search.label }).inputValue()).toBe('neuvla');
    await page.context().close();
  });

  it('finds services by their Swedish names for a Swedish query, in Swedish', async () => {
    const page = await catalogPage();
    await page.addInitScript(() => localStorage.setItem('avain.lang', 'sv'));
    await page.goto('/services');
    await expectH1(page, sv.search.heading);
    await resultsShown(page);
    const field = page.getByRole('searchbox', { name: sv.search.label });
    await field.fill('rådgivning');
    await searchAfter(page, () => field.press('Enter'));
    const names = await hitNames(page);
    expect(names.length).toBeGreaterThan(0);
    expect(names.some((name) => name.toLowerCase().includes('rådgivning'))).toBe(true);
    await expectNoAxeViolations(page, 'search page in Swedish');
    await page.context().close();
  });

  it('narrows the list with a filter whose facet count tells how many remain, and the back button undoes it', async () => {
    const page = await catalogPage();
    await page.goto('/services?q=neuvola');
    await resultsShown(page);
    const before = await totalShown(page);

    await page.getByRole('button', { name: fi.filters.producerType }).click();
    const ngo = page.locator('label[for="filter-producerType-third_sector"]');
    const facet = Number((await ngo.textContent())?.match(/^järjestö \((\d+)\)$/)?.[1]);
    expect(facet).toBeGreaterThan(0);
    expect(facet).toBeLessThan(before);

    await searchAfter(page, () => ngo.click());
    expect(new URL(page.url()).searchParams.get('producerType')).toBe('third_sector');
    expect(await page.getByRole('checkbox', { name: /^järjestö/ }).isChecked()).toBe(true);
    expect(await totalShown(page)).toBe(facet);
    expect(await page.getByTestId('catalog-hit').count()).toBe(facet);
    // Counts follow the narrowed results: every channel is now counted among these few.
    const channelCounts = await page.locator('[data-filter="channel"] label').allTextContents();
    expect(channelCounts.every((label) => Number(label.match(/\((\d+)\)/)?.[1] ?? 0) <= facet)).toBe(true);
    await expectNoAxeViolations(page, 'search page with an open filter group');

    await searchAfter(page, () => page.goBack());
    expect(new URL(page.url()).searchParams.has('producerType')).toBe(false);
    expect(await totalShown(page)).toBe(before);
    await page.context().close();
  });

  it('shows more results with the cursor and moves focus to the first new one', async () => {
    const page = await catalogPage();
    await page.goto('/services');
    await resultsShown(page);
    expect(await page.getByTestId('catalog-hit').count()).toBe(20);
    await page.getByRole('button', { name: /Näytä lisää/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="catalog-hit"]').length === 40);
    const focused = await page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.children[20]?.contains(document.activeElement));
    expect(focused).toBe(true);
    await page.context().close();
  });

  it('lets a keyboard user skip the map', async () => {
    const page = await catalogPage();
    await page.goto('/services?q=neuvola');
    await resultsShown(page);
    const skip = page.getByRole('link', { name: fi.map.skip });
    await skip.focus();
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(fi.map.end);
    await page.context().close();
  });
});

describe('service and location pages', () => {
  it('opens a service from the results, with its places, channels and fees, without axe violations', async () => {
    const page = await catalogPage();
    await page.goto('/services?q=lastenneuvola');
    await resultsShown(page);
    const first = page.locator('[data-testid="catalog-hit"] h3 a').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page.waitForURL(/\/services\/[0-9a-f-]{36}$/);
    await expectH1(page, name);

    await page.getByRole('heading', { level: 2, name: fi.service.fee }).waitFor();
    await page.getByRole('heading', { level: 2, name: fi.service.grantingCriteria }).waitFor();
    await page.getByTestId('service-place').first().waitFor();
    expect(await page.locator('[data-testid="service-place"] a[href^="tel:+358"]').count()).toBeGreaterThan(0);
    await page.getByRole('region', { name: fi.map.serviceLabel }).locator('.leaflet-marker-icon').first().waitFor();
    await page.getByRole('button', { name: /Myös tässä paikassa/ }).first().waitFor();
    await expectNoAxeViolations(page, 'service page');

    const place = page.locator('[data-testid="service-place"] h3 a').first();
    const placeName = (await place.textContent()) ?? '';
    await place.click();
    await page.waitForURL(/\/locations\/[0-9a-f-]{36}$/);
    await expectH1(page, placeName);
    await page.getByRole('heading', { level: 2, name: fi.location.hours }).waitFor();
    await page.getByRole('heading', { level: 2, name: fi.location.accessibility }).waitFor();
    expect(await page.getByTestId('location-service').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="location-service"] h4').allTextContents()).toContain(name);
    await expectNoAxeViolations(page, 'location page');
    await page.context().close();
  });

  it('shows a service-bus stop with its timetable', async () => {
    const response = await fetch(`${e2e.baseUrl}/api/hsds/locations?per_page=100`);
    const { contents } = (await response.json()) as { contents: { id: string; name: string }[] };
    const stop = contents.find((location) => location.name.startsWith('Palveluauto'));
    expect(stop).toBeDefined();

    const page = await catalogPage();
    await page.goto(`/locations/${stop!.id}`);
    await expectH1(page, stop!.name);
    const timetable = page.getByRole('region', { name: fi.location.timetable });
    await timetable.waitFor();
    expect(await timetable.textContent()).toContain('Palveluauto on pysäkillä');
    await expectNoAxeViolations(page, 'service-bus stop');
    await page.context().close();
  });

  it('says plainly when a service does not exist', async () => {
    const page = await catalogPage();
    await page.goto('/services/00000000-0000-4000-8000-000000000000');
    await expectH1(page, fi.service.notFound);
    await expectNoAxeViolations(page, 'service not found');
    await page.context().close();
  });
});
