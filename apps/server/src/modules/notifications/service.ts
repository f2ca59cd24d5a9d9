import type { DbOrTx } from '../../db/client.ts';
import { emailOfUser } from '../auth/service.ts';
import * as repo from './repo.ts';
import type { Choices, NewNotification } from './repo.ts';
import type { PreferencesInput } from './schema.ts';
import { render, type Param, type TemplateName } from './templates.ts';

export type { TemplateName } from './templates.ts';
export { deliverDue, type DeliveryResult } from './delivery.ts';
export { outboxSender, type NotificationSender, type Senders } from './senders.ts';

export interface NotificationRequest {
  /** The recipient's account; its preferences decide the channel, language and address. */
  userId: string;
  /** The client the message is about, when it is about client data (kept for the client's own view). */
  clientId: string | null;
  template: TemplateName;
  /** Parameters of the template; a localised one is said in the recipient's language. */
  params: Record<string, Param>;
  /** The same key is queued only once (a reminder of one appointment, say). */
  dedupeKey?: string;
  /** Not before this moment (reminders). */
  sendAfter?: Date;
}

/**
 * Queues messages to a user in the outbox, in the channel and language they chose (e-mail in
 * Finnish to their account's address by default): one message, or several to the same user (a
 * confirmation and its reminder) with one look at their choices. Given a transaction, the messages
 * are queued only if the change they tell about commits. Nothing is queued when the user wants no
 * messages or has no address for the channel.
 */
export async function notify(db: DbOrTx, requests: NotificationRequest | NotificationRequest[]): Promise<boolean> {
  const list = Array.isArray(requests) ? requests : [requests];
  const userId = recipientOf(list);
  if (!userId) return false;
  const rows = messagesTo(await repo.choicesFor(db, userId), list);
  if (rows.length === 0) return false;
  await repo.enqueue(db, rows);
  return true;
}

function recipientOf(list: NotificationRequest[]): string | undefined {
  const userId = list[0]?.userId;
  if (list.some((r) => r.userId !== userId)) throw new Error('notify: messages to one user at a time');
  return userId;
}

/**
 * The outbox rows of messages to one user, by their choices (read with `choicesOf`): for a
 * statement that queues them together with the change they tell about. None when the user wants
 * no messages or has no address for the channel.
 */
export function messagesTo(choices: Choices, requests: NotificationRequest[]): NewNotification[] {
  const userId = recipientOf(requests);
  const channel = choices.channel ?? 'email';
  if (!userId || channel === 'none') return [];
  const language = (choices.language ?? 'fi') as 'fi' | 'sv' | 'en';
  const toAddress = channel === 'sms' ? choices.phone : (choices.email ?? choices.accountEmail);
  if (!toAddress) return [];
  return requests.map((request) => ({
    userId,
    clientId: request.clientId,
    channel,
    toAddress,
    language,
    template: request.template,
    ...render(request.template, language, request.params),
    dedupeKey: request.dedupeKey ?? null,
    ...(request.sendAfter ? { sendAfter: request.sendAfter } : {}),
  }));
}

export const choicesOf = repo.choicesOf;
export const enqueueQuery = repo.enqueueQuery;
export type { Choices, NewNotification } from './repo.ts';

/**
 * Withdraws the pending message with this dedupe key (the reminder of an appointment that was
 * cancelled); a message already sent stays in the outbox as sent. Given a transaction, the
 * withdrawal commits with the cancellation. Answers whether something was withdrawn.
 */
export async function cancelNotifications(db: DbOrTx, dedupeKey: string): Promise<boolean> {
  return (await repo.cancelPending(db, dedupeKey)) > 0;
}

/** The user's choices, with the defaults that apply until they choose (e-mail in Finnish). */
export async function preferencesFor(db: DbOrTx, userId: string) {
  const [saved, accountEmail] = await Promise.all([repo.preferencesOf(db, userId), emailOfUser(db, userId)]);
  return {
    channel: (saved?.channel ?? 'email') as 'email' | 'sms' | 'none',
    language: (saved?.language ?? 'fi') as 'fi' | 'sv' | 'en',
    email: saved?.email ?? null,
    phone: saved?.phone ?? null,
    accountEmail: accountEmail ?? null,
  };
}

export async function savePreferences(db: DbOrTx, userId: string, input: PreferencesInput) {
  await repo.savePreferences(db, { userId, channel: input.channel, language: input.language, email: input.email || null, phone: input.phone || null });
  return preferencesFor(db, userId);
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The newest messages of the outbox, as the development page lists them. */
export async function outbox(db: DbOrTx, limit: number) {
  return (await repo.latest(db, limit)).map((n) => ({
    id: n.id,
    to: n.toAddress,
    channel: n.channel as 'email' | 'sms',
    language: n.language,
    template: n.template,
    subject: n.subject,
    body: n.body,
    status: n.status as 'pending' | 'sent' | 'failed' | 'cancelled',
    attempts: n.attempts,
    error: n.error,
    createdAt: n.createdAt.toISOString(),
    sendAfter: n.sendAfter.toISOString(),
    sentAt: iso(n.sentAt),
  }));
}
