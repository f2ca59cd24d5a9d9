/**
 * Freedom of choice of the welfare centre (Health Care Act 1326/2010, 47 §): a resident may choose
 * the centre responsible for their care and change it at most once a year.
 */

export interface CentreChoiceRecord {
  centreLocationId: string;
  chosenAt: Date;
}

export type ChoiceDecision = { allowed: true } | { allowed: false; reason: 'same_centre' | 'too_soon'; possibleFrom?: Date };

/** The day a year after the last choice, from which the next change is allowed. */
export function nextChangeFrom(last: Date): Date {
  const next = new Date(last);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

/** May the resident choose `centreLocationId` now, given their earlier choices (newest first)? */
export function decideCentreChoice(history: readonly CentreChoiceRecord[], centreLocationId: string, now: Date): ChoiceDecision {
  const last = history[0];
  if (!last) return { allowed: true };
  if (last.centreLocationId === centreLocationId) return { allowed: false, reason: 'same_centre' };
  const possibleFrom = nextChangeFrom(last.chosenAt);
  return now >= possibleFrom ? { allowed: true } : { allowed: false, reason: 'too_soon', possibleFrom };
}
