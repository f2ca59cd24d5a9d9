import { ACCESSIBILITY_FEATURES, CHANNEL_TYPES, LIFE_COURSE_GROUPS, PRODUCER_TYPES, SERVICE_CLASS_CODES } from '@avain/domain';
import { random } from '../src/seed/synthetic-catalog.ts';

/**
 * The search load: words residents type in fi/sv/en (some misspelt), filters, distance order from
 * ever-changing positions, page sizes. Seeded, so two runs send the same sequence.
 */
const WORDS: Record<'fi' | 'sv' | 'en', string[]> = {
  fi: [
    'neuvola', 'äitiysneuvola', 'lastenneuvola', 'hammashoito', 'hammashoitola', 'kotihoito', 'fysioterapia',
    'laboratorio', 'röntgen', 'vastaanotto', 'perhetyö', 'mielenterveys', 'päihde', 'psykologi', 'puheterapia',
    'kotipalvelu', 'palveluasuminen', 'päivätoiminta', 'vertaistuki', 'omaishoito', 'kuntoutus', 'lääkäri',
    'hoitaja', 'neuvonta', 'ateriapalvelu', 'apuvälineet', 'nuoret', 'seurakunta', 'diakonia', 'työterveys',
    'kouluterveydenhuolto', 'opiskeluterveydenhuolto', 'lastensuojelu', 'perhekahvila', 'digiapu', 'kaakkuri',
    'haukipudas', 'tuira', 'kiiminki',
  ],
  sv: ['rådgivning', 'mödrarådgivning', 'barnrådgivning', 'tandvård', 'hemvård', 'fysioterapi', 'laboratorium', 'mottagning', 'familjearbete', 'kamratstöd', 'serviceboende', 'talterapi'],
  en: ['clinic', 'dental', 'home care', 'physiotherapy', 'laboratory', 'mental health', 'speech therapy', 'peer support', 'family', 'youth', 'doctor', 'nurse'],
};

type Random = ReturnType<typeof random>;

/** One letter dropped, doubled, swapped or replaced: the kind of typo a phone keyboard makes. */
function typo(r: Random, word: string): string {
  if (word.length < 5) return word;
  const i = 1 + r.int(word.length - 2);
  switch (r.int(4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
    default:
      return word.slice(0, i) + r.pick([...'aeiklnostu']) + word.slice(i + 1);
  }
}

function filters(r: Random, count: number): [string, string][] {
  const all: (() => [string, string])[] = [
    () => ['lifeCourseGroup', r.pick(LIFE_COURSE_GROUPS)],
    () => ['serviceClass', r.pick(SERVICE_CLASS_CODES)],
    () => ['producerType', r.pick(PRODUCER_TYPES)],
    () => ['channel', r.pick(CHANNEL_TYPES)],
    () => ['area', r.pick(['south', 'east', 'north', 'central'])],
    () => ['language', r.pick(['sv', 'en'])],
    () => ['accessibility', r.pick(ACCESSIBILITY_FEATURES)],
    () => ['free', 'true'],
  ];
  return Array.from({ length: count }, () => r.pick(all)());
}

export interface QueryMix {
  next(): string;
  /** The part of a query that decides its matches (what a facet cache could key on). */
  matchKey(path: string): string;
}

export function queryMix(seed: number): QueryMix {
  const r = random(seed);
  const next = () => {
    const params: [string, string][] = [];
    const kind = r.next();
    const withText = kind < 0.6;
    if (withText) {
      const lang = r.next() < 0.7 ? 'fi' : r.pick(['sv', 'en'] as const);
      let q = r.pick(WORDS[lang]);
      if (r.next() < 0.15) q = `${q} ${r.pick(WORDS[lang])}`;
      if (r.next() < 0.2) q = typo(r, q);
      params.push(['q', q], ['lang', lang]);
    }
    params.push(...filters(r, withText ? (r.next() < 0.35 ? 1 : 0) : 1 + r.int(3)));
    if (r.next() < 0.05) params.push([r.next() < 0.5 ? 'openNow' : 'walkInNow', 'true']);
    if (r.next() < 0.35) {
      params.push(['sort', 'distance'], ['lat', (64.9 + r.next() * 0.4).toFixed(4)], ['lon', (25.3 + r.next() * 0.6).toFixed(4)]);
    }
    params.push(['limit', String(r.pick([10, 20, 20, 20, 50]))]);
    return `/api/catalog/search?${new URLSearchParams(params).toString()}`;
  };
  const matchKey = (path: string) => {
    const params = new URLSearchParams(path.split('?')[1]);
    for (const p of ['sort', 'lat', 'lon', 'limit', 'lang']) params.delete(p);
    params.sort();
    return params.toString();
  };
  return { next, matchKey };
}
