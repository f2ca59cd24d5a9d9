import { describe, expect, it } from 'vitest';
import { cancellationDeadline, generateSlots, helsinkiInstant, mayCancel, maySelfBook, thirdNextFree, withoutBusy, type AvailabilityWindow } from './slots.ts';

const weekdays8to16 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '16:00' }));
const window = (weekday: number, starts: string, ends: string, channel: AvailabilityWindow['channel'] = 'in_person'): AvailabilityWindow => ({
  weekday,
  starts,
  ends,
  channel,
  validFrom: '2026-01-01',
  validTo: null,
});
const times = (slots: { startsAt: Date }[]) => slots.map((s) => s.startsAt.toISOString());

describe('Helsinki wall-clock time', () => {
  it('is UTC+2 in winter and UTC+3 in summer, also on the change days', () => {
    expect(helsinkiInstant('2026-11-23', '08:00').toISOString()).toBe('2026-11-23T06:00:00.000Z');
    expect(helsinkiInstant('2026-07-01', '08:00').toISOString()).toBe('2026-07-01T05:00:00.000Z');
    // Summer time starts 29 March 2026 at 03:00 local; 08:00 that day is already summer time.
    expect(helsinkiInstant('2026-03-29', '08:00').toISOString()).toBe('2026-03-29T05:00:00.000Z');
    expect(helsinkiInstant('2026-10-25', '08:00').toISOString()).toBe('2026-10-25T06:00:00.000Z');
  });
});

describe('slot generation', () => {
  const location = { weekly: weekdays8to16, exceptions: [] };

  it('cuts the availability into slots of the duration plus buffer, inside the opening hours', () => {
    const slots = generateSlots({ from: '2026-11-23', to: '2026-11-23', availability: [window(1, '07:00', '10:00')], rules: { durationMinutes: 30, bufferMinutes: 10 }, location });
    // The place opens at 08:00: 08:00, 08:40, 09:20 (09:20–09:50 ends before 10:00), not 07:xx.
    expect(times(slots)).toEqual(['2026-11-23T06:00:00.000Z', '2026-11-23T06:40:00.000Z', '2026-11-23T07:20:00.000Z']);
    expect(slots[0]!.endsAt.toISOString()).toBe('2026-11-23T06:30:00.000Z');
  });

  it('makes no slot that would run past the closing time', () => {
    const slots = generateSlots({ from: '2026-11-23', to: '2026-11-23', availability: [window(1, '15:00', '17:00')], rules: { durationMinutes: 45, bufferMinutes: 0 }, location });
    expect(times(slots)).toEqual(['2026-11-23T13:00:00.000Z']); // 15:00–15:45; 15:45–16:30 would pass 16:00
  });

  it('has no in-person slots on a public holiday, computed ones included', () => {
    // Good Friday and Easter Monday 2027 fall on 26 and 29 March (Easter Sunday 28 March).
    const availability = [1, 2, 3, 4, 5].map((d) => window(d, '08:00', '09:00'));
    const slots = generateSlots({ from: '2027-03-25', to: '2027-03-30', availability, rules: { durationMinutes: 60, bufferMinutes: 0 }, location });
    expect(slots.map((s) => s.startsAt.toISOString().slice(0, 10))).toEqual(['2027-03-25', '2027-03-30']);
  });

  it('has no remote slots on a public holiday, but remote slots need no opening hours', () => {
    const availability = [window(7, '10:00', '11:00', 'phone'), window(1, '18:00', '19:00', 'video')];
    const slots = generateSlots({ from: '2026-12-06', to: '2026-12-07', availability, rules: { durationMinutes: 30, bufferMinutes: 0 }, location });
    // Sunday 6 December is Independence Day: no phone slots; Monday's video evening is outside opening hours but remote.
    expect(slots.map((s) => [s.startsAt.toISOString(), s.channel])).toEqual([
      ['2026-12-07T16:00:00.000Z', 'video'],
      ['2026-12-07T16:30:00.000Z', 'video'],
    ]);
  });

  it('follows an opening-hours exception: shorter hours or closed', () => {
    const availability = [window(2, '08:00', '12:00')];
    const rules = { durationMinutes: 60, bufferMinutes: 0 };
    const shortened = generateSlots({ from: '2026-11-24', to: '2026-11-24', availability, rules, location: { weekly: weekdays8to16, exceptions: [{ date: '2026-11-24', opens: '10:00', closes: '12:00' }] } });
    expect(times(shortened)).toEqual(['2026-11-24T08:00:00.000Z', '2026-11-24T09:00:00.000Z']);
    const closed = generateSlots({ from: '2026-11-24', to: '2026-11-24', availability, rules, location: { weekly: weekdays8to16, exceptions: [{ date: '2026-11-24', note: 'Koulutus' }] } });
    expect(closed).toEqual([]);
  });

  it('an exception can open a holiday for in-person slots', () => {
    const rules = { durationMinutes: 60, bufferMinutes: 0 };
    const slots = generateSlots({ from: '2027-12-06', to: '2027-12-06', availability: [window(1, '10:00', '12:00')], rules, location: { weekly: weekdays8to16, exceptions: [{ date: '2027-12-06', opens: '10:00', closes: '11:00' }] } });
    expect(times(slots)).toEqual(['2027-12-06T08:00:00.000Z']);
  });

  it('respects the validity of a window and the channels asked for', () => {
    const limited = { ...window(1, '08:00', '09:00'), validFrom: '2026-11-30', validTo: '2026-11-30' };
    const slots = generateSlots({ from: '2026-11-23', to: '2026-12-07', availability: [limited, window(1, '12:00', '13:00', 'phone')], rules: { durationMinutes: 60, bufferMinutes: 0 }, location, channels: ['in_person'] });
    expect(times(slots)).toEqual(['2026-11-30T06:00:00.000Z']);
  });

  it('keeps local times across the change to winter time', () => {
    const slots = generateSlots({ from: '2026-10-23', to: '2026-10-26', availability: [window(5, '09:00', '10:00'), window(1, '09:00', '10:00')], rules: { durationMinutes: 60, bufferMinutes: 0 }, location });
    expect(times(slots)).toEqual(['2026-10-23T06:00:00.000Z', '2026-10-26T07:00:00.000Z']);
  });

  it('refuses a duration that is not a positive whole number of minutes', () => {
    expect(() => generateSlots({ from: '2026-11-23', to: '2026-11-23', availability: [], rules: { durationMinutes: 0, bufferMinutes: 0 } })).toThrow(RangeError);
  });
});

