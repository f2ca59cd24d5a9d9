/**
 * The acceptance test of messaging: Aino writes to Pekka of her care team, and Pekka's open thread
 * list shows the message without a reload (server-sent events); Pekka replies, and the reply turns
 * up on Aino's open thread page the same way. axe on every new page and state.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import app from '../src/i18n/fi.json';
import messaging from '../src/features/messaging/i18n/fi.json';
import { expectH1, expectNoAxeViolations, expectTitle, fillText as fill, pageAs, problemsOn, useE2E } from './harness';

const e2e = useE2E();

const AINO = 'Aino Maria Asukas';
const PEKKA = 'Pekka Ammattilainen';
const SUBJECT = 'Verikokeen tulokset';
const QUESTION = 'Hei! Onko verikokeeni tulokset jo tulleet? Voinko jatkaa lääkitystä ennallaan?';
const ANSWER = 'Hei Aino, tulokset ovat normaalit. Jatka lääkitystä ennallaan.';


const as = (username: string) => pageAs(e2e, username);

/** Suomi.fi draws its own radios: the label takes the click, as it does for a user. */
const choose = (page: Page, label: string | RegExp) => page.locator('label').filter({ hasText: label }).first().click();

/** Marks the page's document; a reload or a full navigation would start a new one without the mark. */
const mark = (page: Page) => page.evaluate(() => void ((window as unknown as { avainE2eMark?: boolean }).avainE2eMark = true));
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { avainE2eMark?: boolean }).avainE2eMark === true);

describe('secure messaging', () => {
  it('a message from Aino shows on Pekka’s open list without a reload, and his reply on her open thread', async () => {
    const pekka = await as('ammattilainen');
    await pekka.locator(`nav[aria-label="${app.nav.label}"]`).getByRole('link', { name: app.nav.messages }).click();
    await pekka.waitForURL((url) => url.pathname === '/messages');
    await expectH1(pekka, messaging.title);
    await expectTitle(pekka, `${messaging.title} – Avain`);
    const assigned = pekka.getByRole('region', { name: messaging.list.assigned, exact: true });
    await assigned.waitFor();
    expect(await assigned.getByRole('link', { name: `${SUBJECT} – ${AINO}` }).count()).toBe(0);
    await expectNoAxeViolations(pekka, 'messages, professional');
    await mark(pekka);

    const aino = await as('asukas');
    await aino.locator(`nav[aria-label="${app.nav.label}"]`).getByRole('link', { name: app.nav.messages }).click();
    await aino.waitForURL((url) => url.pathname === '/messages');
    await expectH1(aino, messaging.title);
    await expectTitle(aino, `${messaging.title} – Avain`);
    await aino.getByRole('region', { name: messaging.list.mine, exact: true }).waitFor();
    await expectNoAxeViolations(aino, 'messages, resident');

    await aino.getByRole('link', { name: messaging.new.link }).click();
    await aino.waitForURL((url) => url.pathname === '/messages/new');
    await expectH1(aino, messaging.new.title);
    await expectTitle(aino, `${messaging.new.title} – Avain`);
    await aino.getByRole('group', { name: new RegExp(`^${messaging.new.to}`) }).waitFor();
    await expectNoAxeViolations(aino, 'new message, empty');

    // Sending with nothing filled in names each missing field.
    await aino.getByRole('button', { name: messaging.composer.send }).click();
    await aino.getByText(messaging.new.subjectMissing).waitFor();
    expect(await aino.locator('main').textContent()).toContain(messaging.composer.empty);
    expect(await aino.locator('main').textContent()).toContain(messaging.new.toMissing);
    await expectNoAxeViolations(aino, 'new message, errors');

    await choose(aino, new RegExp(`^${PEKKA}, `));
    await aino.getByRole('textbox', { name: messaging.new.subject }).fill(SUBJECT);
    await aino.getByRole('textbox', { name: new RegExp(`^${messaging.composer.label}`) }).fill(QUESTION);
    await aino.getByRole('button', { name: messaging.composer.send }).click();
    await aino.waitForURL((url) => /^\/messages\/[0-9a-f-]{36}$/.test(url.pathname));
    const threadPath = new URL(aino.url()).pathname;
    await expectH1(aino, SUBJECT);
    await expectTitle(aino, `${SUBJECT} – Avain`);
    const ainoMessages = aino.getByRole('region', { name: messaging.thread.messages, exact: true });
    await ainoMessages.getByText(QUESTION).waitFor();
    expect(await ainoMessages.textContent()).toContain(messaging.thread.me);
    expect(await aino.locator('main dl').textContent()).toContain(PEKKA);
    await expectNoAxeViolations(aino, 'thread, sent');

    // Pekka's list, open all along, gets the thread and the unread count from the live stream.
    const link = assigned.getByRole('link', { name: `${SUBJECT} – ${AINO}` });
    await link.waitFor();
    await assigned.getByText(fill(messaging.list.unread_one, { count: 1 }), { exact: true }).waitFor();
    await pekka.getByText(fill(messaging.badge_one, { count: 1 }), { exact: true }).waitFor();
    expect(await sameDocument(pekka)).toBe(true);
    expect(pekka.url()).toMatch(/\/messages$/);
    await expectNoAxeViolations(pekka, 'messages, new thread arrived');

    await link.click();
    await pekka.waitForURL((url) => url.pathname === threadPath);
    await expectH1(pekka, SUBJECT);
    const pekkaMessages = pekka.getByRole('region', { name: messaging.thread.messages, exact: true });
    await pekkaMessages.getByText(QUESTION).waitFor();
    // Messages are signed with the author's user name; the facts name the client in full.
    expect(await pekkaMessages.textContent()).toContain('Aino Asukas');
    expect(await pekka.locator('main dl').textContent()).toContain(AINO);
    // Shown means read: the badge goes away.
    await pekka.getByText(fill(messaging.badge_one, { count: 1 }), { exact: true }).waitFor({ state: 'detached' });
    await expectNoAxeViolations(pekka, 'thread, professional');

    await mark(aino);
    await pekka.getByRole('textbox', { name: new RegExp(`^${messaging.composer.label}`) }).fill(ANSWER);
    await pekka.getByRole('button', { name: messaging.composer.send }).click();
    await pekkaMessages.getByText(ANSWER).waitFor();

    // Aino's thread page, open all along, shows the reply and tells screen readers it came.
    await ainoMessages.getByText(ANSWER).waitFor();
    expect(await ainoMessages.textContent()).toContain(PEKKA);
    await aino.getByText(fill(messaging.thread.arrived_one, { name: PEKKA }), { exact: true }).waitFor({ state: 'attached' });
    expect(await sameDocument(aino)).toBe(true);
    expect(new URL(aino.url()).pathname).toBe(threadPath);
    await expectNoAxeViolations(aino, 'thread, reply arrived');

    expect(problemsOn(pekka)).toEqual([]);
    expect(problemsOn(aino)).toEqual([]);
    await pekka.context().close();
    await aino.context().close();
  });
});
