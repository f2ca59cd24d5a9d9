import { chainHash, type ChainedContent } from '../modules/audit/chain.ts';
import { copyLine, skewedClient, type ClientWorld, type Random } from './synthetic-clients.ts';

/**
 * The two big tables of the synthetic client population, streamed as COPY lines: record entries
 * over both registers (six years, in time order, so a client's rows are scattered as in life) and
 * the audit trail about clients (two years), hash-chained exactly as recordAudit chains it.
 */
const DAY_MS = 86_400_000;

type Code = { system: string; code: string; display: string; value?: number; unit?: string };
interface Template {
  type: 'visit' | 'note' | 'decision' | 'document_summary' | 'measurement';
  title: string;
  codes: Code[];
}

const HEALTH: Template[] = [
  { type: 'visit', title: 'Vastaanottokäynti', codes: [{ system: 'ICPC-2', code: 'K86', display: 'Kohonnut verenpaine' }] },
  { type: 'visit', title: 'Hoitajan vastaanotto', codes: [{ system: 'ICPC-2', code: 'T90', display: 'Diabetes, aikuistyyppi' }] },
  { type: 'visit', title: 'Lääkärin vastaanotto', codes: [{ system: 'ICD-10', code: 'J06.9', display: 'Ylähengitystieinfektio' }] },
  { type: 'measurement', title: 'Verenpaine', codes: [{ system: 'urn:avain:measurement', code: 'bp-systolic', display: 'Systolinen verenpaine', value: 132, unit: 'mmHg' }] },
  { type: 'measurement', title: 'Paino', codes: [{ system: 'urn:avain:measurement', code: 'weight', display: 'Paino', value: 74, unit: 'kg' }] },
  { type: 'note', title: 'Puhelinkontakti', codes: [] },
  { type: 'document_summary', title: 'Laboratoriotulosten yhteenveto', codes: [] },
  { type: 'decision', title: 'Lähete erikoissairaanhoitoon', codes: [{ system: 'ICD-10', code: 'M54.5', display: 'Alaselkäkipu' }] },
];
const SOCIAL: Template[] = [
  { type: 'visit', title: 'Kotikäynti', codes: [] },
  { type: 'note', title: 'Palvelutarpeen arviointi', codes: [] },
  { type: 'note', title: 'Asiakassuunnitelman päivitys', codes: [] },
  { type: 'decision', title: 'Päätös kotihoidosta', codes: [] },
  { type: 'decision', title: 'Päätös toimeentulotuesta', codes: [] },
  { type: 'document_summary', title: 'Verkostopalaverin muistio', codes: [] },
];
const SENTENCES = [
  'Asiakas saapui vastaanotolle sovitusti.',
  'Vointi on pysynyt ennallaan edellisestä käynnistä.',
  'Keskusteltiin arjen sujumisesta ja tukiverkostosta.',
  'Lääkitys jatkuu ennallaan, seuranta kolmen kuukauden kuluttua.',
  'Omainen osallistui tapaamiseen puhelimitse.',
  'Asiakas toivoo yhteydenottoa tekstiviestillä.',
  'Kotona pärjääminen on heikentynyt, kartoitetaan lisätuen tarve.',
  'Sovittiin seuraava tapaaminen ja annettiin kirjalliset ohjeet.',
  'Tulokset ovat viitealueella.',
  'Asiakas ohjattiin ryhmätoimintaan ja vertaistukeen.',
];

export const ENTRY_COLUMNS = 'client_id, register, unit_id, type, author_id, author_name, occurred_at, title, text, codes, hidden_from_guardians, created_at';

export function* entryRows(world: ClientWorld, r: Random, count: number): Generator<string> {
  const n = world.clientIds.length;
  const start = world.now - 6 * 365 * DAY_MS;
  const step = (world.now - 60_000 - start) / count;
  const byRegister = { health: world.units.filter((u) => u.register === 'health'), social: world.units.filter((u) => u.register === 'social') };
  for (let k = 0; k < count; k++) {
    const c = skewedClient(r, n, 1.8);
    const register = r.next() < 0.6 ? 'health' : 'social';
    const unit = r.pick(byRegister[register]);
    const author = world.staff[r.pick(unit.staff)]!;
    const template = r.pick(register === 'health' ? HEALTH : SOCIAL);
    const text = Array.from({ length: 2 + r.int(3) }, () => r.pick(SENTENCES)).join(' ');
    const at = new Date(start + k * step).toISOString();
    const minor = (world.now / DAY_MS - world.birthDay[c]!) / 365.25 < 18;
    yield copyLine([world.clientIds[c]!, register, unit.id, template.type, author.id, author.displayName, at, template.title, text, JSON.stringify(template.codes), minor && r.next() < 0.05, at]);
  }
}

