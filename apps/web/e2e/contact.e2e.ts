/**
 * The acceptance test of contact: queue numbers for Tuira's nurse walk-in are taken at the kiosk
 * and online, the nurse calls them at the desk and both sides see them called; and a call-back
 * request goes to the resident's responsible worker. axe on every new page and state.
 *
 * Walk-in numbers are given only during walk-in hours (Tuira: Mon–Fri 08–10 in Helsinki), so the
 * server's walk-in clock starts at a Tuesday 08:30 (`AVAIN_NOW`, honoured only in tests); the rest
 * of the server keeps the real time.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import app from '../src/i18n/fi.json';
import contact from '../src/features/contact/i18n/fi.json';
import notifications from '../src/features/notifications/i18n/fi.json';
import { TEMPLATES } from '../../server/src/modules/notifications/templates';
import { expectH1, expectNoAxeViolations, expectTitle, fillText as fill, finishStep as done, pageAs, useE2E } from './harness';

// Tuesday 17 November 2026, 08:30 in Helsinki (UTC+2).
const WALK_IN_NOW = '2026-11-17T08:30:00+02:00';

const e2e = useE2E({ env: { AVAIN_NOW: WALK_IN_NOW } });

const AINO = 'Aino Maria Asukas';
const AINO_EMAIL = 'aino.asukas@example.fi';
const SAMI = 'Sami Sosiaalityöntekijä';
const TUIRA = 'Tuiran hyvinvointikeskus';
const NURSE_WALK_IN = 'Tuiran terveysasema – lääkärin ja hoitajan vastaanotto';
const ROOM = 'Huone 12';
/** A transparent 1×1 PNG, for map tiles. */
const BLANK_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');


const as = (username: string) => pageAs(e2e, username);


/** Suomi.fi draws its own radios: the label takes the click, as it does for a user. */
const choose = (page: Page, label: string | RegExp) => page.locator('label').filter({ hasText: label }).first().click();

/**
 * A call to the API from inside the page, with that user's session cookie and the CSRF token the
 * web app sends (from GET /api/session), for the set-up a test needs but does not test.
 */
async function apiIn<T>(page: Page, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = await (await fetch('/api/session', { headers: { accept: 'application/json' } })).json();
      const response = await fetch(path, {
        method,
        headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrfToken }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
      return response.json();
    },
    { method, path, body },
  ) as Promise<T>;
}

let tuiraId = '';

