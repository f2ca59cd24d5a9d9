import { AppError, type Register } from '@avain/domain';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import { actingTarget, decideBoth, unitByCode, type Accessor } from '../clients/service.ts';
import { actorOf, checkAnswers } from './assessments.ts';
import * as repo from './repo.ts';
import type { AnswersInput } from './schema.ts';
import { ensureQuestionnaire } from './service.ts';
import { assessmentViews, storedAnswers } from './views.ts';

/** Pre-assessments go to service coordination (palveluohjaus), who direct the client onwards. */
export const PRE_ASSESSMENT_UNIT = 'palveluohjaus';

/**
 * The resident's own pre-assessment (or a guardian's for a minor in their care). It is the
 * client's own account, not a professional's record: no policy decision to write, but audited.
 */
export async function submitPreAssessment(db: Db, who: Accessor, forId: string | undefined, input: AnswersInput) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  checkAnswers(input, 'pre_assessment');
  const unit = await unitByCode(db, PRE_ASSESSMENT_UNIT);
  if (!unit) throw new AppError('unavailable', 'Service coordination does not take pre-assessments at the moment.');
  const questionnaire = await ensureQuestionnaire(db);
  const row = await db.transaction(async (tx) => {
    const inserted = await repo.insertAssessment(tx, {
      clientId: target.client.id,
      register: unit.register,
      unitId: unit.id,
      questionnaireId: questionnaire.id,
      kind: 'pre_assessment',
      status: 'submitted',
      ...storedAnswers(input),
      authorId: who.user.id,
      authorName: who.user.displayName,
    });
    await recordAudit(tx, {
      actor: actorOf(who),
      action: 'client.pre_assessment.write',
      outcome: 'success',
      resourceType: 'pre_assessment',
      resourceId: inserted.id,
      clientId: target.client.id,
      basis: target.actingAs === 'guardian' ? 'guardian' : 'own',
      register: unit.register,
      requestId: who.requestId,
      ip: who.ip,
    });
    return inserted;
  });
  return (await assessmentViews(db, [row]))[0]!;
}

/** The resident's own assessments (or their ward's), professional ones included, newest first. */
export async function myAssessments(db: Db, who: Accessor, forId: string | undefined) {
  const target = await actingTarget(db, who, forId);
  const open = new Set((await decideBoth(db, who, target.client, 'assessment')).filter((d) => d.allowed).map((d) => d.register));
  return assessmentViews(db, (await repo.assessmentsOf(db, target.client.id)).filter((r) => open.has(r.register as Register)));
}