export const AUDIT_COLUMNS = 'seq, at, actor_id, actor_name, actor_role, action, outcome, resource_type, resource_id, client_id, reason, request_id, ip, basis, actor_organization, register, prev_hash, hash';

type Event = Omit<ChainedContent, 'seq' | 'at'>;

/**
 * What happened to one client at one moment, as the server would log it: a professional's
 * overview (one event per register), a resident reading their own data, an entry written, a
 * search hit, a relation opened.
 */
function happening(world: ClientWorld, r: Random, c: number, requestId: string): Event[] {
  const clientId = world.clientIds[c]!;
  const ip = `10.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`;
  const kind = r.next();
  const resident = world.userOf.get(c);
  if (kind < 0.08 && resident) {
    const actor = { actorId: resident, actorName: `Asukas ${c}`, actorRole: 'resident', actorOrganization: null };
    return (['health', 'social'] as const).map((register) => ({ ...actor, action: 'client.my_data.read', outcome: 'success', resourceType: 'my_data', resourceId: null, clientId, reason: null, requestId, ip, basis: 'own', register }));
  }
  const withRelation = world.relationStaff[c]! >= 0 && r.next() < 0.9;
  const staff = world.staff[withRelation ? world.relationStaff[c]! : r.int(world.staff.length)]!;
  const unit = world.units[staff.unit]!;
  const actor = { actorId: staff.id, actorName: staff.displayName, actorRole: staff.role, actorOrganization: unit.label };
  const base = { ...actor, resourceId: null, clientId, requestId, ip };
  if (kind < 0.2) return [{ ...base, action: 'client.search.found', outcome: 'success', resourceType: 'client_search', reason: null, basis: null, actorOrganization: null, register: null }];
  if (kind < 0.25 && withRelation) return [{ ...base, action: 'client.relation.open', outcome: 'success', resourceType: 'relation:case', reason: null, basis: null, register: unit.register }];
  if (kind < 0.4 && withRelation) return [{ ...base, action: 'client.entry.write', outcome: 'success', resourceType: 'entry', reason: null, basis: 'relation', register: unit.register }];
  const consent = r.next() < 0.25;
  return (['health', 'social'] as const).map((register) => {
    const decision = !withRelation
      ? { outcome: 'denied', basis: null, reason: 'no_relation' }
      : register === unit.register
        ? { outcome: 'success', basis: 'relation', reason: null }
        : consent
          ? { outcome: 'success', basis: 'consent', reason: null }
          : { outcome: 'denied', basis: null, reason: 'no_consent' };
    return { ...base, action: 'client.overview.read', resourceType: 'overview', register, ...decision };
  });
}

/** `count` chained audit rows continuing from `last`, over the two years before now. */
export function* auditRows(world: ClientWorld, r: Random, count: number, last: { seq: number; hash: string }): Generator<string> {
  const n = world.clientIds.length;
  const start = world.now - 2 * 365 * DAY_MS;
  const step = (world.now - 120_000 - start) / count;
  let { seq, hash } = last;
  let emitted = 0;
  while (emitted < count) {
    const moment = Math.floor(start + emitted * step);
    const events = happening(world, r, skewedClient(r, n, 1.6), `gen-${(seq + 1).toString(36)}`);
    for (const [i, event] of events.entries()) {
      if (emitted === count) break;
      const content: ChainedContent = { ...event, seq: seq + 1, at: new Date(moment + i) };
      const prevHash = hash;
      hash = chainHash(prevHash, content);
      seq += 1;
      emitted += 1;
      const e = content;
      yield copyLine([e.seq, e.at.toISOString(), e.actorId, e.actorName, e.actorRole, e.action, e.outcome, e.resourceType, e.resourceId, e.clientId, e.reason, e.requestId, e.ip, e.basis ?? null, e.actorOrganization ?? null, e.register ?? null, prevHash, hash]);
    }
  }
}
