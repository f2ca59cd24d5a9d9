/**
 * Client segmentation (D8) on two dimensions, as in the Finnish segmentation models (Eksote,
 * Siun sote): the extent of the service need, and the client's ability to manage on their own.
 * Small need and good ability: self-care; small need, poor ability: assisted; large need, good
 * ability: network; large need and poor ability: multi-professional. Pure; the thresholds are
 * configuration and every result carries its reasons.
 */

/** The life domains of the holistic assessment (D7), each scored 0 (no difficulty) … 4 (severe). */
export const LIFE_DOMAINS = [
  'housing',
  'income',
  'work_or_study',
  'relationships',
  'daily_functioning',
  'physical_health',
  'mental_health',
  'substance_use',
  'safety',
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

export const SEGMENTS = ['self_care', 'assisted', 'network', 'multi_professional'] as const;
export type Segment = (typeof SEGMENTS)[number];

export interface SegmentationInput {
  /** Domain scores 0–4; a domain left out was not assessed. */
  scores: Partial<Record<LifeDomain, number>>;
  /** Ability to manage on one's own: 0 (fully) … 4 (not at all without daily support). */
  selfManagement: number;
  /** Use of social and health services over the last 12 months. */
  serviceUse: { contacts: number; distinctUnits: number; bothRegisters: boolean };
}

export interface SegmentationThresholds {
  /** A need is large when the domain scores add up to at least this. */
  domainSum: number;
  /** …or when at least `severeDomains` domains score `severeScore` or more. */
  severeScore: number;
  severeDomains: number;
  /** …or when service use reaches both of these, across both registers. */
  contacts: number;
  distinctUnits: number;
  /** Ability is poor from this self-management score, or from this daily-functioning score. */
  poorSelfManagement: number;
  poorDailyFunctioning: number;
}

export const DEFAULT_THRESHOLDS: SegmentationThresholds = {
  domainSum: 14,
  severeScore: 3,
  severeDomains: 3,
  contacts: 24,
  distinctUnits: 3,
  poorSelfManagement: 3,
  poorDailyFunctioning: 3,
};

/** One reason, as a code with the figures behind it; the user interface words it. */
export interface SegmentReason {
  code:
    | 'domain_sum_high'
    | 'severe_domains'
    | 'heavy_service_use'
    | 'need_small'
    | 'self_management_poor'
    | 'daily_functioning_poor'
    | 'ability_good';
  value: number;
  threshold: number;
}

export interface SegmentationResult {
  segment: Segment;
  largeNeed: boolean;
  poorAbility: boolean;
  reasons: SegmentReason[];
}

const isScore = (n: number) => Number.isInteger(n) && n >= 0 && n <= 4;

export function segmentOf(input: SegmentationInput, t: SegmentationThresholds = DEFAULT_THRESHOLDS): SegmentationResult {
  const scores = Object.values(input.scores);
  if (!scores.every(isScore) || !isScore(input.selfManagement)) throw new RangeError('Assessment scores are whole numbers from 0 to 4');
  const sum = scores.reduce((a, b) => a + b, 0);
  const severe = scores.filter((s) => s >= t.severeScore).length;
  const { contacts, distinctUnits, bothRegisters } = input.serviceUse;
  const daily = input.scores.daily_functioning ?? 0;

  const need: SegmentReason[] = [];
  if (sum >= t.domainSum) need.push({ code: 'domain_sum_high', value: sum, threshold: t.domainSum });
  if (severe >= t.severeDomains) need.push({ code: 'severe_domains', value: severe, threshold: t.severeDomains });
  if (bothRegisters && contacts >= t.contacts && distinctUnits >= t.distinctUnits) {
    need.push({ code: 'heavy_service_use', value: contacts, threshold: t.contacts });
  }
  const ability: SegmentReason[] = [];
  if (input.selfManagement >= t.poorSelfManagement) ability.push({ code: 'self_management_poor', value: input.selfManagement, threshold: t.poorSelfManagement });
  if (daily >= t.poorDailyFunctioning) ability.push({ code: 'daily_functioning_poor', value: daily, threshold: t.poorDailyFunctioning });

  const largeNeed = need.length > 0;
  const poorAbility = ability.length > 0;
  const segment: Segment = largeNeed ? (poorAbility ? 'multi_professional' : 'network') : poorAbility ? 'assisted' : 'self_care';
  return {
    segment,
    largeNeed,
    poorAbility,
    reasons: [
      ...(largeNeed ? need : [{ code: 'need_small' as const, value: sum, threshold: t.domainSum }]),
      ...(poorAbility ? ability : [{ code: 'ability_good' as const, value: input.selfManagement, threshold: t.poorSelfManagement }]),
    ],
  };
}

/** Goal attainment scaling: −2 (much less than expected) … 0 (as expected) … +2 (much more). */
export const isAttainmentScore = (n: number) => Number.isInteger(n) && n >= -2 && n <= 2;
