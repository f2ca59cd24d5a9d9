/**
 * The acceptance test of the joint service plan: a professional assesses Aino, the segment and its
 * reasons show, she appears on the coordinator's worklist, the coordinator starts a plan with a team
 * and the one responsible worker and refers her to an NGO peer group, the NGO accepts, Aino accepts
 * the plan, and its review turns up as the responsible worker's task on the review date. The steps
 * share the database, in order. axe on every new page and state.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { HOLISTIC_QUESTIONNAIRE, LIFE_DOMAINS } from '@avain/domain';
import app from '../src/i18n/fi.json';
import assessment from '../src/features/assessment/i18n/fi.json';
import clients from '../src/features/clients/i18n/fi.json';
import plans from '../src/features/plans/i18n/fi.json';
import referrals from '../src/features/referrals/i18n/fi.json';
import tasks from '../src/features/tasks/i18n/fi.json';
import { expectH1, expectNoAxeViolations, expectTitle, fillText as fill, finishStep as done, pageAs, useE2E } from './harness';

const e2e = useE2E();

const AINO = 'Aino Maria Asukas';
const SAMI = 'Sami Sosiaalityöntekijä';
const PEKKA = 'Pekka Ammattilainen';
const SERVICE = 'Masennuksesta toipuvien vertaisryhmä';
const NGO = 'Oulun seudun mielenterveysyhdistys Aalto ry';
const GOAL = 'Löydän vertaistukea ja jaksan taas hoitaa arjen asiat.';
const HANDOVER = 'Aino kärsii masennuksesta ja toivoo vertaistukea. Hän on motivoitunut aloittamaan ryhmässä.';


/** Today in Finland: as the API writes it, as the date inputs take it, and as the pages show it. */
const todayIso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
const todayTyped = (() => {
  const [y, m, d] = todayIso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
})();
const todayShown = new Intl.DateTimeFormat('fi-FI', { dateStyle: 'medium', timeZone: 'Europe/Helsinki' }).format(new Date(`${todayIso}T12:00:00Z`));

/** The questionnaire's own wording of an answer option, as the form shows it. */
const optionText = (linkId: string, value: number) => {
  const item = HOLISTIC_QUESTIONNAIRE.items.find((i) => i.linkId === linkId)!;
  const options = item.answerOption ?? item.item?.[0]?.answerOption ?? [];
  return options.find((o) => o.value === value)!.text.fi;
};

const as = (username: string) => pageAs(e2e, username);


/** Suomi.fi draws its own radios: the label takes the click, as it does for a user. */
const choose = (scope: Page | Locator, label: string | RegExp) => scope.locator('label').filter({ hasText: label }).first().click();

let ainoId = '';

