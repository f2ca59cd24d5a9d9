/**
 * The acceptance test of booking: Aino books a nurse's appointment at Tuira welfare centre, the
 * confirmation is in the outbox, Pekka sees it on his day list, Aino moves it to another time and
 * cancels it, and the page says so at each step. The steps share the database, in order. axe on
 * every new page and state.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import app from '../src/i18n/fi.json';
import booking from '../src/features/booking/i18n/fi.json';
import notifications from '../src/features/notifications/i18n/fi.json';
import { TEMPLATES } from '../../server/src/modules/notifications/templates';
import { expectH1, expectNoAxeViolations, expectTitle, fillText as fill, finishStep as done, pageAs, useE2E } from './harness';

const e2e = useE2E();

const AINO = 'Aino Maria Asukas';
const AINO_EMAIL = 'aino.asukas@example.fi';
const PEKKA = 'Pekka Ammattilainen';
const NURSE = 'Sairaanhoitajan vastaanotto';
const TUIRA = 'Tuiran hyvinvointikeskus';


const as = (username: string) => pageAs(e2e, username);


interface Shown {
  /** As the appointment cards and notices write it ("ti 24.11.2026 klo 9.00"). */
  when: string;
  time: string;
  /** As the day list's date field takes it. */
  typed: string;
}

