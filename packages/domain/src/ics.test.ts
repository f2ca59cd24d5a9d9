import { describe, expect, it } from 'vitest';
import { foldLine, icsCalendar, icsDateTime, icsText } from './ics.ts';

const event = {
  uid: '6f1c2d3e-0000-4000-8000-000000000001@avain',
  stamp: new Date('2026-02-01T10:00:00.123Z'),
  start: new Date('2026-03-02T07:30:00Z'),
  end: new Date('2026-03-02T08:00:00Z'),
  summary: 'Sairaanhoitajan vastaanotto',
  location: 'Tuiran hyvinvointikeskus, Kangastie 2, Oulu',
  description: 'Videolinkki: https://meet.jit.si/avain-abc\nTervetuloa; ota mukaan lääkelista',
};

describe('icsCalendar', () => {
  const text = icsCalendar(event);
  const lines = text.split('\r\n');

  it('is a VCALENDAR with one VEVENT and CRLF line endings', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('gives times in UTC with Z and the required properties', () => {
    expect(lines).toContain('DTSTART:20260302T073000Z');
    expect(lines).toContain('DTEND:20260302T080000Z');
    expect(lines).toContain('DTSTAMP:20260201T100000Z');
    expect(lines).toContain(`UID:${event.uid}`);
    expect(lines).toContain('SUMMARY:Sairaanhoitajan vastaanotto');
  });

  it('escapes text values', () => {
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('LOCATION:Tuiran hyvinvointikeskus\\, Kangastie 2\\, Oulu');
    expect(unfolded).toContain('DESCRIPTION:Videolinkki: https://meet.jit.si/avain-abc\\nTervetuloa\\; ota mukaan lääkelista');
  });

  it('folds every line at 75 octets', () => {
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('leaves out empty optional properties and marks cancelled events', () => {
    const bare = icsCalendar({ ...event, location: null, description: null, status: 'CANCELLED' });
    expect(bare).not.toContain('LOCATION');
    expect(bare).toContain('STATUS:CANCELLED');
  });
});

describe('folding and escaping', () => {
  it('never splits a multi-octet character and keeps the text when unfolded', () => {
    const line = `DESCRIPTION:${'ä'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('leaves short lines alone', () => expect(foldLine('SUMMARY:x')).toBe('SUMMARY:x'));

  it('escapes backslashes first', () => expect(icsText('a\\b,c;d\r\ne')).toBe('a\\\\b\\,c\\;d\\ne'));

  it('formats instants without milliseconds', () => expect(icsDateTime(new Date('2026-01-01T00:00:00.999Z'))).toBe('20260101T000000Z'));
});
