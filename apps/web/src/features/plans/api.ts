/** The joint service plan API as staff and residents use it: shapes, queries and mutations. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlanComparison, PlanContent, PlanState } from '@avain/domain';
import { api } from '../../api/client';

export type { PlanComparison, PlanContent, PlanGoal, PlannedService, TeamMember } from '@avain/domain';
export { useServiceOptions, type ServiceOption } from '../catalog/service-options';

export interface Agreement {
  kind: 'portal' | 'spoken';
  at: string;
  byName: string;
  note: string | null;
}

export interface PlanVersion {
  version: number;
  savedAt: string;
  savedBy: string;
  changeNote: string;
  agreement: Agreement | null;
}

export interface PlanComment {
  id: string;
  author: string;
  authorRole: string;
  text: string;
  createdAt: string;
}

export interface PlanReview {
  id: string;
  version: number;
  reviewedAt: string;
  reviewedBy: string;
  note: string;
  nextReviewOn: string | null;
  scores: { goalId: string; score: number; note: string }[];
}

export interface Plan {
  id: string;
  clientId: string;
  register: 'social' | 'health';
  status: 'active' | 'closed';
  state: PlanState;
  currentVersion: number;
  responsibleWorker: { id: string; name: string };
  nextReviewOn: string | null;
  reviewDue: boolean;
  createdAt: string;
  createdBy: string;
  content: PlanContent;
  versions: PlanVersion[];
  comments: PlanComment[];
  reviews: PlanReview[];
}

/** What the editor sends: staff members by user id only, services by catalogue id only. */
export interface PlanInput {
  summary: string;
  goals: PlanContent['goals'];
  services: { serviceId: string; frequency: string; from: string; to: string | null }[];
  clientActions: PlanContent['clientActions'];
  team: (
    | { kind: 'staff'; userId: string; role: string; phone: string | null; email: string | null }
    | { kind: 'external'; id: string; name: string; organisation: string; role: string; serviceId: string | null; phone: string | null; email: string | null }
  )[];
  responsibleWorkerId: string;
  nextReviewOn: string | null;
}

export interface Candidate {
  id: string;
  name: string;
  role: string;
  unit: string | null;
  email: string | null;
}


const planKey = (clientId: string) => ['plans', 'client', clientId] as const;

export function useClientPlan(clientId: string) {
  return useQuery({
    queryKey: planKey(clientId),
    queryFn: () => api.get<{ plan: Plan | null }>(`/api/clients/${clientId}/plan`),
    // Every read is an audited access decision: show what the server decides now.
    staleTime: 0,
    retry: false,
  });
}

/** Any change to the plan answers with the plan as it is now: put it in the cache directly. */
function usePlanMutation<Input>(clientId: string, send: (input: Input) => Promise<Plan | unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: planKey(clientId) }) });
}

export const useStartPlan = (clientId: string) => usePlanMutation(clientId, (input: PlanInput) => api.post<Plan>(`/api/clients/${clientId}/plans`, input));
export const useSavePlan = (clientId: string, planId: string) =>
  usePlanMutation(clientId, (input: PlanInput & { baseVersion: number; changeNote: string }) => api.put<Plan>(`/api/plans/${planId}`, input));
export const useRecordAgreement = (clientId: string, planId: string) =>
  usePlanMutation(clientId, (input: { version: number; note: string }) => api.post<Plan>(`/api/plans/${planId}/agreement`, input));
export const useAddReview = (clientId: string, planId: string) =>
  usePlanMutation(clientId, (input: { scores: { goalId: string; score: number; note: string }[]; note: string; nextReviewOn: string | null }) =>
    api.post<Plan>(`/api/plans/${planId}/reviews`, input),
  );
export const useAddComment = (clientId: string, planId: string) => usePlanMutation(clientId, (text: string) => api.post<PlanComment>(`/api/plans/${planId}/comments`, { text }));
export const useClosePlan = (clientId: string, planId: string) => usePlanMutation(clientId, () => api.post<Plan>(`/api/plans/${planId}/close`));

export function useComparison(planId: string, from: number, to: number) {
  return useQuery({
    queryKey: ['plans', planId, 'compare', from, to],
    queryFn: () => api.get<PlanComparison & { from: number; to: number }>(`/api/plans/${planId}/compare?from=${from}&to=${to}`),
    enabled: from !== to,
  });
}

export function useTeamCandidates(q: string) {
  return useQuery({
    queryKey: ['plans', 'candidates', q],
    queryFn: () => api.get<Candidate[]>(`/api/plans/team-candidates?q=${encodeURIComponent(q)}`),
    enabled: q.trim().length >= 2,
  });
}

/** `?for=` names the minor a guardian acts for. */
const withFor = (path: string, forId: string | undefined) => (forId ? `${path}?for=${encodeURIComponent(forId)}` : path);
const myPlanKey = (forId: string | undefined) => ['plans', 'mine', forId ?? 'self'] as const;

export interface MyPlan {
  actingAs: 'self' | 'guardian';
  plan: Plan | null;
}

export function useMyPlan(forId: string | undefined) {
  return useQuery({ queryKey: myPlanKey(forId), queryFn: () => api.get<MyPlan>(withFor('/api/me/plan', forId)), staleTime: 0 });
}

function useMyPlanMutation<Input>(forId: string | undefined, send: (input: Input) => Promise<MyPlan>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: (data) => queryClient.setQueryData(myPlanKey(forId), data) });
}

export const useAcceptMyPlan = (forId: string | undefined) => useMyPlanMutation(forId, (version: number) => api.post<MyPlan>(withFor('/api/me/plan/accept', forId), { version }));
export const useCommentMyPlan = (forId: string | undefined) => useMyPlanMutation(forId, (text: string) => api.post<MyPlan>(withFor('/api/me/plan/comments', forId), { text }));