/** An instant as the pages show it: formatted by the browser itself, as the app does. */
const shownIn = (page: Page, iso: string): Promise<Shown> =>
  page.evaluate((at) => {
    const date = new Date(at);
    const zone = { timeZone: 'Europe/Helsinki' } as const;
    const [y, m, d] = new Intl.DateTimeFormat('en-CA', zone).format(date).split('-');
    return {
      when: new Intl.DateTimeFormat('fi-FI', { weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', ...zone }).format(date),
      time: new Intl.DateTimeFormat('fi-FI', { hour: '2-digit', minute: '2-digit', ...zone }).format(date),
      typed: `${Number(d)}.${Number(m)}.${y}`,
    };
  }, iso);

interface MyAppointment {
  id: string;
  startsAt: string;
  status: string;
  appointmentType: { name: { fi: string } };
}

/** Aino's appointments as the page gets them, to know the instant she chose. */
const myAppointments = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('/api/me/appointments', { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`/api/me/appointments: HTTP ${response.status}`);
    return response.json();
  }) as Promise<{ upcoming: MyAppointment[]; past: MyAppointment[] }>;

/** Opens a Suomi.fi dropdown by its label and picks the option by its visible name. */
async function pick(page: Page, label: string, option: string | RegExp): Promise<void> {
  // The button is named by its value and then its label.
  await page.getByRole('button', { name: new RegExp(` ${label}$`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The nurse's appointment at this time, as a card in the list. */
const card = (list: Locator, when: string): Locator => list.getByTestId('appointment').filter({ has: list.page().getByRole('heading', { name: `${NURSE}, ${when}`, exact: true }) });

/**
 * A free time on the third day that has any: at least a day away, so that it can still be moved
 * and cancelled online (24 hours before), and not `except`.
 */
async function chooseSlot(page: Page, except?: string): Promise<string> {
  const days = page.locator('section[aria-labelledby^="find-day-"]');
  await days.nth(2).waitFor();
  const buttons = days.nth(2).getByRole('button');
  const labels = await Promise.all((await buttons.all()).map((b) => b.getAttribute('aria-label')));
  const label = labels.find((l) => l && !(except && l.includes(except)) && l.includes(booking.channels.in_person) && l.includes(PEKKA));
  expect(label).toBeTruthy();
  await page.getByRole('button', { name: label!, exact: true }).click();
  return label!;
}

/** The outbox row to Aino with this subject, newest first. */
async function expectInOutbox(page: Page, subject: string, bodyParts: string[]): Promise<void> {
  await page.goto('/dev/outbox');
  await expectH1(page, notifications.outbox.title);
  const row = page.locator('tbody tr').filter({ hasText: AINO_EMAIL }).filter({ hasText: subject }).first();
  await row.waitFor();
  const text = await row.textContent();
  for (const part of bodyParts) expect(text).toContain(part);
}

let booked: { id: string; shown: Shown } | undefined;

describe('booking an appointment', () => {
  it('Aino gets her messages by e-mail in Finnish, to her account address', async () => {
    const aino = await as('asukas');
    await aino.goto('/notification-settings');
    await expectH1(aino, notifications.settings.title);
    await expectTitle(aino, `${notifications.settings.title} – Avain`);
    const channel = aino.getByRole('group', { name: notifications.settings.channel });
    expect(await channel.getByRole('radio', { name: notifications.channels.email }).isChecked()).toBe(true);
    expect(await aino.getByRole('group', { name: notifications.settings.language }).getByRole('radio', { name: notifications.languages.fi }).isChecked()).toBe(true);
    await aino.getByText(fill(notifications.settings.emailHint, { email: AINO_EMAIL })).waitFor();
    await expectNoAxeViolations(aino, 'message settings');

    await aino.getByRole('button', { name: notifications.settings.save }).click();
    await aino.getByRole('status').getByText(notifications.settings.saved).waitFor();
    await expectNoAxeViolations(aino, 'message settings, saved');
    await done(aino);
  });

  it('Aino books a nurse appointment at Tuira and the confirmation is in the outbox', async () => {
    const aino = await as('asukas');
    await aino.locator(`nav[aria-label="${app.nav.label}"]`).getByRole('link', { name: app.nav.appointments }).click();
    await aino.waitForURL((url) => url.pathname === '/appointments');
    await expectH1(aino, booking.title);
    await expectTitle(aino, `${booking.title} – Avain`);
    await aino.getByText(booking.find.chooseType).waitFor();
    await expectNoAxeViolations(aino, 'appointments, nothing chosen');
    const before = new Set((await myAppointments(aino)).upcoming.map((a) => a.id));

    await pick(aino, booking.find.type, `${NURSE} (${fill(booking.minutes_other, { count: 30 })})`);
    await pick(aino, booking.find.centre, TUIRA);
    await pick(aino, booking.find.channel, booking.channels.in_person);
    await aino.getByText(new RegExp(`^\\d+ ${booking.find.count_other.replace('{{count}} ', '')}$`)).waitFor();
    await expectNoAxeViolations(aino, 'appointments, free times');

    const chosen = await chooseSlot(aino);
    const confirm = aino.getByTestId('confirm-booking');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(TUIRA);
    await expectNoAxeViolations(aino, 'appointments, confirming');
    await confirm.getByRole('button', { name: booking.confirm }).click();

    const status = aino.locator('[role="status"]').filter({ hasText: booking.booked.split(':')[0]! });
    await status.waitFor();
    const mine = (await myAppointments(aino)).upcoming.find((a) => !before.has(a.id));
    expect(mine?.status).toBe('booked');
    booked = { id: mine!.id, shown: await shownIn(aino, mine!.startsAt) };
    expect(chosen).toBe(`${booked.shown.time} · ${booking.channels.in_person}, ${fill(booking.chooseSlot, { when: booked.shown.when, who: PEKKA, channel: booking.channels.in_person })}`);
    expect(await status.textContent()).toContain(fill(booking.booked, { what: NURSE, when: booked.shown.when }));
    const bookedCard = card(aino.getByRole('region', { name: booking.upcoming, exact: true }), booked.shown.when);
    await bookedCard.waitFor();
    const cardText = await bookedCard.textContent();
    expect(cardText).toContain(booking.statuses.booked);
    expect(cardText).toContain(TUIRA);
    expect(cardText).toContain(PEKKA);
    await expectNoAxeViolations(aino, 'appointments, booked');

    await expectInOutbox(aino, TEMPLATES.appointment_confirmed.subject.fi, [NURSE, TUIRA, notifications.channels.email]);
    await expectTitle(aino, `${notifications.outbox.title} – Avain`);
    await expectNoAxeViolations(aino, 'outbox with the confirmation');
    await done(aino);
  });

  it("Pekka sees Aino's appointment on his day list for its date", async () => {
    const pekka = await as('ammattilainen');
    await pekka.locator(`nav[aria-label="${app.nav.label}"]`).getByRole('link', { name: app.nav.dayList }).click();
    await pekka.waitForURL((url) => url.pathname === '/day-list');
    await expectH1(pekka, booking.dayList.title);
    await expectTitle(pekka, `${booking.dayList.title} – Avain`);
    await expectNoAxeViolations(pekka, 'day list, today');

    const date = pekka.getByRole('textbox', { name: new RegExp(`^${booking.dayList.date}`) });
    await date.fill(booked!.shown.typed);
    const row = pekka.getByTestId('day-list-row').filter({ hasText: AINO }).filter({ hasText: booked!.shown.time });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain(`${NURSE}, ${booking.channels.in_person}`);
    expect(text).toContain(booking.statuses.booked);
    expect(await row.getByRole('button', { name: fill(booking.dayList.markLabel.arrived, { name: AINO, time: booked!.shown.time }) }).count()).toBe(1);
    await expectNoAxeViolations(pekka, 'day list with the booking');
    await done(pekka);
  });

  it('Aino moves the appointment to another time, then cancels it', async () => {
    const aino = await as('asukas');
    await aino.goto('/appointments');
    await expectH1(aino, booking.title);
    const upcoming = aino.getByRole('region', { name: booking.upcoming, exact: true });
    const past = aino.getByRole('region', { name: booking.past, exact: true });
    await card(upcoming, booked!.shown.when).getByRole('button', { name: booking.move }).click();
    await aino.getByRole('heading', { name: fill(booking.moveTitle, { what: NURSE, when: booked!.shown.when }) }).waitFor();
    await pick(aino, booking.find.channel, booking.channels.in_person);
    await expectNoAxeViolations(aino, 'appointments, moving');

    const before = new Set((await myAppointments(aino)).upcoming.map((a) => a.id));
    await chooseSlot(aino, booked!.shown.when);
    const confirm = aino.getByTestId('confirm-booking');
    await confirm.getByRole('button', { name: booking.confirmMove }).click();
    const movedStatus = aino.locator('[role="status"]').filter({ hasText: booking.moved.split(':')[0]! });
    await movedStatus.waitFor();
    // A move books the new time and cancels the old one.
    const moved = (await myAppointments(aino)).upcoming.find((a) => !before.has(a.id));
    expect(moved?.status).toBe('booked');
    const now = await shownIn(aino, moved!.startsAt);
    expect(now.when).not.toBe(booked!.shown.when);
    expect(await movedStatus.textContent()).toContain(fill(booking.moved, { what: NURSE, when: now.when }));
    await card(upcoming, now.when).filter({ hasText: booking.statuses.booked }).waitFor();
    await card(past, booked!.shown.when).filter({ hasText: booking.statuses.cancelled }).waitFor();
    expect(await card(upcoming, booked!.shown.when).count()).toBe(0);
    await expectNoAxeViolations(aino, 'appointments, moved');

    await card(upcoming, now.when).getByRole('button', { name: booking.cancel }).click();
    await aino.locator('[role="status"]').filter({ hasText: booking.cancelled }).waitFor();
    await card(past, now.when).filter({ hasText: booking.statuses.cancelled }).waitFor();
    expect(await card(upcoming, now.when).count()).toBe(0);
    expect(await card(past, now.when).getByRole('button').count()).toBe(0);
    await expectNoAxeViolations(aino, 'appointments, cancelled');

    await expectInOutbox(aino, TEMPLATES.appointment_moved.subject.fi, [NURSE]);
    await expectInOutbox(aino, TEMPLATES.appointment_cancelled.subject.fi, [NURSE]);
    await done(aino);
  });
});
