import { z } from 'zod';

export const TASK_KINDS = ['plan_review_due', 'referral_unanswered', 'pre_assessment_to_review'] as const;

export const taskView = z.object({
  kind: z.enum(TASK_KINDS),
  clientId: z.string().uuid(),
  clientName: z.string(),
  /** The plan, referral or pre-assessment the task is about. */
  subjectId: z.string().uuid(),
  /** What the task is about in a few words, e.g. the referred service. */
  detail: z.string().nullable(),
  /** When it fell due: the review date, or when the referral or pre-assessment was sent. */
  since: z.string(),
});
export type TaskView = z.infer<typeof taskView>;

export const tasksResponse = z.object({ today: z.string(), tasks: z.array(taskView) });
