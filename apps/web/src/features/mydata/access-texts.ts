/** The access log in plain words: what was done, on what basis, and why a refusal was a refusal. */
import { useTranslation } from 'react-i18next';
import { isRegister } from './register-tag';
import type { AccessEvent } from './api';

/** Audit actions as the log names them, and the text key that says each in plain words. */
const ACTIONS = {
  'client.overview.read': 'overviewRead',
  'client.my_data.read': 'myDataRead',
  'client.entry.write': 'entryWrite',
  'client.search.found': 'searchFound',
  'client.emergency.start': 'emergencyStart',
  'client.emergency.review': 'emergencyReview',
  'client.guardian.act_for': 'actFor',
  'client.relation.open': 'relationOpen',
  'client.relation.close': 'relationClose',
  'client.referral.write': 'referralWrite',
  'client.referral.read': 'referralRead',
  'client.referral.accept': 'referralAccept',
  'client.referral.decline': 'referralDecline',
  'client.referral.complete': 'referralComplete',
  'client.assessment.read': 'assessmentRead',
  'client.assessment.write': 'assessmentWrite',
  'client.pre_assessment.write': 'preAssessmentWrite',
  'client.pre_assessment.listed': 'preAssessmentListed',
  'client.worklist.listed': 'worklistListed',
  'client.worklist.take': 'worklistTake',
  'client.plan.read': 'planRead',
  'client.plan.write': 'planWrite',
  'client.plan.accept': 'planAccept',
  'client.plan.comment': 'planComment',
  'client.referral.cancel': 'referralCancel',
  'client.message.read': 'messageRead',
  'client.message.write': 'messageWrite',
  'client.appointment.read': 'appointmentRead',
  'client.appointment.write': 'appointmentWrite',
  'client.appointment.hold': 'appointmentHold',
  'client.appointment.book': 'appointmentBook',
  'client.appointment.cancel': 'appointmentCancel',
  'client.appointment.reschedule': 'appointmentReschedule',
  'client.appointment.arrived': 'appointmentArrived',
  'client.appointment.no_show': 'appointmentNoShow',
  'client.appointment.done': 'appointmentDone',
  'client.day_list.listed': 'dayListListed',
  'client.walk_in_ticket.write': 'walkInTicket',
  'client.callback.write': 'callbackWrite',
  'client.callback.read': 'callbackRead',
  'client.callback.handle': 'callbackHandle',
  'consent.given': 'consentGiven',
  'consent.changed': 'consentChanged',
  'consent.revoked': 'consentRevoked',
} as const;

const REFUSALS = ['no_relation', 'no_consent', 'hidden_from_guardian', 'not_own_data', 'not_client_data_role', 'aggregates_only', 'write_outside_own_register', 'not_receiving_organization', 'not_callback_recipient', 'not_service_organization', 'not_client_work', 'not_colleague'] as const;

const known = <T extends string>(list: readonly T[], value: string | null): value is T => value !== null && (list as readonly string[]).includes(value);
const actionKey = (action: string) => (action in ACTIONS ? ACTIONS[action as keyof typeof ACTIONS] : 'other');

export const isRefused = (event: AccessEvent) => event.outcome !== 'success';

export function useAccessTexts() {
  const { t } = useTranslation();
  return {
    action: (event: AccessEvent) => t(`mydata.log.actions.${actionKey(event.action)}`),
    register: (event: AccessEvent) => (isRegister(event.register) ? t(`mydata.registers.${event.register}`) : t('mydata.log.noRegister')),
    why: (event: AccessEvent) => {
      if (isRefused(event)) return t('mydata.log.refused', { reason: t(`mydata.log.refusals.${known(REFUSALS, event.why.reason) ? event.why.reason : 'other'}`) });
      const { basis, reason } = event.why;
      if (basis === 'emergency') return reason ? t('mydata.log.basis.emergencyWithReason', { reason }) : t('mydata.log.basis.emergency');
      return basis === null ? t('mydata.log.basis.none') : t(`mydata.log.basis.${basis}`);
    },
  };
}
