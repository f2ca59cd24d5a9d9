import { assessmentChanges, type AssessmentAnswers, type ScoreChange } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { unitsByIds } from '../clients/service.ts';
import type { AssessmentRow } from './repo.ts';
import type { AnswersInput, AssessmentView } from './schema.ts';

/** The stored answers column holds the domains only; the other answers have their own columns. */
export const answersOf = (row: AssessmentRow): AssessmentAnswers => ({
  domains: row.answers as AssessmentAnswers['domains'],
  selfManagement: row.selfManagement,
  clientView: row.clientView,
  clientGoals: row.clientGoals,
});

/** What the input stores: the domains answered, in one column. */
export const storedAnswers = (input: AnswersInput) => ({
  answers: Object.fromEntries(Object.entries(input.domains).filter(([, a]) => a !== undefined)),
  selfManagement: input.selfManagement,
  clientView: input.clientView,
  clientGoals: input.clientGoals,
});

/**
 * Views of assessments given oldest first, returned newest first; each carries its changes since
 * the previous one of the same kind in the list (the viewer sees changes only between what they see).
 */
export async function assessmentViews(db: DbOrTx, rows: AssessmentRow[]): Promise<AssessmentView[]> {
  const units = new Map((await unitsByIds(db, [...new Set(rows.map((r) => r.unitId))])).map((u) => [u.id, u.nameFi]));
  const previousOfKind = new Map<string, AssessmentRow>();
  const views = rows.map((row) => {
    const previous = previousOfKind.get(row.kind);
    previousOfKind.set(row.kind, row);
    const changes: ScoreChange[] = previous ? assessmentChanges(answersOf(previous), answersOf(row)) : [];
    return viewOf(row, units.get(row.unitId) ?? '', changes);
  });
  return views.reverse();
}

function viewOf(row: AssessmentRow, unit: string, changes: ScoreChange[]): AssessmentView {
  return {
    id: row.id,
    clientId: row.clientId,
    register: row.register as AssessmentView['register'],
    unit,
    questionnaireId: row.questionnaireId,
    kind: row.kind as AssessmentView['kind'],
    status: row.status as AssessmentView['status'],
    answers: answersOf(row) as AssessmentView['answers'],
    author: row.authorName,
    authoredAt: row.authoredAt.toISOString(),
    basedOnId: row.basedOnId,
    reviewedBy: row.reviewedByName,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    segment: row.segment as AssessmentView['segment'],
    segmentReasons: row.segmentReasons as AssessmentView['segmentReasons'],
    serviceUse: row.serviceUse as AssessmentView['serviceUse'],
    changes,
  };
}
