import { afterFailure } from '@avain/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import * as repo from './repo.ts';
import type { Senders } from './senders.ts';

/** One round sends at most this many; the next round (or another process) takes the rest. */
const BATCH = 20;

export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends the pending messages whose time has come. Each message is locked (FOR UPDATE SKIP LOCKED)
 * in the transaction that records its outcome, so several processes never send one twice. A failed
 * send is tried again after a growing pause, and marked failed after the last attempt.
 */
export async function deliverDue(db: Db, senders: Senders, now = new Date(), maxAttempts = 5): Promise<DeliveryResult> {
  return db.transaction(async (tx) => {
    const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
    for (const message of await repo.claimDue(tx, now, BATCH)) {
      const attempts = message.attempts + 1;
      try {
        await senders[message.channel as 'email' | 'sms'].send({ ...message, channel: message.channel as 'email' | 'sms' });
        await repo.updateDelivery(tx, message.id, { status: 'sent', attempts, sentAt: now, error: null });
        result.sent += 1;
      } catch (error) {
        const next = afterFailure(attempts, now, maxAttempts);
        const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        await repo.updateDelivery(tx, message.id, { attempts, error: reason, ...next });
        result[next.status === 'failed' ? 'failed' : 'retried'] += 1;
      }
    }
    return result;
  });
}

/**
 * Runs `deliverDue` every `intervalSeconds` until stopped. The timer does not keep the process
 * alive, and a round never starts while the previous one is still running.
 */
export function startDeliveryWorker(db: Db, senders: Senders, options: { intervalSeconds: number; maxAttempts: number; log: FastifyBaseLogger }) {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = deliverDue(db, senders, new Date(), options.maxAttempts)
      .then((r) => {
        if (r.sent + r.retried + r.failed > 0) options.log.info(r, 'notifications delivered');
      })
      .catch((error: unknown) => options.log.warn({ err: error }, 'notification delivery round failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalSeconds * 1000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