describe('joint service plan', () => {
  it('a professional assesses Aino: the multi-professional segment and its reasons show', async () => {
    const sami = await as('sosiaalityontekija');
    await sami.goto('/clients');
    await sami.getByText(clients.search.byName, { exact: true }).click();
    await sami.locator('#client-search-last-name').fill('Asukas');
    await sami.locator('#client-search-birth-date').fill('12.4.1986');
    await sami.locator('form[role="search"] button[type="submit"]').click();
    await sami.getByTestId('client-hit').first().getByRole('link').click();
    await sami.waitForURL((url) => /^\/clients\/[0-9a-f-]{36}$/.test(url.pathname));
    ainoId = new URL(sami.url()).pathname.split('/')[2]!;
    await expectH1(sami, AINO);

    const summary = sami.getByTestId('assessment-summary');
    await summary.getByText(assessment.summary.none).waitFor();
    await summary.getByRole('link', { name: assessment.summary.new }).click();
    await sami.waitForURL((url) => url.pathname === `/clients/${ainoId}/assessments/new`);
    await expectH1(sami, assessment.form.newTitle);
    await expectTitle(sami, `${assessment.form.newTitle} – Avain`);
    await expectNoAxeViolations(sami, 'new assessment, empty');

    // Saving with nothing chosen names the problem before anything is sent.
    await sami.getByRole('button', { name: assessment.form.save }).click();
    await sami.getByText(assessment.form.summary).waitFor();
    await expectNoAxeViolations(sami, 'new assessment, errors');

    for (const domain of LIFE_DOMAINS) await choose(sami.getByTestId(`domain-${domain}`), optionText(domain, 3));
    await choose(sami, optionText('self_management', 4));
    await sami.locator('#assessment-client-view').fill('Mieliala on ollut pitkään matala, ja arki ei suju.');
    await sami.locator('#assessment-client-goals').fill('Saada apua ja vertaistukea.');
    await sami.getByRole('button', { name: assessment.form.save }).click();

    await sami.waitForURL((url) => url.pathname === `/clients/${ainoId}/assessments`);
    await expectH1(sami, assessment.history.title);
    await expectTitle(sami, `${assessment.history.title} – Avain`);
    const segment = sami.getByTestId('assessment').first().getByTestId('segment');
    await segment.waitFor();
    expect(await segment.getAttribute('data-segment')).toBe('multi_professional');
    const segmentText = await segment.textContent();
    expect(segmentText).toContain(assessment.segments.multi_professional);
    expect(segmentText).toContain(assessment.why);
    const reasons = await segment.locator('li').allTextContents();
    expect(reasons).toEqual([
      fill(assessment.reasons.domain_sum_high, { value: 27, threshold: 14 }),
      fill(assessment.reasons.severe_domains, { value: 9, threshold: 3 }),
      fill(assessment.reasons.self_management_poor, { value: 4, threshold: 3 }),
      fill(assessment.reasons.daily_functioning_poor, { value: 3, threshold: 3 }),
    ]);
    await expectNoAxeViolations(sami, 'assessment history with the new segment');
    await done(sami);
  });

  it('the coordinator finds Aino on the worklist, takes her, and starts the plan with a team', async () => {
    const paula = await as('palveluohjaaja');
    await paula.locator(`nav[aria-label="${app.nav.label}"]`).getByRole('link', { name: app.nav.worklist }).click();
    await paula.waitForURL((url) => url.pathname === '/worklist');
    await expectH1(paula, assessment.worklist.title);
    await expectTitle(paula, `${assessment.worklist.title} – Avain`);
    const row = paula.getByTestId('worklist-row').filter({ hasText: AINO });
    await row.waitFor();
    expect(await row.textContent()).toContain(assessment.worklistReasons.multi_professional_segment);
    await expectNoAxeViolations(paula, 'worklist');

    await row.getByRole('button', { name: `${assessment.worklist.take} ${AINO}` }).click();
    const open = row.getByRole('link', { name: assessment.worklist.open });
    await open.waitFor();
    expect(await row.textContent()).toContain(fill(assessment.worklist.takenBy, { name: 'Paula Palveluohjaaja', date: todayShown }));
    await expectNoAxeViolations(paula, 'worklist, client taken');

    await open.click();
    await paula.waitForURL((url) => url.pathname === `/clients/${ainoId}`);
    await expectH1(paula, AINO);
    const planSummary = paula.getByRole('region', { name: plans.title });
    await planSummary.getByText(plans.none).waitFor();
    await planSummary.getByRole('link', { name: plans.start }).click();
    await paula.waitForURL((url) => url.pathname === `/clients/${ainoId}/plan`);
    await expectH1(paula, plans.title);
    await expectTitle(paula, `${plans.title} – Avain`);
    await paula.getByText(plans.none).waitFor();
    await expectNoAxeViolations(paula, 'plan page, no plan');

    await paula.getByRole('button', { name: plans.start }).click();
    const form = paula.getByRole('form', { name: plans.start });
    await form.waitFor();
    await form.getByRole('textbox', { name: plans.summary.label }).fill('Aino on ollut pitkään masentunut ja työttömänä. Arki ei suju ilman tukea.');
    await form.getByRole('textbox', { name: plans.goals.text }).fill(GOAL);

    await form.getByRole('searchbox', { name: plans.services.search }).fill('Masennuksesta');
    await form.getByRole('button', { name: fill(plans.services.pick, { name: `${SERVICE} (${NGO})` }) }).click();
    await form.getByRole('textbox', { name: plans.services.frequency }).fill('Kerran viikossa');
    await form.getByRole('textbox', { name: new RegExp(`^${plans.services.from}`) }).fill(todayTyped);

    const team = form.locator('fieldset').filter({ has: paula.locator('legend', { hasText: plans.team.title }) });
    const staffSearch = team.getByRole('searchbox', { name: plans.team.search });
    await staffSearch.fill('Sami');
    await team.getByRole('button', { name: new RegExp(`^${fill(plans.team.pick, { name: SAMI, unit: '' })}`) }).click();
    await staffSearch.fill('Pekka');
    await team.getByRole('button', { name: new RegExp(`^${fill(plans.team.pick, { name: PEKKA, unit: '' })}`) }).click();
    await team.getByRole('button', { name: plans.team.addExternal }).click();
    const roles = team.getByRole('textbox', { name: new RegExp(`^${plans.team.role}`) });
    await roles.nth(0).fill('Sosiaalityöntekijä');
    await roles.nth(1).fill('Sairaanhoitaja');
    await team.getByRole('textbox', { name: plans.team.name, exact: true }).fill(SERVICE);
    await team.getByRole('textbox', { name: plans.team.organisation, exact: true }).fill(NGO);
    await roles.nth(2).fill('Vertaisryhmä');
    const responsible = team.getByRole('group', { name: plans.team.responsibleLegend });
    await choose(responsible, SAMI);
    await form.getByRole('textbox', { name: new RegExp(`^${plans.nextReview}`) }).fill(todayTyped);
    await expectNoAxeViolations(paula, 'plan editor, filled in');

    await form.getByRole('button', { name: plans.start }).click();
    await paula.getByRole('button', { name: plans.edit }).waitFor();
    const main = paula.locator('main');
    const shown = await main.textContent();
    expect(shown).toContain(fill(plans.version, { version: 1 }));
    expect(shown).toContain(plans.states.draft);
    expect(shown).toContain(GOAL);
    expect(shown).toContain(SERVICE);
    expect(shown).toContain(`${SAMI} – ${plans.responsible}`);
    expect(shown).toContain(PEKKA);
    expect(shown).toContain('Sairaanhoitaja');
    expect(shown).toContain(`Vertaisryhmä, ${NGO}`);
    expect(await paula.getByText(plans.reviewDue).count()).toBe(1);
    await expectNoAxeViolations(paula, 'plan page, plan started');

    // The referral from the plan: to the NGO's peer group, with the handover note.
    const section = paula.getByRole('region', { name: referrals.client.heading });
    await section.getByText(referrals.client.none).waitFor();
    await section.getByRole('button', { name: referrals.refer.open }).click();
    const dialog = paula.getByRole('dialog');
    await dialog.getByText(referrals.refer.title).waitFor();
    await dialog.locator('#refer-search').fill('Masennuksesta');
    await choose(dialog.getByRole('group', { name: referrals.refer.results }), SERVICE);
    await dialog.locator('#refer-note').fill('Liian lyhyt');
    await dialog.getByRole('button', { name: referrals.refer.confirm }).click();
    await dialog.getByText(fill(referrals.refer.noteShort, { min: 20 })).waitFor();
    await expectNoAxeViolations(paula, 'referral dialog, note too short');
    await dialog.locator('#refer-note').fill(HANDOVER);
    await dialog.getByRole('button', { name: referrals.refer.confirm }).click();
    await section.getByTestId('referral-notice').getByText(fill(referrals.refer.done, { service: SERVICE })).waitFor();
    const referral = section.getByTestId('referral-item');
    await referral.waitFor();
    expect(await referral.textContent()).toContain(referrals.status.sent);
    expect(await referral.textContent()).toContain(HANDOVER);
    await expectNoAxeViolations(paula, 'plan page, referral sent');
    await done(paula);
  });

  it("the NGO's producer sees the referral with its handover note and accepts it", async () => {
    const jaana = await as('jarjesto');
    await jaana.locator(`nav[aria-label="${app.nav.label}"]`).getByRole('link', { name: app.nav.referrals }).click();
    await jaana.waitForURL((url) => url.pathname === '/referrals');
    await expectH1(jaana, referrals.title);
    await expectTitle(jaana, `${referrals.title} – Avain`);
    const card = jaana.getByTestId('referral-item').filter({ has: jaana.getByRole('heading', { name: fill(referrals.itemHeading, { service: SERVICE, client: AINO }) }) });
    await card.waitFor();
    expect(await card.textContent()).toContain(HANDOVER);
    expect(await card.textContent()).toContain('Paula Palveluohjaaja');
    await expectNoAxeViolations(jaana, 'incoming referrals');

    await card.getByRole('button', { name: referrals.actions.accept }).click();
    const dialog = jaana.getByRole('dialog');
    await dialog.getByText(referrals.dialog.accept.title).waitFor();
    await dialog.getByRole('textbox').fill('Tervetuloa ryhmään tiistaisin kello 17.');
    await expectNoAxeViolations(jaana, 'accept dialog');
    await dialog.getByRole('button', { name: referrals.dialog.accept.confirm }).click();
    await jaana.getByTestId('referral-notice').getByText(referrals.dialog.done.accept).waitFor();
    await expectNoAxeViolations(jaana, 'referral accepted');
    await done(jaana);
  });

  it('Aino reads her plan, accepts it, and sees her referral accepted', async () => {
    const aino = await as('asukas');
    await aino.locator(`nav[aria-label="${app.nav.label}"]`).getByRole('link', { name: app.nav.myPlan }).click();
    await aino.waitForURL((url) => url.pathname === '/my-plan');
    await expectH1(aino, plans.myTitle);
    await expectTitle(aino, `${plans.myTitle} – Avain`);
    const main = aino.locator('main');
    await main.getByText(GOAL).waitFor();
    const shown = await main.textContent();
    expect(shown).toContain(plans.states.draft);
    expect(shown).toContain(`${SAMI} – ${plans.responsible}`);
    expect(shown).toContain(PEKKA);
    expect(shown).toContain('Sairaanhoitaja');
    expect(shown).toContain(`Vertaisryhmä, ${NGO}`);
    expect(shown).toContain(SERVICE);
    const myReferral = aino.getByTestId('my-referral').filter({ hasText: SERVICE });
    await myReferral.getByText(referrals.status.accepted, { exact: true }).waitFor();
    expect(await myReferral.textContent()).toContain(fill(referrals.mine.answer, { note: 'Tervetuloa ryhmään tiistaisin kello 17.' }));
    await expectNoAxeViolations(aino, 'my plan, to accept');

    await aino.getByRole('button', { name: fill(plans.accept.button, { version: 1 }) }).click();
    await aino.getByText(plans.accept.done).waitFor();
    expect(await main.textContent()).toContain(plans.states.agreed);
    expect(await aino.getByRole('button', { name: fill(plans.accept.button, { version: 1 }) }).count()).toBe(0);
    await expectNoAxeViolations(aino, 'my plan, accepted');
    await done(aino);
  });

  it("the plan's review is the responsible worker's task on its date", async () => {
    const sami = await as('sosiaalityontekija');
    await sami.goto('/');
    const list = sami.getByTestId('staff-tasks');
    const task = list.locator('li').filter({ hasText: fill(tasks.kind.plan_review_due, { client: AINO }) });
    await task.waitFor();
    expect(await task.textContent()).toContain(fill(tasks.since.plan_review_due, { date: todayShown }));
    await expectNoAxeViolations(sami, 'front page with the review task');

    await task.getByRole('link', { name: fill(tasks.kind.plan_review_due, { client: AINO }) }).click();
    await sami.waitForURL((url) => url.pathname === `/clients/${ainoId}/plan`);
    await expectH1(sami, plans.title);
    await sami.getByText(plans.reviewDue).waitFor();
    expect(await sami.locator('main').textContent()).toContain(plans.states.agreed);
    await done(sami);
  });
});
