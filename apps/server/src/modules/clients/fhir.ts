import type { exportAll } from './resident.ts';

type Export = Awaited<ReturnType<typeof exportAll>>;
type Resource = Record<string, unknown> & { resourceType: string; id: string };

/** The OID of the Finnish personal identity code (Finnish FHIR implementation guide). */
const HETU_SYSTEM = 'urn:oid:1.2.246.21';
const LOCAL_ID_SYSTEM = 'urn:avain:client-local-id';
const REGISTER_SYSTEM = 'urn:avain:register';
const ENTRY_TYPE_SYSTEM = 'urn:avain:record-entry-type';

const reference = (r: Resource) => ({ reference: `${r.resourceType}/${r.id}` });

function patient(data: Export): Resource {
  const c = data.client;
  return {
    resourceType: 'Patient',
    id: c.id,
    identifier: [c.identityCode ? { system: HETU_SYSTEM, value: c.identityCode } : { system: LOCAL_ID_SYSTEM, value: c.localId ?? c.id }],
    name: [{ family: c.lastName, given: c.firstNames.split(' ') }],
    birthDate: c.birthDate,
    ...(c.sex ? { gender: c.sex === 'male' ? 'male' : 'female' } : {}),
    ...(c.deceasedOn ? { deceasedDateTime: c.deceasedOn } : {}),
    telecom: [
      ...(c.phone ? [{ system: 'phone', value: c.phone }] : []),
      ...(c.email ? [{ system: 'email', value: c.email }] : []),
    ],
    ...(c.address ? { address: [{ line: c.address.street ? [c.address.street] : [], postalCode: c.address.postalCode ?? undefined, city: c.address.city ?? undefined, country: 'FI' }] } : {}),
    communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: c.language === 'other' ? (c.otherLanguage ?? 'und') : c.language }] }, preferred: true }],
  };
}

function consent(c: Export['consents'][number], subject: Resource): Resource {
  return {
    resourceType: 'Consent',
    id: c.id,
    status: c.status === 'active' || c.status === 'scheduled' ? 'active' : 'inactive',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: reference(subject),
    dateTime: c.history[0]?.at ?? new Date().toISOString(),
    policyRule: { text: 'Laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä 703/2023' },
    provision: {
      type: 'permit',
      period: { start: c.validFrom, ...(c.validTo ? { end: c.validTo } : {}) },
      actor: c.organizations.map((o) => ({
        role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' }] },
        reference: { reference: `Organization/${o.id}`, display: o.name },
      })),
      purpose: [{ system: 'urn:avain:consent-purpose', code: c.purpose }],
      class: c.registers.map((r) => ({ system: REGISTER_SYSTEM, code: r })),
    },
  };
}

function entry(e: Export['entries'][number], subject: Resource): Resource {
  const category = [{ coding: [{ system: REGISTER_SYSTEM, code: e.register }] }];
  const type = { coding: [{ system: ENTRY_TYPE_SYSTEM, code: e.type }], text: e.title };
  if (e.type === 'measurement') {
    const value = e.codes.find((c) => c.value !== undefined);
    return {
      resourceType: 'Observation',
      id: e.id,
      status: 'final',
      category,
      code: { coding: e.codes.map((c) => ({ system: c.system, code: c.code, display: c.display })), text: e.title },
      subject: reference(subject),
      effectiveDateTime: e.occurredAt,
      performer: [{ display: e.author }],
      ...(value ? { valueQuantity: { value: value.value, unit: value.unit } } : { valueString: e.text }),
      note: [{ text: e.text }],
    };
  }
  if (e.type === 'visit') {
    return {
      resourceType: 'Encounter',
      id: e.id,
      status: 'finished',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
      type: [type],
      serviceType: category[0],
      subject: reference(subject),
      period: { start: e.occurredAt },
      participant: [{ individual: { display: e.author } }],
      serviceProvider: { display: e.unit },
      reasonCode: e.codes.map((c) => ({ coding: [{ system: c.system, code: c.code, display: c.display }] })),
    };
  }
  return {
    resourceType: 'DocumentReference',
    id: e.id,
    status: 'current',
    type,
    category,
    subject: reference(subject),
    date: e.occurredAt,
    author: [{ display: e.author }],
    custodian: { display: e.unit },
    description: e.title,
    content: [{ attachment: { contentType: 'text/plain; charset=utf-8', data: Buffer.from(e.text).toString('base64'), title: e.title } }],
  };
}

const AUDIT_ACTIONS: Record<string, string> = { read: 'R', write: 'C', open: 'C', give: 'C', given: 'C', changed: 'U', revoked: 'U', close: 'U' };

function auditEvent(e: Export['accessLog'][number], subject: Resource): Resource {
  const verb = e.action.split('.').pop() ?? '';
  return {
    resourceType: 'AuditEvent',
    id: `access-${e.seq}`,
    type: { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest', display: 'RESTful Operation' },
    subtype: [{ system: 'urn:avain:audit-action', code: e.action }],
    action: AUDIT_ACTIONS[verb] ?? 'E',
    recorded: e.at,
    outcome: e.outcome === 'success' ? '0' : '4',
    ...(e.why.basis || e.why.reason ? { purposeOfEvent: [{ text: [e.why.basis, e.why.reason].filter(Boolean).join(': ') }] } : {}),
    agent: [{ who: { display: [e.who.name, e.who.organization].filter(Boolean).join(', ') || 'unknown' }, ...(e.who.role ? { role: [{ text: e.who.role }] } : {}), requestor: true }],
    source: { observer: { display: 'Avain' } },
    entity: [{ what: reference(subject), ...(e.what ? { description: [e.what, e.register].filter(Boolean).join(' ') } : {}) }],
  };
}

/** The client's export as a FHIR R4 collection Bundle: Patient, Consent, entries and AuditEvent. */
export function exportBundle(data: Export, baseUrl: string): Resource {
  const subject = patient(data);
  const resources = [
    subject,
    ...data.consents.map((c) => consent(c, subject)),
    ...data.entries.map((e) => entry(e, subject)),
    ...data.accessLog.map((e) => auditEvent(e, subject)),
  ];
  return {
    resourceType: 'Bundle',
    id: `export-${subject.id}`,
    type: 'collection',
    timestamp: data.exportedAt,
    entry: resources.map((resource) => ({ fullUrl: `${baseUrl}/fhir/R4/${resource.resourceType}/${resource.id}`, resource })),
  };
}
