import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, TestClient, useTestApp } from '../../test/app.ts';
import { smsGatewaySender, type OutgoingMessage, type Senders } from './senders.ts';
import { cancelNotifications, deliverDue, notify } from './service.ts';

const ctx = useTestApp();
let ainoUserId: string;
const db = () => ctx.db.database.db;
const rows = (template: string) =>
  ctx.db.database.query<{ id: string; status: string; attempts: number; channel: string; to_address: string; language: string; error: string | null; send_after: string }>(
    sql`select * from notifications where template = ${template} order by created_at`,
  );

/** A sender that records what it sent, slowly enough for two deliverers to overlap. */
function recording(fail = false) {
  const sent: string[] = [];
  const send = async (m: OutgoingMessage) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (fail) throw new Error('gateway down');
    sent.push(m.id);
  };
  const senders: Senders = { email: { channel: 'email', send }, sms: { channel: 'sms', send } };
  return { sent, senders };
}

beforeAll(async () => {
  ainoUserId = (await ctx.db.database.query<{ id: string }>(sql`select id from users where username = 'asukas'`))[0]!.id;
});

const message = (key: string, sendAfter?: Date) =>
  notify(db(), { userId: ainoUserId, clientId: null, template: 'appointment_reminder', params: { type: 'Hoitaja', time: '18.11. klo 9', place: 'Tuira' }, dedupeKey: key, ...(sendAfter ? { sendAfter } : {}) });

describe('notification preferences', () => {
  it('default to e-mail in Finnish to the account address, and are validated naming the fields', async () => {
    const aino = await loggedIn(ctx, 'asukas');
    expect((await aino.request({ url: '/api/me/notification-preferences' })).json()).toEqual({ channel: 'email', language: 'fi', email: null, phone: null, accountEmail: 'aino.asukas@example.fi' });
    const bad = await aino.request({ method: 'PUT', url: '/api/me/notification-preferences', payload: { channel: 'sms', language: 'de', email: 'not-mail', phone: null } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.email', 'body.language']);
    const noPhone = await aino.request({ method: 'PUT', url: '/api/me/notification-preferences', payload: { channel: 'sms', language: 'fi' } });
    expect(noPhone.json().errors).toEqual([{ field: 'body.phone', message: 'A phone number is needed for text messages.' }]);
    const saved = await aino.request({ method: 'PUT', url: '/api/me/notification-preferences', payload: { channel: 'sms', language: 'sv', email: null, phone: '+358 40 123 4501' } });
    expect(saved.statusCode, saved.body).toBe(200);
    await message('prefs-sms');
    expect((await rows('appointment_reminder'))[0]).toMatchObject({ channel: 'sms', to_address: '+358 40 123 4501', language: 'sv' });
    await aino.request({ method: 'PUT', url: '/api/me/notification-preferences', payload: { channel: 'none', language: 'fi' } });
    expect(await message('prefs-none')).toBe(false);
    await aino.request({ method: 'PUT', url: '/api/me/notification-preferences', payload: { channel: 'email', language: 'fi', email: null, phone: null } });
    expect((await new TestClient(ctx.app).request({ url: '/api/me/notification-preferences' })).statusCode).toBe(401);
  });
});

describe('delivery', () => {
  it('sends each due message exactly once, however many deliverers run at once', async () => {
    await ctx.db.database.query(sql`delete from notifications`);
    for (let i = 0; i < 30; i++) await message(`once-${i}`);
    await message('later', new Date(Date.now() + 3_600_000));
    const { sent, senders } = recording();
    const results = await Promise.all([deliverDue(db(), senders), deliverDue(db(), senders), deliverDue(db(), senders)]);
    // One round sends at most a batch; go on until nothing is due.
    while ((await deliverDue(db(), senders)).sent > 0);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBeGreaterThan(0);
    expect(sent).toHaveLength(30);
    expect(new Set(sent).size).toBe(30);
    const statuses = (await rows('appointment_reminder')).map((r) => r.status);
    expect(statuses.filter((s) => s === 'sent')).toHaveLength(30);
    expect(statuses.filter((s) => s === 'pending')).toHaveLength(1);
  });

  it('withdraws a pending reminder, but not one already sent', async () => {
    expect(await cancelNotifications(db(), 'later')).toBe(true);
    expect(await cancelNotifications(db(), 'once-0')).toBe(false);
    expect((await rows('appointment_reminder')).find((r) => r.status === 'cancelled')).toBeDefined();
  });

  it('retries with a growing pause and marks the message failed after the last attempt', async () => {
    await ctx.db.database.query(sql`delete from notifications`);
    await message('flaky');
    const { senders } = recording(true);
    // The database stamps send_after in microseconds; a clock reading taken in the same
    // millisecond would fall before it, so the first round looks a second ahead.
    let now = new Date(Date.now() + 1000);
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await deliverDue(db(), senders, now, 3)).toEqual(attempt < 3 ? { sent: 0, retried: 1, failed: 0 } : { sent: 0, retried: 0, failed: 1 });
      const [row] = await rows('appointment_reminder');
      expect(row).toMatchObject({ attempts: attempt, error: 'gateway down', status: attempt < 3 ? 'pending' : 'failed' });
      // Not due again before its pause is over.
      if (attempt < 3) expect((await deliverDue(db(), senders, now, 3)).retried).toBe(0);
      now = new Date(Date.parse(row!.send_after) + 1);
    }
  });

  it('posts SMS to the gateway as JSON with the bearer token, and fails on an error answer', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const ok = smsGatewaySender('https://sms.example/send', 'secret', async (url, init) => {
      calls.push({ url: String(url), init: init! });
      return new Response(null, { status: 202 });
    });
    await ok.send({ id: 'x', channel: 'sms', toAddress: '+358401234501', subject: 'S', body: 'Hei' });
    expect(calls[0]!.url).toBe('https://sms.example/send');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ to: '+358401234501', text: 'Hei' });
    expect((calls[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer secret');
    const down = smsGatewaySender('https://sms.example/send', undefined, async () => new Response(null, { status: 503 }));
    await expect(down.send({ id: 'x', channel: 'sms', toAddress: '1', subject: '', body: '' })).rejects.toThrow('503');
  });
});

describe('development outbox', () => {
  it('lists what would have been sent to anyone logged in outside production', async () => {
    const aino = await loggedIn(ctx, 'asukas');
    const outbox = await aino.request({ url: '/api/dev/outbox' });
    expect(outbox.statusCode).toBe(200);
    expect(outbox.json()[0]).toMatchObject({ to: 'aino.asukas@example.fi', channel: 'email', language: 'fi', status: 'failed', subject: expect.any(String), body: expect.stringContaining('Tuira') });
    expect((await new TestClient(ctx.app).request({ url: '/api/dev/outbox' })).statusCode).toBe(401);
  });
});
