import type {
  AccessibilityFeature,
  ChannelType,
  FeeType,
  Language,
  LifeCourseGroup,
  LocalizedText,
  LocationType,
  ProducerType,
  ServiceClass,
} from '@avain/domain';

/** Shapes of the demo catalogue (seed/catalog-oulu.ts). Times are local (Europe/Helsinki) "HH:MM". */

export type AreaCode = 'south' | 'east' | 'north' | 'central';

export interface SeedOpeningHours {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  opens: string;
  closes: string;
}

export interface SeedOrganization {
  key: string;
  name: LocalizedText;
  type: ProducerType;
  /** A valid Y-tunnus (check digit!). Use businessIdFromDigits from @avain/domain for invented ones. */
  businessId: string;
  contact: { email?: string; phone?: string; website?: string };
  approval?: {
    vouchers?: { from: string; to?: string };
    purchases?: { from: string; to?: string };
  };
}

export interface SeedLocation {
  /** Stable code; the welfare centres and points of seed/oulu.ts already exist under their codes. */
  code: string;
  type: LocationType;
  organization: string;
  area?: AreaCode;
  name: LocalizedText;
  street: string;
  postalCode: string;
  city: string;
  lat: number;
  lon: number;
  accessibility: AccessibilityFeature[];
  openingHours: SeedOpeningHours[];
  /** Service-bus stops: when the bus is there, as text. */
  timetable?: LocalizedText;
}

export interface SeedChannel {
  type: ChannelType;
  phone?: string;
  url?: string;
  hours?: SeedOpeningHours[];
  note?: LocalizedText;
}

export interface SeedService {
  key: string;
  organization: string;
  serviceClass: ServiceClass;
  lifeCourseGroup: LifeCourseGroup;
  name: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  keywords: string[];
  targetGroups: string[];
  languages: Language[];
  grantingCriteria: {
    text: LocalizedText;
    minAge?: number;
    maxAge?: number;
    areas?: AreaCode[];
    /** Other conditions by code, e.g. 'pregnancy', 'rai_assessment', 'income_below_limit'. */
    conditions?: string[];
  };
  qualityCriteria: LocalizedText;
  fee: { type: FeeType; amountCents?: number; unit?: string; rule: LocalizedText };
  purchasePrice?: { amountCents: number; unit: string; lines: { label: LocalizedText; amountCents: number }[] };
  estimatedEligible?: number;
  specialContacts?: { group: 'immigrants' | 'disabled' | 'criminal_sanctions'; name: string; phone?: string; email?: string }[];
  at: { location: string; channels: SeedChannel[] }[];
}
