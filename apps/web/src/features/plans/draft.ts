/** The plan being edited: the content as the form holds it (dates as typed) and its conversion for the API. */
import { parseTypedDate } from '../../ui/date-format';
import type { PlanContent, PlanInput } from './api';

type Member = PlanContent['team'][number];

export interface Draft {
  summary: string;
  goals: { id: string; text: string; indicator: string; targetDate: string }[];
  services: { serviceId: string; name: string; producer: string; frequency: string; from: string; to: string }[];
  clientActions: { id: string; text: string }[];
  team: Member[];
  responsibleWorkerId: string;
  nextReviewOn: string;
  changeNote: string;
}

/** Short ids: a goal's FHIR id is `<plan id>.<goal id>`, within 64 characters. */
export const newId = () => crypto.randomUUID().slice(0, 8);

/** "2026-03-01" as the Finnish "1.3.2026" that Suomi.fi date inputs use. */
export const typedDate = (iso: string | null) => {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
};

export const emptyDraft = (): Draft => ({
  summary: '',
  goals: [{ id: newId(), text: '', indicator: '', targetDate: '' }],
  services: [],
  clientActions: [],
  team: [],
  responsibleWorkerId: '',
  nextReviewOn: '',
  changeNote: '',
});

export const draftOf = (content: PlanContent): Draft => ({
  summary: content.summary,
  goals: content.goals.map((g) => ({ id: g.id, text: g.text, indicator: g.indicator ?? '', targetDate: typedDate(g.targetDate) })),
  services: content.services.map((s) => ({ ...s, from: typedDate(s.from), to: typedDate(s.to) })),
  clientActions: content.clientActions,
  team: content.team,
  responsibleWorkerId: content.responsibleWorkerId,
  nextReviewOn: typedDate(content.nextReviewOn),
  changeNote: '',
});

/** The body for the API, or the names of the date fields that are no real day. */
export function inputOf(draft: Draft): { input: PlanInput; badDates: string[] } {
  const badDates: string[] = [];
  const day = (typed: string, field: string) => {
    if (typed.trim() === '') return null;
    const iso = parseTypedDate(typed);
    if (!iso) badDates.push(field);
    return iso;
  };
  const input: PlanInput = {
    summary: draft.summary,
    goals: draft.goals.map((g, i) => ({ id: g.id, text: g.text, indicator: g.indicator.trim() || null, targetDate: day(g.targetDate, `goals.${i}.targetDate`) })),
    services: draft.services.map((s, i) => ({ serviceId: s.serviceId, frequency: s.frequency, from: day(s.from, `services.${i}.from`) ?? '', to: day(s.to, `services.${i}.to`) })),
    clientActions: draft.clientActions,
    team: draft.team.map((m) =>
      m.kind === 'staff'
        ? { kind: 'staff', userId: m.userId, role: m.role, phone: m.phone || null, email: m.email || null }
        : { kind: 'external', id: m.id, name: m.name, organisation: m.organisation, role: m.role, serviceId: m.serviceId, phone: m.phone || null, email: m.email || null },
    ),
    responsibleWorkerId: draft.responsibleWorkerId,
    nextReviewOn: day(draft.nextReviewOn, 'nextReviewOn'),
  };
  return { input, badDates };
}

/** Replaces one item of a list, for the editors' change handlers. */
export const replaced = <T>(list: T[], index: number, change: Partial<T>): T[] => list.map((item, i) => (i === index ? { ...item, ...change } : item));
export const without = <T>(list: T[], index: number): T[] => list.filter((_, i) => i !== index);
