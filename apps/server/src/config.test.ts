import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration', () => {
  it('runs the clock from AVAIN_NOW in tests, and on from there', async () => {
    const config = loadConfig({ NODE_ENV: 'test', AVAIN_NOW: '2026-11-17T08:30:00+02:00' });
    const first = config.clock();
    expect(Math.abs(first.getTime() - Date.parse('2026-11-17T06:30:00Z'))).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 20));
    expect(config.clock().getTime()).toBeGreaterThan(first.getTime());
    expect(Math.abs(loadConfig({ NODE_ENV: 'test' }).clock().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('refuses AVAIN_NOW outside tests and a time that is not an instant', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AVAIN_NOW: '2026-11-17T08:30:00+02:00' })).toThrow(/AVAIN_NOW/);
    expect(() => loadConfig({ NODE_ENV: 'test', AVAIN_NOW: 'tuesday morning' })).toThrow(/AVAIN_NOW/);
  });
});