describe('walk-in queue', () => {
  it('a number is taken at the kiosk without logging in', async () => {
    const kiosk = await e2e.newPage();
    await kiosk.goto('/');
    type Area = { places: { id: string; type: string; name: { fi: string } }[] };
    const areas = await apiIn<Area[]>(kiosk, 'GET', '/api/areas');
    tuiraId = areas.flatMap((a) => a.places).find((p) => p.type === 'welfare_centre' && p.name.fi === TUIRA)!.id;

    await kiosk.goto(`/kiosk/${tuiraId}`);
    await expectH1(kiosk, TUIRA);
    await expectTitle(kiosk, `${fill(contact.kiosk.title, { place: TUIRA })} – Avain`);
    const service = kiosk.locator('section').filter({ has: kiosk.getByRole('heading', { level: 2, name: NURSE_WALK_IN, exact: true }) });
    await service.getByText(fill(contact.queue.openNow, { hours: '08:00–10:00' })).waitFor();
    expect(await service.textContent()).toContain(fill(contact.queue.waiting_other, { count: 0 }));
    await expectNoAxeViolations(kiosk, 'kiosk');

    await service.getByRole('button', { name: contact.kiosk.take }).click();
    const taken = kiosk.getByRole('status').filter({ hasText: fill(contact.kiosk.yourNumber, { service: NURSE_WALK_IN }) });
    await taken.waitFor();
    expect(await taken.textContent()).toContain(fill(contact.kiosk.position, { position: 1 }));
    expect(await taken.locator('p').nth(1).textContent()).toBe('1');
    await expectNoAxeViolations(kiosk, 'kiosk, number taken');
    await done(kiosk);
  });

  it('Aino takes a number online from the location page and sees her place in the queue', async () => {
    const aino = await as('asukas');
    // The location page's map asks for tiles from the internet, which the test machine need not have.
    await aino.route(/^https?:\/\/[^/]*tile\.openstreetmap\.org\//, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG }));
    await aino.goto(`/locations/${tuiraId}`);
    const queue = aino.getByRole('region', { name: contact.queue.heading, exact: true });
    const nurse = queue.getByRole('region', { name: NURSE_WALK_IN, exact: true });
    await nurse.getByText(fill(contact.queue.waiting_one, { count: 1 }), { exact: true }).waitFor();
    await nurse.getByRole('link', { name: contact.queue.takeOnline }).click();
    await aino.waitForURL((url) => url.pathname === '/walk-in' && url.searchParams.get('locationId') === tuiraId);
    await expectH1(aino, contact.walkIn.title);
    await expectTitle(aino, `${contact.walkIn.title} – Avain`);
    await aino.getByText(contact.walkIn.none).waitFor();
    const take = aino.getByRole('region', { name: fill(contact.walkIn.takeAt, { place: TUIRA }), exact: true });
    await take.waitFor();
    await expectNoAxeViolations(aino, 'my walk-in, no number');

    await take.getByRole('region', { name: NURSE_WALK_IN, exact: true }).getByRole('button', { name: contact.kiosk.take }).click();
    const ticket = aino.getByRole('region', { name: fill(contact.walkIn.ticketLabel, { number: 2 }), exact: true });
    await ticket.waitFor();
    const text = await ticket.textContent();
    expect(text).toContain(NURSE_WALK_IN);
    expect(text).toContain(fill(contact.walkIn.waiting, { position: 2, minutes: 10 }));
    await expectNoAxeViolations(aino, 'my walk-in, number taken');
    await done(aino);
  });

  it('the nurse calls both numbers at the desk, and the kiosk and Aino see them called', async () => {
    const pekka = await as('ammattilainen');
    await pekka.locator(`nav[aria-label="${app.nav.label}"]`).getByRole('link', { name: app.nav.contactQueues }).click();
    await pekka.waitForURL((url) => url.pathname === '/contact-queues');
    await expectH1(pekka, contact.queues.title);
    await expectTitle(pekka, `${contact.queues.title} – Avain`);
    await expectNoAxeViolations(pekka, 'contact queues');

    const desk = pekka.getByRole('region', { name: contact.desk.heading, exact: true });
    await desk.getByRole('textbox', { name: new RegExp(`^${contact.desk.find}`) }).fill('Tuiran terveysasema');
    const label = `${NURSE_WALK_IN} – ${TUIRA}`;
    await desk.getByRole('group', { name: contact.desk.results }).waitFor();
    await choose(pekka, label);
    const queue = desk.getByRole('region', { name: label, exact: true });
    await queue.getByText(fill(contact.desk.summary, { waiting: 2, minutes: 10, number: '–' })).waitFor();
    await expectNoAxeViolations(pekka, 'walk-in desk, queue chosen');

    // Calling needs the room.
    await queue.getByRole('button', { name: contact.desk.callNext }).click();
    await queue.getByText(contact.desk.roomMissing).waitFor();
    await queue.getByRole('textbox', { name: contact.desk.room }).fill(ROOM);
    await queue.getByRole('button', { name: contact.desk.callNext }).click();
    await queue.getByRole('status').getByText(fill(contact.desk.calledNow, { number: 1, to: ROOM })).waitFor();
    await queue.getByRole('button', { name: contact.desk.callNext }).click();
    await queue.getByRole('status').getByText(fill(contact.desk.calledNow, { number: 2, to: ROOM })).waitFor();
    const called = queue.getByRole('list', { name: contact.desk.calledList });
    await called.getByRole('button', { name: fill(contact.desk.served, { number: 2 }) }).waitFor();
    expect(await called.getByRole('listitem').count()).toBe(2);
    await queue.getByText(fill(contact.desk.summary, { waiting: 0, minutes: 10, number: 2 })).waitFor();
    await expectNoAxeViolations(pekka, 'walk-in desk, two called');

    const kiosk = await e2e.newPage();
    await kiosk.goto(`/kiosk/${tuiraId}`);
    const service = kiosk.locator('section').filter({ has: kiosk.getByRole('heading', { level: 2, name: NURSE_WALK_IN, exact: true }) });
    await service.getByText(fill(contact.queue.nowServing, { number: 2 }), { exact: true }).waitFor();
    expect(await service.textContent()).toContain(fill(contact.queue.waiting_other, { count: 0 }));
    await expectNoAxeViolations(kiosk, 'kiosk, numbers called');
    await done(kiosk);

    const aino = await as('asukas');
    await aino.goto('/walk-in');
    await expectH1(aino, contact.walkIn.title);
    const ticket = aino.getByRole('region', { name: fill(contact.walkIn.ticketLabel, { number: 2 }), exact: true });
    await ticket.getByText(fill(contact.walkIn.called, { to: ROOM }), { exact: true }).waitFor();
    await expectNoAxeViolations(aino, 'my walk-in, called');

    // Having taken the number online, she is also told by message.
    await aino.goto('/dev/outbox');
    await expectH1(aino, notifications.outbox.title);
    const message = aino.locator('tbody tr').filter({ hasText: AINO_EMAIL }).filter({ hasText: TEMPLATES.walk_in_called.subject.fi });
    await message.waitFor();
    expect(await message.textContent()).toContain(fill(TEMPLATES.walk_in_called.body.fi, { number: 2, service: NURSE_WALK_IN, to: ROOM }));
    await done(aino);

    await called.getByRole('button', { name: fill(contact.desk.served, { number: 2 }) }).click();
    await called.getByRole('button', { name: fill(contact.desk.served, { number: 2 }) }).waitFor({ state: 'detached' });
    await done(pekka);
  });
});

describe('call-back request', () => {
  const TOPIC = 'Toimeentulotuen päätös: haluan kysyä, mitä liitteitä vielä tarvitaan.';
  const PHONE = '040 123 4501';

  it('the coordinator starts a plan for Aino with Sami as her responsible worker (set-up through the API)', async () => {
    const paula = await as('palveluohjaaja');
    const [hit] = await apiIn<{ id: string }[]>(paula, 'GET', '/api/clients/search?lastName=Asukas&birthDate=1986-04-12');
    const [sami] = await apiIn<{ id: string; name: string }[]>(paula, 'GET', `/api/plans/team-candidates?q=${encodeURIComponent('Sami')}`);
    expect(sami?.name).toBe(SAMI);
    await apiIn(paula, 'POST', `/api/clients/${hit!.id}/relations`, { kind: 'case', needsAddress: false, endsAt: null, note: null });
    const plan = await apiIn<{ responsibleWorker: { name: string } }>(paula, 'POST', `/api/clients/${hit!.id}/plans`, {
      summary: 'Toimeentulo on tiukalla, ja hakemusten kanssa tarvitaan apua.',
      goals: [{ text: 'Toimeentulo on turvattu', indicator: null, targetDate: null }],
      services: [],
      clientActions: [],
      team: [{ kind: 'staff', userId: sami!.id, role: 'sosiaalityöntekijä', phone: null, email: null }],
      responsibleWorkerId: sami!.id,
      nextReviewOn: null,
    });
    expect(plan.responsibleWorker.name).toBe(SAMI);
    await done(paula);
  });

  it('Aino leaves a call-back request and it goes to Sami', async () => {
    const aino = await as('asukas');
    await aino.goto('/callback');
    await expectH1(aino, contact.callback.title);
    await expectTitle(aino, `${contact.callback.title} – Avain`);
    await aino.getByText(contact.callback.none).waitFor();
    await expectNoAxeViolations(aino, 'call-back, empty');

    await aino.getByRole('textbox', { name: contact.callback.topic }).fill(TOPIC);
    await aino.getByRole('textbox', { name: contact.callback.phone }).fill(PHONE);
    await aino.getByRole('textbox', { name: new RegExp(`^${contact.callback.preferred}`) }).fill('Aamupäivisin');
    await aino.getByRole('button', { name: contact.callback.send }).click();
    await aino.getByRole('status').getByText(fill(contact.callback.sent, { to: SAMI })).waitFor();
    const mine = aino.getByRole('region', { name: contact.callback.mine, exact: true }).locator('li').filter({ hasText: TOPIC });
    await mine.waitFor();
    expect(await mine.textContent()).toContain(fill(contact.callback.waitingFor, { to: SAMI, due: '' }).trim());
    await expectNoAxeViolations(aino, 'call-back, sent');
    await done(aino);
  });

  it('Sami sees the request on his contact queues page as his own, and marks it handled', async () => {
    const sami = await as('sosiaalityontekija');
    await sami.locator(`nav[aria-label="${app.nav.label}"]`).getByRole('link', { name: app.nav.contactQueues }).click();
    await sami.waitForURL((url) => url.pathname === '/contact-queues');
    await expectH1(sami, contact.queues.title);
    const desk = sami.getByRole('region', { name: contact.callbacks.heading, exact: true });
    const request = desk.getByRole('region').filter({ hasText: TOPIC });
    await request.waitFor();
    const text = await request.textContent();
    expect(text).toContain(contact.callbacks.mine);
    expect(text).toContain(PHONE);
    expect(text).toContain('Aamupäivisin');
    expect(await request.getByRole('heading', { level: 3 }).textContent()).toBe(`${AINO} — ${TOPIC}`);
    await expectNoAxeViolations(sami, 'contact queues, call-back to answer');

    await request.getByRole('textbox', { name: contact.callbacks.note }).fill('Soitettu, liitteet lähetetään postissa.');
    await request.getByRole('button', { name: contact.callbacks.markHandled }).click();
    await desk.getByText(contact.callbacks.none).waitFor();
    await choose(sami, contact.callbacks.handled);
    const handled = desk.getByRole('region').filter({ hasText: TOPIC });
    await handled.getByText(fill(contact.callbacks.handledBy, { name: SAMI, note: 'Soitettu, liitteet lähetetään postissa.' })).waitFor();
    await expectNoAxeViolations(sami, 'contact queues, handled');
    await done(sami);
  });
});
