/** The assessment and early identification API as the pages use it: shapes, queries and mutations. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssessedItem, LifeDomain, QuestionnaireItem, Register, Segment, SegmentReason, WorklistReason } from '@avain/domain';
import { api } from '../../api/client';

export interface Questionnaire {
  id: string;
  code: string;
  version: number;
  title: { fi: string; sv: string; en: string };
  items: QuestionnaireItem[];
}

export interface AnswersInput {
  domains: Partial<Record<LifeDomain, { score: number; text: string }>>;
  selfManagement: number;
  clientView: string;
  clientGoals: string;
}

export interface Assessment {
  id: string;
  clientId: string;
  register: Register;
  unit: string;
  questionnaireId: string;
  kind: 'professional' | 'pre_assessment';
  status: 'submitted' | 'reviewed' | 'completed';
  answers: AnswersInput;
  author: string;
  authoredAt: string;
  basedOnId: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  segment: Segment | null;
  segmentReasons: SegmentReason[];
  serviceUse: { contacts: number; distinctUnits: number; bothRegisters: boolean } | null;
  changes: { item: AssessedItem; from: number; to: number; delta: number; direction: 'better' | 'worse' }[];
}

export interface PreAssessmentItem {
  assessmentId: string;
  clientId: string;
  clientName: string;
  submittedAt: string;
}

export type WorklistGroup = 'adults' | 'children';

export interface WorklistRow {
  clientId: string;
  name: string;
  age: number;
  reasons: WorklistReason[];
  serviceUse: { contacts: number; distinctUnits: number };
  takenBy: { id: string; name: string; at: string } | null;
}

export function useQuestionnaire() {
  return useQuery({ queryKey: ['assessment', 'questionnaire'], queryFn: () => api.get<Questionnaire>('/api/assessment/questionnaire'), staleTime: Infinity });
}

const historyKey = (clientId: string) => ['assessment', 'history', clientId] as const;

export function useAssessmentHistory(clientId: string) {
  // Every read is audited and access can change with a consent: always ask the server.
  return useQuery({ queryKey: historyKey(clientId), queryFn: () => api.get<Assessment[]>(`/api/clients/${clientId}/assessments`), staleTime: 0, retry: false });
}

export function useAssessment(id: string | null) {
  return useQuery({ queryKey: ['assessment', 'one', id], queryFn: () => api.get<Assessment>(`/api/assessments/${id}`), enabled: id !== null, staleTime: 0, retry: false });
}

export function useSaveAssessment(clientId: string, reviewOf: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AnswersInput) =>
      api.post<Assessment>(reviewOf ? `/api/assessments/${reviewOf}/review` : `/api/clients/${clientId}/assessments`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['assessment'] }),
  });
}

const preAssessmentsKey = ['assessment', 'pre-assessments'] as const;

export function usePreAssessments() {
  return useQuery({ queryKey: preAssessmentsKey, queryFn: () => api.get<PreAssessmentItem[]>('/api/assessments/pre-assessments'), retry: false });
}

export function useTakePreAssessment() {
  return useMutation({
    mutationFn: (assessmentId: string) => api.post<{ assessmentId: string; clientId: string; relationOpened: boolean }>(`/api/assessments/${assessmentId}/take`),
  });
}

const withFor = (path: string, forId: string | undefined) => (forId ? `${path}?for=${encodeURIComponent(forId)}` : path);

export function useMyAssessments(forId: string | undefined) {
  return useQuery({ queryKey: ['assessment', 'mine', forId ?? 'self'], queryFn: () => api.get<Assessment[]>(withFor('/api/me/assessments', forId)) });
}

export function useSubmitPreAssessment(forId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AnswersInput) => api.post<Assessment>(withFor('/api/me/pre-assessments', forId), input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['assessment', 'mine'] }),
  });
}

const worklistKey = ['assessment', 'worklist'] as const;

export function useWorklist(group: WorklistGroup) {
  return useQuery({
    queryKey: [...worklistKey, group],
    queryFn: () => api.get<{ group: WorklistGroup; youthMaxAge: number; rows: WorklistRow[] }>(`/api/identification/worklist?group=${group}`),
    staleTime: 0,
    retry: false,
  });
}

export function useTakeFromWorklist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (clientId: string) => api.post<{ clientId: string; takenBy: { name: string }; relationOpened: boolean }>(`/api/identification/worklist/${clientId}/take`),
    // Taken or not (a 409 means someone else took the client), the list must show the server's state.
    onSettled: () => queryClient.invalidateQueries({ queryKey: worklistKey }),
  });
}
