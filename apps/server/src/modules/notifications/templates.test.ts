import { describe, expect, it } from 'vitest';
import { render } from './templates.ts';

describe('message templates', () => {
  const params = { type: { fi: 'Sairaanhoitajan vastaanotto', sv: 'Sjukskötarmottagning' }, time: '25.11.2026 klo 9.00', place: { fi: 'Tuiran hyvinvointikeskus', sv: 'Tuira välfärdscentral', en: 'Tuira welfare centre' }, deadline: '24.11.2026 klo 9.00' };

  it('says localised parameters in the recipient’s language', () => {
    expect(render('appointment_confirmed', 'sv', params).body).toBe(
      'Din tid är bokad: Sjukskötarmottagning 25.11.2026 klo 9.00, Tuira välfärdscentral. Du kan flytta eller avboka tiden i Avain fram till 24.11.2026 klo 9.00.',
    );
  });

  it('falls back to Finnish for a name without the language, and leaves a missing parameter empty', () => {
    const { subject, body } = render('appointment_reminder', 'en', { type: params.type, time: params.time });
    expect(subject).toBe('Reminder of your appointment tomorrow');
    expect(body).toBe('Reminder: Sairaanhoitajan vastaanotto 25.11.2026 klo 9.00, .');
  });
});
