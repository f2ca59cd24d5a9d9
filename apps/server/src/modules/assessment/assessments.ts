import { AppError, CLIENT_DATA_ROLES, scoresOf, segmentOf, validateAnswers, type Register } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import {
  activeRelationsOf,
  decide,
  decideBoth,
  denialText,
  loadClient,
  openRelation,
  serviceUseOf,
  unitOfUser,
  type Accessor,
  type ClientRow,
} from '../clients/service.ts';
import * as repo from './repo.ts';
import type { AnswersInput, AssessmentView } from './schema.ts';
import { ensureQuestionnaire, identificationSettings, preAssessmentsToReview, serviceUseSince } from './service.ts';
import { assessmentViews, storedAnswers } from './views.ts';

export const actorOf = (who: Accessor) => ({ id: who.user.id, name: who.user.displayName, role: who.user.role });

/** The domain's rules for an answer, as a 400 naming the fields of the body. */
export function checkAnswers(input: AnswersInput, kind: 'professional' | 'pre_assessment') {
  const errors = validateAnswers(input, kind);
  if (errors.length > 0) {
    throw new AppError('validation', `Invalid input — ${errors.map((e) => `body.${e.field}: ${e.message}`).join('; ')}`, {
      errors: errors.map((e) => ({ field: `body.${e.field}`, message: e.message })),
    });
  }
}

/**
 * Everything a professional assessment needs before it is written: the write decision on the
 * author's own register (audited), valid answers, and the segment with the service use it saw.
 */
async function prepareProfessional(db: Db, who: Accessor, client: ClientRow, input: AnswersInput) {
  const unit = await unitOfUser(db, who.user.id);
  // Without a unit there is no own register: the policy refuses, and the refusal is logged.
  const decision = await decide(db, who, client, (unit?.register as Register | undefined) ?? 'health', 'write', 'assessment');
  if (!decision.allowed) throw new AppError('forbidden', denialText(decision.reason), { reasons: [decision.reason] });
  if (!unit) throw new AppError('forbidden', 'Only staff of a service unit assess clients.');
  checkAnswers(input, 'professional');
  return { unit, row: await professionalRow(db, client.id, unit, { id: who.user.id, name: who.user.displayName }, input) };
}

/** A professional assessment's row, with the segment from its answers and the client's service use now. */
async function professionalRow(db: DbOrTx, clientId: string, unit: { id: string; register: string }, author: { id: string; name: string }, input: AnswersInput, now = new Date()): Promise<repo.NewAssessment> {
  // One after another: in a transaction (the seed) the queries share one connection.
  const questionnaire = await ensureQuestionnaire(db);
  const settings = await identificationSettings(db);
  const use = await serviceUseOf(db, clientId, serviceUseSince(now));
  const serviceUse = { contacts: use.contacts, distinctUnits: use.distinctUnits, bothRegisters: use.bothRegisters };
  const stored = storedAnswers(input);
  const result = segmentOf({ scores: scoresOf({ domains: stored.answers }), selfManagement: input.selfManagement, serviceUse }, settings.thresholds);
  return {
    clientId,
    register: unit.register,
    unitId: unit.id,
    questionnaireId: questionnaire.id,
    kind: 'professional',
    status: 'completed',
    ...stored,
    authorId: author.id,
    authorName: author.name,
    authoredAt: now,
    segment: result.segment,
    segmentReasons: result.reasons,
    serviceUse,
  };
}

/** Stores a professional assessment directly, for the demo data: nobody is acting, so no decision and no audit. */
export async function saveAssessmentForSeed(tx: DbOrTx, seed: { clientId: string; unit: { id: string; register: string }; author: { id: string; name: string }; input: AnswersInput; authoredAt: Date }) {
  checkAnswers(seed.input, 'professional');
  return (await repo.insertAssessment(tx, await professionalRow(tx, seed.clientId, seed.unit, seed.author, seed.input, seed.authoredAt))).id;
}

