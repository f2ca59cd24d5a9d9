import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export type TaskKind = 'plan_review_due' | 'referral_unanswered' | 'pre_assessment_to_review';

export interface Task {
  kind: TaskKind;
  clientId: string;
  clientName: string;
  subjectId: string;
  detail: string | null;
  since: string;
}

export function useTasks(enabled: boolean) {
  return useQuery({
    queryKey: ['tasks'],
    queryFn: () => api.get<{ today: string; tasks: Task[] }>('/api/tasks'),
    enabled,
    // Tasks end when their cause does (a review saved, a referral answered): always ask anew.
    staleTime: 0,
  });
}
