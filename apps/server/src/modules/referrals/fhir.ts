import type { ReferralStatus } from '@avain/domain';
import type { ReferralView } from './schema.ts';

/**
 * FHIR R4 ServiceRequest has no "accepted": an accepted referral is still `active`, and the
 * closed-loop status itself travels in an extension so a receiver loses nothing.
 */
const FHIR_STATUS: Record<ReferralStatus, 'active' | 'revoked' | 'completed'> = {
  sent: 'active',
  accepted: 'active',
  declined: 'revoked',
  completed: 'completed',
  cancelled: 'revoked',
};

const REGISTER_SYSTEM = 'urn:avain:register';
const SERVICE_SYSTEM = 'urn:avain:catalog-service';

/** One referral as a FHIR R4 ServiceRequest: the service ordered from a producer for the client. */
export function serviceRequest(r: ReferralView, baseUrl: string) {
  const notes = [
    { authorString: r.referrer.name, time: r.sentAt, text: r.handoverNote },
    ...(r.responseNote && r.answeredAt ? [{ authorString: r.answeredBy ?? r.organization.name, time: r.answeredAt, text: r.responseNote }] : []),
  ];
  return {
    resourceType: 'ServiceRequest',
    id: r.id,
    meta: { versionId: String(r.version) },
    extension: [{ url: `${baseUrl}/fhir/StructureDefinition/referral-status`, valueCode: r.status }],
    ...(r.planId ? { basedOn: [{ reference: `CarePlan/${r.planId}` }] } : {}),
    status: FHIR_STATUS[r.status],
    intent: 'order',
    category: [{ coding: [{ system: REGISTER_SYSTEM, code: r.referrer.register }] }],
    code: { coding: [{ system: SERVICE_SYSTEM, code: r.service.id, display: r.service.name }], text: r.service.name },
    subject: { reference: `Patient/${r.client.id}`, display: r.client.name },
    authoredOn: r.sentAt,
    requester: { display: r.referrer.name },
    performer: [{ reference: `Organization/${r.organization.id}`, display: r.organization.name }],
    note: notes,
  };
}
