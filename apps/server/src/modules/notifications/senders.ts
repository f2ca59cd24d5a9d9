import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';

/** What an adapter needs of one queued message. */
export interface OutgoingMessage {
  id: string;
  channel: 'email' | 'sms';
  toAddress: string;
  subject: string;
  body: string;
}

/** One way out for one channel. `send` resolves once the message is handed over, and throws if it was not. */
export interface NotificationSender {
  channel: 'email' | 'sms';
  send(message: OutgoingMessage): Promise<void>;
}

export type Senders = Record<OutgoingMessage['channel'], NotificationSender>;

/** E-mail through an SMTP server (SMTP_URL, e.g. smtp://user:pass@host:587). */
export function smtpSender(url: string, from: string): NotificationSender {
  const transport = nodemailer.createTransport(url);
  return {
    channel: 'email',
    send: async (m) => {
      await transport.sendMail({ from, to: m.toAddress, subject: m.subject, text: m.body });
    },
  };
}

/**
 * SMS through an HTTP gateway: POST {to, text} as JSON with the bearer token. The subject is left
 * out: an SMS has none, and every extra character may cost a second message.
 */
export function smsGatewaySender(url: string, token: string | undefined, fetcher: typeof fetch = fetch): NotificationSender {
  return {
    channel: 'sms',
    send: async (m) => {
      const response = await fetcher(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ to: m.toAddress, text: m.body }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}

/**
 * The development outbox: nothing leaves the machine. The message stays in the outbox table,
 * marked sent, and the outbox page shows what would have been sent.
 */
export function outboxSender(channel: OutgoingMessage['channel']): NotificationSender {
  return { channel, send: async () => {} };
}

/** The adapters the configuration names; a channel without one goes to the development outbox. */
export function sendersFrom(config: Config['notifications']): Senders {
  return {
    email: config.smtpUrl ? smtpSender(config.smtpUrl, config.from) : outboxSender('email'),
    sms: config.smsGateway ? smsGatewaySender(config.smsGateway.url, config.smsGateway.token) : outboxSender('sms'),
  };
}