describe('booking rules', () => {
  it('allows cancelling until the deadline, not after', () => {
    const startsAt = new Date('2026-11-25T08:00:00Z');
    expect(mayCancel(startsAt, new Date('2026-11-24T08:00:00Z'), 24)).toBe(true);
    expect(mayCancel(startsAt, new Date('2026-11-24T08:00:01Z'), 24)).toBe(false);
    expect(mayCancel(startsAt, new Date('2026-11-25T07:00:00Z'), 0)).toBe(true);
  });

  it('lets residents self-book by the type’s rule', () => {
    expect(maySelfBook('anyone', null, 'central')).toBe(true);
    expect(maySelfBook('staff_only', 'central', 'central')).toBe(false);
    expect(maySelfBook('area_residents', 'central', 'central')).toBe(true);
    expect(maySelfBook('area_residents', 'north', 'central')).toBe(false);
    expect(maySelfBook('area_residents', null, 'central')).toBe(false);
  });

  it('measures T3 as whole days to the third next free slot', () => {
    const now = new Date('2026-11-23T08:00:00Z');
    const free = ['2026-11-23T07:00:00Z', '2026-11-24T08:00:00Z', '2026-11-23T09:00:00Z', '2026-11-26T09:00:00Z', '2026-11-30T08:00:00Z'].map((s) => new Date(s));
    expect(thirdNextFree(free, now)).toEqual({ startsAt: new Date('2026-11-26T09:00:00Z'), days: 3 });
    expect(thirdNextFree(free.slice(0, 3), now)).toBeNull();
  });
});

describe('free slots and deadlines', () => {
  const at = (iso: string) => new Date(iso);
  const slot = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });

  it('removes every slot a busy time overlaps, and only those', () => {
    const slots = [slot('2026-03-02T07:00Z', '2026-03-02T07:30Z'), slot('2026-03-02T07:30Z', '2026-03-02T08:00Z'), slot('2026-03-02T08:00Z', '2026-03-02T08:30Z')];
    // A 20-minute appointment of another type at 07:20 takes both neighbouring 30-minute slots.
    expect(withoutBusy(slots, [slot('2026-03-02T07:20Z', '2026-03-02T07:40Z')])).toEqual([slots[2]]);
    // Touching ends do not overlap.
    expect(withoutBusy(slots, [slot('2026-03-02T06:30Z', '2026-03-02T07:00Z')])).toEqual(slots);
  });

  it('names the cancellation deadline', () => {
    expect(cancellationDeadline(at('2026-03-02T07:00:00Z'), 24).toISOString()).toBe('2026-03-01T07:00:00.000Z');
    expect(mayCancel(at('2026-03-02T07:00:00Z'), cancellationDeadline(at('2026-03-02T07:00:00Z'), 24), 24)).toBe(true);
  });
});
