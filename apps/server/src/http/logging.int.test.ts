import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildApp, LOG_REDACT_PATHS } from '../app.ts';
import { TestClient, useTestApp } from '../test/app.ts';

const ctx = useTestApp();

describe('logs', () => {
  it('are JSON lines with request ids and never contain passwords, session or CSRF tokens', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildApp({
      config: ctx.config,
      database: ctx.db.database,
      logger: { level: 'trace', stream, redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' } },
    });
    await app.ready();
    try {
      const client = new TestClient(app);
      await client.login('asukas', 'a-very-secret-pass');
      await client.login('asukas');
      await client.request({ url: '/api/session', headers: { 'x-request-id': 'req-log-test-1' } });
      const output = lines.join('');
      expect(lines.length).toBeGreaterThan(4);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      expect(output).toContain('"reqId":"req-log-test-1"');
      expect(output).not.toContain('a-very-secret-pass');
      expect(output).not.toContain('avain-demo');
      expect(output).not.toContain(client.cookie('avain_session')!);
      expect(output).not.toContain(client.csrfToken!);
    } finally {
      await app.close();
    }
  });
});
