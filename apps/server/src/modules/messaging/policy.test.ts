import { describe, expect, it } from 'vitest';
import { handoverProblem, inboxUnits, isInboxAddressee, listedFor, registerOfServiceClass, watches, type ThreadFacts } from './policy.ts';
import { decodeEvent, encodeEvent } from './realtime/bus.ts';
import { sseEvent } from './realtime/stream.ts';

const ORG = 'org-region';
const units = [
  { id: 'tuira', organizationId: ORG, register: 'health', nameFi: 'Tuiran terveysasema' },
  { id: 'kaakkuri', organizationId: ORG, register: 'health', nameFi: 'Kaakkurin terveysasema' },
  { id: 'social', organizationId: ORG, register: 'social', nameFi: 'Aikuissosiaalityö' },
  { id: 'other', organizationId: 'org-private', register: 'social', nameFi: 'Yksityinen hoivakoti' },
];

const inbox: ThreadFacts = { clientId: 'c1', kind: 'service_inbox', unitId: 'tuira', register: 'health', assignedUserId: null, status: 'open' };
const careTeam: ThreadFacts = { ...inbox, kind: 'care_team', assignedUserId: 'pekka' };
const staff = (id: string, unitId: string | null, role: 'professional' | 'manager' = 'professional') => ({ id, role, unitId });

describe('where a message to a service goes', () => {
  it('sorts service classes into the health and social registers', () => {
    expect(registerOfServiceClass('reception')).toBe('health');
    expect(registerOfServiceClass('adult_social_work')).toBe('social');
  });

  it("goes to the producer's units of the service's register, the one named in the service when there is one", () => {
    const named = { organizationId: ORG, serviceClass: 'reception', nameFi: 'Tuiran terveysasema – lääkärin ja hoitajan vastaanotto' };
    expect(inboxUnits(named, units).map((u) => u.id)).toEqual(['tuira']);
    const unnamed = { ...named, nameFi: 'Hoitajan puhelinneuvonta' };
    expect(inboxUnits(unnamed, units).map((u) => u.id)).toEqual(['tuira', 'kaakkuri']);
    expect(inboxUnits({ organizationId: ORG, serviceClass: 'adult_social_work', nameFi: 'Aikuissosiaalityö' }, units).map((u) => u.id)).toEqual(['social']);
  });

  it('falls back to all units of a producer without one of the register, and gives none to producers without units', () => {
    expect(inboxUnits({ organizationId: 'org-private', serviceClass: 'reception', nameFi: 'Lääkäri' }, units).map((u) => u.id)).toEqual(['other']);
    expect(inboxUnits({ organizationId: 'org-ngo', serviceClass: 'peer_support', nameFi: 'Vertaistuki' }, units)).toEqual([]);
  });
});

describe('who a thread is addressed to', () => {
  it('gives the inbox basis to the staff of the receiving unit and to the assignee, never on care-team threads', () => {
    expect(isInboxAddressee(inbox, staff('eeva', 'tuira'))).toBe(true);
    expect(isInboxAddressee(inbox, staff('sami', 'social'))).toBe(false);
    expect(isInboxAddressee({ ...inbox, assignedUserId: 'sami' }, staff('sami', 'social'))).toBe(true);
    expect(isInboxAddressee(inbox, staff('jussi', 'tuira', 'manager'))).toBe(false);
    expect(isInboxAddressee(careTeam, staff('pekka', 'tuira'))).toBe(false);
  });

  it('lists and streams a thread to its assignee, its unit (inbox only) and the residents of its client', () => {
    expect(listedFor(careTeam, staff('pekka', 'tuira'))).toBe('assigned');
    expect(listedFor(careTeam, staff('eeva', 'tuira'))).toBeNull();
    expect(listedFor(inbox, staff('eeva', 'tuira'))).toBe('inbox');
    expect(watches({ kind: 'resident', clientIds: new Set(['c1']) }, inbox)).toBe(true);
    expect(watches({ kind: 'resident', clientIds: new Set(['c2']) }, inbox)).toBe(false);
    expect(watches({ kind: 'staff', ...staff('eeva', 'kaakkuri') }, inbox)).toBe(false);
  });
});

describe('handing a thread over', () => {
  const colleague = (over: Partial<Parameters<typeof handoverProblem>[2]> = {}) => ({
    userId: 'eeva',
    role: 'professional' as const,
    unit: { organizationId: ORG, register: 'health' },
    hasRelation: true,
    ...over,
  });
  const thread = { ...inbox, organizationId: ORG };

  it('goes to a colleague of the same producer in the same register', () => {
    expect(handoverProblem(thread, 'pekka', colleague())).toBeNull();
    expect(handoverProblem(thread, 'pekka', colleague({ unit: { organizationId: 'org-private', register: 'health' } }))).toBe('not_colleague');
    expect(handoverProblem(thread, 'pekka', colleague({ unit: null }))).toBe('not_colleague');
    expect(handoverProblem(thread, 'pekka', colleague({ unit: { organizationId: ORG, register: 'social' } }))).toBe('other_register');
    expect(handoverProblem(thread, 'pekka', colleague({ role: 'manager' as never }))).toBe('not_client_work');
    expect(handoverProblem(thread, 'eeva', colleague())).toBe('self');
    expect(handoverProblem({ ...thread, status: 'closed' }, 'pekka', colleague())).toBe('closed');
  });

  it('needs the colleague\'s own relation for a care-team thread, not for an inbox thread', () => {
    expect(handoverProblem({ ...careTeam, organizationId: ORG }, 'pekka', colleague({ hasRelation: false }))).toBe('no_relation');
    expect(handoverProblem(thread, 'pekka', colleague({ hasRelation: false }))).toBeNull();
  });
});

describe('the wire', () => {
  it('carries only a thread id and a message number between processes', () => {
    const event = { threadId: '0b6f1c9e-3f7a-4c1e-9a57-2f7c3b1d9e10', seq: 42 };
    expect(encodeEvent(event)).toBe('0b6f1c9e-3f7a-4c1e-9a57-2f7c3b1d9e10:42');
    expect(decodeEvent(encodeEvent(event))).toEqual(event);
    expect(decodeEvent('hello: world')).toBeNull();
  });

  it('frames a server-sent event as a name and one line of JSON', () => {
    expect(sseEvent('unread', { total: 3 })).toBe('event: unread\ndata: {"total":3}\n\n');
  });
});
