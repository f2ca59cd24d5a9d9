import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, isAttainmentScore, segmentOf, type SegmentationInput } from './segmentation.ts';

const quiet = { contacts: 2, distinctUnits: 1, bothRegisters: false };
const input = (over: Partial<SegmentationInput> = {}): SegmentationInput => ({ scores: {}, selfManagement: 0, serviceUse: quiet, ...over });
const codes = (i: SegmentationInput) => segmentOf(i).reasons.map((r) => r.code);

describe('segmentOf: the four segments', () => {
  it('small need, good ability: self-care, saying both', () => {
    expect(segmentOf(input({ scores: { housing: 1, income: 2 } }))).toEqual({
      segment: 'self_care',
      largeNeed: false,
      poorAbility: false,
      reasons: [
        { code: 'need_small', value: 3, threshold: 14 },
        { code: 'ability_good', value: 0, threshold: 3 },
      ],
    });
  });

  it('small need, poor ability: assisted', () => {
    expect(segmentOf(input({ selfManagement: 3 })).segment).toBe('assisted');
  });

  it('large need, good ability: network', () => {
    expect(segmentOf(input({ scores: { housing: 4, income: 4, work_or_study: 3, relationships: 3 } })).segment).toBe('network');
  });

  it('large need, poor ability: multi-professional, with every reason', () => {
    const result = segmentOf(input({ scores: { housing: 4, income: 4, mental_health: 4, daily_functioning: 3 }, selfManagement: 4 }));
    expect(result.segment).toBe('multi_professional');
    expect(result.reasons.map((r) => r.code)).toEqual(['domain_sum_high', 'severe_domains', 'self_management_poor', 'daily_functioning_poor']);
  });
});

describe('segmentOf: threshold edges', () => {
  it('makes the need large at exactly the domain sum, not one below', () => {
    expect(codes(input({ scores: { housing: 4, income: 4, work_or_study: 4, relationships: 2 } }))).toContain('domain_sum_high');
    expect(codes(input({ scores: { housing: 4, income: 4, work_or_study: 4, relationships: 1 } }))).not.toContain('domain_sum_high');
  });

  it('counts severe domains from the severe score, at exactly the number required', () => {
    expect(codes(input({ scores: { housing: 3, income: 3, safety: 3 } }))).toContain('severe_domains');
    expect(codes(input({ scores: { housing: 3, income: 3, safety: 2 } }))).toEqual(['need_small', 'ability_good']);
  });

  it('counts heavy service use only across both registers and at both limits', () => {
    const heavy = { contacts: 24, distinctUnits: 3, bothRegisters: true };
    expect(segmentOf(input({ serviceUse: heavy })).segment).toBe('network');
    expect(segmentOf(input({ serviceUse: { ...heavy, contacts: 23 } })).segment).toBe('self_care');
    expect(segmentOf(input({ serviceUse: { ...heavy, distinctUnits: 2 } })).segment).toBe('self_care');
    expect(segmentOf(input({ serviceUse: { ...heavy, bothRegisters: false } })).segment).toBe('self_care');
  });

  it('makes ability poor at exactly the self-management or daily-functioning limit', () => {
    expect(segmentOf(input({ selfManagement: 3 })).poorAbility).toBe(true);
    expect(segmentOf(input({ selfManagement: 2 })).poorAbility).toBe(false);
    expect(segmentOf(input({ scores: { daily_functioning: 3 } })).poorAbility).toBe(true);
    expect(segmentOf(input({ scores: { daily_functioning: 2 } })).poorAbility).toBe(false);
  });

  it('follows configured thresholds', () => {
    const strict = { ...DEFAULT_THRESHOLDS, domainSum: 4, poorSelfManagement: 1 };
    expect(segmentOf(input({ scores: { housing: 2, income: 2 }, selfManagement: 1 }), strict).segment).toBe('multi_professional');
  });

  it('refuses scores outside 0–4 or not whole', () => {
    expect(() => segmentOf(input({ scores: { housing: 5 } }))).toThrow(RangeError);
    expect(() => segmentOf(input({ scores: { housing: 1.5 } }))).toThrow(RangeError);
    expect(() => segmentOf(input({ selfManagement: -1 }))).toThrow(RangeError);
  });
});

describe('isAttainmentScore', () => {
  it('accepts −2…+2 whole numbers only', () => {
    expect([-2, -1, 0, 1, 2].every(isAttainmentScore)).toBe(true);
    expect([-3, 3, 0.5, Number.NaN].some(isAttainmentScore)).toBe(false);
  });
});
