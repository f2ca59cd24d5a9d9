import type { Handover, Message, ThreadDetail } from './api';

export type TimelineEntry = { kind: 'message'; at: string; message: Message } | { kind: 'handover'; at: string; handover: Handover };

/** Messages and handovers in the order they happened; a handover at the same instant follows the message. */
export function timelineOf(thread: Pick<ThreadDetail, 'messages' | 'handovers'>): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...thread.messages.map((message) => ({ kind: 'message' as const, at: message.createdAt, message })),
    ...thread.handovers.map((handover) => ({ kind: 'handover' as const, at: handover.at, handover })),
  ];
  // Stable sort: equal times keep messages (listed first) before handovers.
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
