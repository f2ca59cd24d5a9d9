/** Client data as both the professional's and the resident's pages receive it from the API. */
import type { Register } from '@avain/domain';

export type ConsentPurpose = 'care' | 'service_planning';
export type ConsentStatus = 'active' | 'scheduled' | 'expired' | 'revoked';
export const ENTRY_TYPES = ['visit', 'note', 'decision', 'document_summary', 'measurement'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export interface Entry {
  id: string;
  register: Register;
  unit: string;
  type: EntryType;
  title: string;
  text: string;
  author: string;
  occurredAt: string;
  codes: { system: string; code: string; display?: string; value?: number; unit?: string }[];
}

export interface Consent {
  id: string;
  registers: Register[];
  organizations: { id: string; name: string }[];
  purpose: ConsentPurpose;
  validFrom: string;
  validTo: string | null;
  status: ConsentStatus;
  revokedAt: string | null;
  version: number;
  givenBy: string;
  history: { version: number; action: string; byName: string; at: string }[];
}

export interface BasicData {
  id: string;
  firstNames: string;
  lastName: string;
  birthDate: string;
  age: number;
  sex: string | null;
  identityCode: string | null;
  phone: string | null;
  email: string | null;
  /** Null with `addressProtected` when non-disclosure hides it from this viewer. */
  address: { street: string | null; postalCode: string | null; city: string | null } | null;
  addressProtected: boolean;
  nonDisclosure: boolean;
  language: string;
  otherLanguage: string | null;
  interpreterNeeded: boolean;
  municipality: string | null;
  deceasedOn: string | null;
  guardians: { id: string; name: string }[];
}
