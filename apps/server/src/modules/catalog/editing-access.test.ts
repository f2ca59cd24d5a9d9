import { describe, expect, it } from 'vitest';
import { allowedStatuses } from './editing-access.ts';

describe('allowedStatuses', () => {
  it('lets a coordinator move a service to any other status', () => {
    expect(allowedStatuses('published', true)).toEqual(['draft', 'in_review', 'archived']);
    expect(allowedStatuses('draft', true)).toEqual(['in_review', 'published', 'archived']);
  });

  it('lets a producer only submit a draft for review', () => {
    expect(allowedStatuses('draft', false)).toEqual(['in_review']);
    for (const status of ['in_review', 'published', 'archived'] as const) expect(allowedStatuses(status, false)).toEqual([]);
  });
});