/** The saved assessment as its author sees it: with the changes since the previous one in the same register. */
async function viewInRegister(db: DbOrTx, row: repo.AssessmentRow): Promise<AssessmentView> {
  const rows = (await repo.assessmentsOf(db, row.clientId)).filter((r) => r.register === row.register);
  return (await assessmentViews(db, rows.slice(0, rows.findIndex((r) => r.id === row.id) + 1)))[0]!;
}

/** A professional fills in the assessment with the client, in their own unit's register. */
export async function createAssessment(db: Db, who: Accessor, clientId: string, input: AnswersInput) {
  const client = await loadClient(db, clientId);
  const { row } = await prepareProfessional(db, who, client, input);
  return viewInRegister(db, await repo.insertAssessment(db, row));
}

/** The client's assessments in the registers open to the viewer, newest first; one audit event per register. */
export async function assessmentHistory(db: Db, who: Accessor, clientId: string) {
  const client = await loadClient(db, clientId);
  const open = new Set((await decideBoth(db, who, client, 'assessment')).filter((d) => d.allowed).map((d) => d.register));
  return assessmentViews(db, (await repo.assessmentsOf(db, client.id)).filter((r) => open.has(r.register as Register)));
}

async function loadAssessment(db: DbOrTx, id: string) {
  const row = await repo.findAssessment(db, id);
  if (!row) throw new AppError('not_found', 'No assessment with this id.');
  return row;
}

/** One assessment, through the gate on its own register. */
export async function readAssessment(db: Db, who: Accessor, id: string): Promise<{ row: repo.AssessmentRow; view: AssessmentView }> {
  const row = await loadAssessment(db, id);
  const decision = await decide(db, who, await loadClient(db, row.clientId), row.register as Register, 'read', 'assessment');
  if (!decision.allowed) throw new AppError('forbidden', denialText(decision.reason), { reasons: [decision.reason] });
  return { row, view: await viewInRegister(db, row) };
}

async function waitingInOwnUnit(db: Db, who: Accessor, id: string) {
  const row = await loadAssessment(db, id);
  if (row.kind !== 'pre_assessment') throw new AppError('bad_request', 'Only a pre-assessment is reviewed.');
  if (row.status !== 'submitted') throw new AppError('conflict', 'This pre-assessment has been reviewed already.');
  const unit = await unitOfUser(db, who.user.id);
  if (unit?.id !== row.unitId || !CLIENT_DATA_ROLES.includes(who.user.role)) throw new AppError('forbidden', 'The pre-assessment was sent to another unit: its staff review it.');
  return row;
}

/**
 * Takes a waiting pre-assessment to review. The client sent it to the unit asking for contact, so
 * taking it opens a case relation (shown in the client's access log) unless one is open already.
 */
export async function takePreAssessment(db: Db, who: Accessor, id: string) {
  const row = await waitingInOwnUnit(db, who, id);
  who.checked();
  const open = (await activeRelationsOf(db, row.clientId, who.user.id, new Date())).length > 0;
  if (!open) await openRelation(db, who, row.clientId, { kind: 'case', needsAddress: false, endsAt: null, note: 'Esiarvion käsittely' });
  return { assessmentId: row.id, clientId: row.clientId, relationOpened: !open };
}

/** A professional reviews a pre-assessment: their own assessment, based on it, and the pre-assessment marked reviewed. */
export async function reviewPreAssessment(db: Db, who: Accessor, id: string, input: AnswersInput) {
  const pre = await waitingInOwnUnit(db, who, id);
  const client = await loadClient(db, pre.clientId);
  const { row } = await prepareProfessional(db, who, client, input);
  const saved = await db.transaction(async (tx) => {
    const marked = await repo.markReviewed(tx, pre.id, { id: who.user.id, name: who.user.displayName }, new Date());
    if (!marked) throw new AppError('conflict', 'This pre-assessment has been reviewed already.');
    return repo.insertAssessment(tx, { ...row, basedOnId: pre.id });
  });
  return viewInRegister(db, saved);
}

/** The professional's list of pre-assessments waiting in their unit; each listed client sees it in their log. */
export async function preAssessmentList(db: Db, who: Accessor) {
  who.checked();
  return preAssessmentsToReview(db, who.user.id, { actor: actorOf(who), requestId: who.requestId, ip: who.ip });
}
