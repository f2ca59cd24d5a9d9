import { randomBytes } from 'node:crypto';

/** Where video appointments meet: Avain has no video of its own, a provider gives each appointment a room. */
export interface VideoProvider {
  /** A new meeting link that nobody can guess. */
  meetingUrl(): string;
}

/** Jitsi-style rooms: the base URL and a secret 128-bit room id. */
export function jitsiStyleProvider(baseUrl: string): VideoProvider {
  const base = baseUrl.replace(/\/+$/, '');
  return { meetingUrl: () => `${base}/avain-${randomBytes(16).toString('hex')}` };
}

/** What the booking use cases need from outside the database. */
export interface BookingDeps {
  video: VideoProvider;
}
