import { LIFE_DOMAINS, type PlanContent, type TeamMember } from '@avain/domain';
import type { DbOrTx } from '../db/client.ts';
import { ensureQuestionnaire, saveAssessmentForSeed } from '../modules/assessment/service.ts';
import { publishedService, serviceIdsByCode } from '../modules/catalog/service.ts';
import { saveRelation } from '../modules/clients/service.ts';
import { savePlanForSeed } from '../modules/plans/service.ts';
import { saveReferralForSeed } from '../modules/referrals/service.ts';
import type { DemoClientIds } from './clients.ts';
import { DEMO_MEMBERSHIPS, DEMO_UNITS } from './clients-oulu.ts';
import { DEMO_ASSESSMENTS, DEMO_PLANS, DEMO_REFERRALS, type DemoPlan } from './plans-oulu.ts';

const DAY_MS = 86_400_000;

interface People {
  ids: Map<string, string>;
  names: Map<string, string>;
}

/**
 * The demo assessments, plans and referrals, for clients created in this run only (so a reload
 * adds nothing twice). Team members get the team relation the plan gives them in the app.
 */
export async function loadDemoPlans(db: DbOrTx, ids: DemoClientIds, people: People, now = new Date()): Promise<void> {
  await ensureQuestionnaire(db);
  const person = (username: string) => ({ id: people.ids.get(username)!, name: people.names.get(username)! });
  const unitOf = (username: string) => {
    const code = DEMO_MEMBERSHIPS.find((m) => m.username === username)!.unit;
    return { id: ids.units.get(code)!, register: DEMO_UNITS.find((u) => u.code === code)!.register };
  };
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const dateIn = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
  const codes = [...DEMO_PLANS.flatMap((p) => [...p.services.map((s) => s.service), ...p.team.flatMap((m) => (m.external?.service ? [m.external.service] : []))]), ...DEMO_REFERRALS.map((r) => r.service)];
  const services = new Map<string, Service>();
  for (const [code, id] of await serviceIdsByCode(db, codes)) {
    const found = await publishedService(db, id);
    if (found) services.set(code, { id, name: found.name, producer: found.organizationName });
  }
  const service = (code: string) => {
    const found = services.get(code);
    if (!found) throw new Error(`The demo catalogue has no published service ${code}`);
    return found;
  };

  for (const a of DEMO_ASSESSMENTS.filter((a) => ids.fresh.has(a.client))) {
    const unit = { id: ids.units.get(a.unit)!, register: DEMO_UNITS.find((u) => u.code === a.unit)!.register };
    const domains = Object.fromEntries(LIFE_DOMAINS.flatMap((d) => (a.scores[d] === undefined ? [] : [[d, { score: a.scores[d]!, text: '' }]])));
    await saveAssessmentForSeed(db, { clientId: ids.clients.get(a.client)!, unit, author: person(a.author), input: { domains, selfManagement: a.selfManagement, clientView: a.clientView, clientGoals: a.clientGoals }, authoredAt: daysAgo(a.daysAgo) });
  }

  const planIds = new Map<string, string>();
  for (const p of DEMO_PLANS.filter((p) => ids.fresh.has(p.client))) {
    const clientId = ids.clients.get(p.client)!;
    const content = planContent(p, person, service, dateIn);
    const creator = person(p.creator);
    const saved = { savedBy: creator, savedAt: daysAgo(p.daysAgo), changeNote: 'Suunnitelma laadittu yhdessä asiakkaan kanssa.' };
    const versions =
      p.state === 'draft'
        ? [{ content, ...saved }]
        : p.state === 'agreed'
          ? [{ content, ...saved, agreement: { kind: 'spoken' as const, byName: creator.name, note: 'Asiakas hyväksyi suunnitelman tapaamisessa.', at: daysAgo(p.daysAgo) } }]
          : [
              { content: { ...content, clientActions: content.clientActions.slice(0, 1) }, ...saved, agreement: { kind: 'portal' as const, byName: 'Asiakas', at: daysAgo(p.daysAgo - 2) } },
              { content, savedBy: person(p.responsible), savedAt: daysAgo(10), changeNote: 'Lisätty asiakkaan oma tehtävä ryhmäpäivistä.' },
            ];
    const reviews = p.review
      ? [{ by: person(p.responsible), at: daysAgo(p.review.daysAgo), note: p.review.note, nextReviewOn: dateIn(p.nextReviewInDays), scores: Object.entries(p.review.scores).map(([goalId, score]) => ({ goalId, score })) }]
      : [];
    planIds.set(p.client, await savePlanForSeed(db, { clientId, register: unitOf(p.creator).register, unitId: unitOf(p.creator).id, createdBy: creator, versions, reviews }));
    for (const member of p.team.filter((m) => m.user)) {
      const unit = unitOf(member.user!);
      await saveRelation(db, { clientId, professionalId: person(member.user!).id, unitId: unit.id, kind: 'team', needsAddress: false, startsAt: daysAgo(p.daysAgo), endsAt: null, note: 'Yhteisen suunnitelman tiimi' });
    }
  }

  for (const r of DEMO_REFERRALS.filter((r) => ids.fresh.has(r.client))) {
    const referrer = person(r.referrer);
    const unit = unitOf(r.referrer);
    await saveReferralForSeed(db, {
      clientId: ids.clients.get(r.client)!,
      serviceId: service(r.service).id,
      handoverNote: r.handoverNote,
      referrer: { ...referrer, unitId: unit.id, register: unit.register },
      planId: planIds.get(r.client) ?? null,
      sentAt: daysAgo(r.daysAgo),
      ...(r.answer ? { answer: { status: r.answer.status, note: r.answer.note, by: { id: referrer.id, name: 'Vertaisryhmän ohjaaja' }, at: daysAgo(r.answer.daysAgo) } } : {}),
    });
  }
}

interface Service {
  id: string;
  name: string;
  producer: string;
}

function planContent(p: DemoPlan, person: (u: string) => { id: string; name: string }, service: (code: string) => Service, dateIn: (days: number) => string): PlanContent {
  const team: TeamMember[] = p.team.map((m) =>
    m.user
      ? { kind: 'staff', userId: person(m.user).id, name: person(m.user).name, role: m.role, unit: null, phone: null, email: null }
      : { kind: 'external', id: m.external!.id, name: m.external!.name, organisation: m.external!.organisation, role: m.role, serviceId: m.external!.service ? service(m.external!.service).id : null, phone: m.external!.phone ?? null, email: m.external!.email ?? null },
  );
  return {
    summary: p.summary,
    goals: p.goals.map((g) => ({ id: g.id, text: g.text, indicator: g.indicator, targetDate: g.targetInDays === null ? null : dateIn(g.targetInDays) })),
    services: p.services.map((s) => {
      const { id, name, producer } = service(s.service);
      return { serviceId: id, name, producer, frequency: s.frequency, from: dateIn(-p.daysAgo), to: null };
    }),
    clientActions: p.clientActions.map((text, i) => ({ id: `oma-${i + 1}`, text })),
    team,
    responsibleWorkerId: person(p.responsible).id,
    nextReviewOn: dateIn(p.nextReviewInDays),
  };
}
