import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import fi from '../src/i18n/fi.json';
import editing from '../src/features/editing/i18n/fi.json';
import { expectH1, expectNoAxeViolations, login, useE2E } from './harness';

const e2e = useE2E();

interface MyService {
  id: string;
  name: { fi: string };
  status: string;
  pendingReview: unknown;
}

/** The producer's published services without a waiting change, through the API the page uses. */
async function publishedServices(page: Page): Promise<MyService[]> {
  const body = (await (await page.request.get('/api/catalog/my-services')).json()) as { items: MyService[] };
  return body.items.filter((s) => s.status === 'published' && !s.pendingReview);
}

async function openAsProducer(): Promise<Page> {
  const page = await e2e.newPage();
  await login(page, 'tuottaja');
  return page;
}

/** Changes the Finnish summary on the edit page and sends it for review. */
async function proposeSummary(page: Page, service: MyService, summary: string) {
  await page.goto('/producer');
  await page.getByRole('link', { name: service.name.fi, exact: true }).click();
  await page.waitForURL((url) => url.pathname === `/producer/services/${service.id}`);
  await expectH1(page, service.name.fi);
  await page.getByTestId('review-notice').waitFor();
  await page.locator('#summary-fi').fill(summary);
  await page.getByRole('button', { name: editing.edit.sendToReview }).click();
  await page.getByTestId('save-notice').getByText(editing.edit.sentToReview).waitFor();
  await page.getByTestId('pending-review').waitFor();
  expect(await page.getByTestId('pending-review').textContent()).toContain(summary);
}

async function openReview(page: Page, serviceName: string) {
  await page.goto('/coordinator/reviews');
  await expectH1(page, editing.reviews.heading);
  const review = page.getByTestId('review').filter({ has: page.getByRole('heading', { name: serviceName, exact: true }) });
  await review.waitFor();
  return review;
}

describe('a producer edits a service and a coordinator reviews it', () => {
  it('publishes the change once approved: the resident sees the new text', async () => {
    const producer = await openAsProducer();
    await producer.goto('/producer');
    await expectH1(producer, editing.producer.heading);
    await producer.locator('table tbody tr').first().waitFor();
    await expectNoAxeViolations(producer, 'producer page');

    const [service] = await publishedServices(producer);
    const summary = `Uusi tiivistelmä ${Date.now()}: palvelu auttaa arjessa.`;

    // A missing Finnish name is refused by the server and shown at the field.
    await producer.getByRole('link', { name: service!.name.fi, exact: true }).click();
    await expectH1(producer, service!.name.fi);
    await expectNoAxeViolations(producer, 'service edit page');
    await producer.locator('#name-fi').fill('');
    await producer.getByRole('button', { name: editing.edit.sendToReview }).click();
    await producer.getByTestId('save-error').waitFor();
    await producer.getByText(editing.errors.required).first().waitFor();
    expect(await producer.locator('#name-fi').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(producer, 'service edit page with field errors');

    await proposeSummary(producer, service!, summary);
    await expectNoAxeViolations(producer, 'service edit page with a change waiting for review');
    expect(await producer.getByTestId('service-history').textContent()).toContain(editing.history.actions.proposed);
    await producer.goto('/producer');
    const row = producer.locator('table tbody tr').filter({ hasText: service!.name.fi });
    expect(await row.textContent()).toContain(editing.producer.pending);

    const coordinator = await e2e.newPage();
    await login(coordinator, 'palveluohjaaja');
    const review = await openReview(coordinator, service!.name.fi);
    expect(await review.locator('table').textContent()).toContain(summary);
    await expectNoAxeViolations(coordinator, 'review queue');
    await review.getByRole('button', { name: editing.reviews.approve }).click();
    await coordinator.getByTestId('review-notice').getByText(editing.reviews.approved.replace('{{name}}', service!.name.fi)).waitFor();

    const resident = await e2e.newPage();
    await resident.goto(`/services/${service!.id}`);
    await expectH1(resident, service!.name.fi);
    await resident.getByText(summary).waitFor();
    const api = (await (await resident.request.get(`/api/catalog/services/${service!.id}`)).json()) as { summary: { fi: string } };
    expect(api.summary.fi).toBe(summary);

    for (const page of [producer, coordinator, resident]) await page.context().close();
  });

  it('returns a change with a required comment, which the producer reads in the history', async () => {
    const producer = await openAsProducer();
    const [service] = await publishedServices(producer);
    await proposeSummary(producer, service!, 'Tiivistelmä, joka palautetaan.');

    const coordinator = await e2e.newPage();
    await login(coordinator, 'palveluohjaaja');
    const review = await openReview(coordinator, service!.name.fi);
    await review.getByRole('button', { name: editing.reviews.return }).click();
    await review.getByText(editing.reviews.commentRequired).waitFor();
    await expectNoAxeViolations(coordinator, 'review queue with a missing comment');
    const comment = 'Tiivistelmästä pitää käydä ilmi, kenelle palvelu on tarkoitettu.';
    await review.getByLabel(editing.reviews.comment).fill(comment);
    await review.getByRole('button', { name: editing.reviews.return }).click();
    await coordinator.getByTestId('review-notice').getByText(editing.reviews.returned.replace('{{name}}', service!.name.fi)).waitFor();

    // Coordinators edit every service directly and may change its status.
    await coordinator.goto(`/producer/services/${service!.id}`);
    await expectH1(coordinator, service!.name.fi);
    await coordinator.getByRole('button', { name: editing.status.actions.archived }).waitFor();
    await expectNoAxeViolations(coordinator, 'service edit page (coordinator)');

    await producer.goto(`/producer/services/${service!.id}`);
    const history = producer.getByTestId('service-history');
    await history.getByText(comment).waitFor();
    expect(await history.locator('li').first().textContent()).toContain(editing.history.actions.returned);
    expect(await history.locator('li').first().textContent()).toContain('Paula Palveluohjaaja');
    // The returned proposal no longer blocks a new change.
    expect(await producer.getByTestId('pending-review').count()).toBe(0);
    await producer.getByTestId('review-notice').waitFor();

    for (const page of [producer, coordinator]) await page.context().close();
  });

  it("lets the producer correct a location's exceptional hours, applied at once, with bad input named", async () => {
    const producer = await openAsProducer();
    await producer.locator(`nav[aria-label="${fi.nav.label}"]`).getByRole('link', { name: fi.nav.producer }).click();
    await expectH1(producer, editing.producer.heading);
    const edit = producer.getByRole('button', { name: new RegExp(`^${editing.locations.edit}`) }).first();
    await edit.click();
    const editor = producer.locator('#location-editor');
    await editor.locator('form').waitFor();
    await editor.getByRole('button', { name: editing.locations.addException }).click();
    const rows = editor.locator('fieldset').filter({ hasText: editing.locations.exception.replace(' {{n}}', '') });
    const last = rows.last();
    await last.getByLabel(editing.locations.date).fill('2031-12-24');
    await editor.getByRole('button', { name: editing.locations.save }).click();
    await producer.getByTestId('location-saved').waitFor();
    await expectNoAxeViolations(producer, 'location editor');

    await last.getByLabel(editing.locations.date).fill('24.12.2031');
    await editor.getByRole('button', { name: editing.locations.save }).click();
    await editor.getByText(editing.errors.date).waitFor();
    await producer.context().close();
  });
});
