/**
 * Code lists of the service catalogue (domain.md D1–D3). The platform ships them; service
 * coordinators may add to the service classes later, but these codes are stable identifiers.
 */

export interface LocalizedText {
  fi: string;
  sv?: string;
  en?: string;
}

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Life-course groups (elämänkaariryhmät), seed 001 / domain.md D2. */
export const LIFE_COURSE_GROUPS = [
  'families_with_children',
  'school_and_student_health',
  'youth',
  'working_age',
  'older_and_disabled',
  'everyone',
] as const;
export type LifeCourseGroup = (typeof LIFE_COURSE_GROUPS)[number];

export const LIFE_COURSE_GROUP_NAMES: Record<LifeCourseGroup, LocalizedText> = {
  families_with_children: { fi: 'Lapsiperheet', sv: 'Barnfamiljer', en: 'Families with children' },
  school_and_student_health: { fi: 'Koulu- ja opiskeluterveydenhuolto', sv: 'Skol- och studerandehälsovård', en: 'School and student health' },
  youth: { fi: 'Nuoret', sv: 'Unga', en: 'Young people' },
  working_age: { fi: 'Työikäiset', sv: 'Personer i arbetsför ålder', en: 'Working-age adults' },
  older_and_disabled: { fi: 'Ikääntyneet ja vammaiset', sv: 'Äldre och personer med funktionsnedsättning', en: 'Older and disabled people' },
  everyone: { fi: 'Kaikki', sv: 'Alla', en: 'Everyone' },
};

/** Service classes derived from the service list of domain.md D2. */
export const SERVICE_CLASSES = {
  maternity_clinic: { group: 'families_with_children', name: { fi: 'Äitiysneuvola', sv: 'Mödrarådgivning', en: 'Maternity clinic' } },
  child_clinic: { group: 'families_with_children', name: { fi: 'Lastenneuvola', sv: 'Barnrådgivning', en: 'Child health clinic' } },
  family_work: { group: 'families_with_children', name: { fi: 'Perhetyö', sv: 'Familjearbete', en: 'Family work' } },
  child_protection: { group: 'families_with_children', name: { fi: 'Lastensuojelu', sv: 'Barnskydd', en: 'Child protection' } },
  child_guidance: { group: 'families_with_children', name: { fi: 'Kasvatus- ja perheneuvonta', sv: 'Uppfostrings- och familjerådgivning', en: 'Child guidance and family counselling' } },
  speech_therapy: { group: 'families_with_children', name: { fi: 'Puheterapia', sv: 'Talterapi', en: 'Speech therapy' } },
  family_home_help: { group: 'families_with_children', name: { fi: 'Lapsiperheiden kotipalvelu', sv: 'Hemservice för barnfamiljer', en: 'Home help for families' } },
  school_health: { group: 'school_and_student_health', name: { fi: 'Kouluterveydenhuolto', sv: 'Skolhälsovård', en: 'School health care' } },
  student_health: { group: 'school_and_student_health', name: { fi: 'Opiskeluterveydenhuolto', sv: 'Studerandehälsovård', en: 'Student health care' } },
  school_social_work: { group: 'school_and_student_health', name: { fi: 'Koulukuraattori ja -psykologi', sv: 'Skolkurator och skolpsykolog', en: 'School social worker and psychologist' } },
  youth_services: { group: 'youth', name: { fi: 'Nuorten palvelut', sv: 'Ungdomstjänster', en: 'Youth services' } },
  adult_social_work: { group: 'working_age', name: { fi: 'Aikuissosiaalityö', sv: 'Socialt arbete för vuxna', en: 'Adult social work' } },
  income_and_employment: { group: 'working_age', name: { fi: 'Toimeentulo ja työllisyys', sv: 'Utkomst och sysselsättning', en: 'Income support and employment' } },
  mental_health_substance: { group: 'working_age', name: { fi: 'Mielenterveys- ja päihdepalvelut', sv: 'Mentalvårds- och missbrukartjänster', en: 'Mental health and substance abuse services' } },
  psychologist: { group: 'working_age', name: { fi: 'Psykologipalvelut', sv: 'Psykologtjänster', en: 'Psychologist services' } },
  home_care: { group: 'older_and_disabled', name: { fi: 'Kotihoito', sv: 'Hemvård', en: 'Home care' } },
  home_care_support: { group: 'older_and_disabled', name: { fi: 'Kotihoidon tukipalvelut', sv: 'Stödtjänster för hemvård', en: 'Home care support services' } },
  day_centre: { group: 'older_and_disabled', name: { fi: 'Päivätoiminta', sv: 'Dagverksamhet', en: 'Day centre' } },
  short_term_care: { group: 'older_and_disabled', name: { fi: 'Lyhytaikaishoito ja kuntoutus', sv: 'Korttidsvård och rehabilitering', en: 'Short-term care and rehabilitation' } },
  service_housing: { group: 'older_and_disabled', name: { fi: 'Palveluasuminen', sv: 'Serviceboende', en: 'Service housing' } },
  intensive_service_housing: { group: 'older_and_disabled', name: { fi: 'Tehostettu palveluasuminen', sv: 'Serviceboende med heldygnsomsorg', en: 'Intensive service housing' } },
  long_term_care: { group: 'older_and_disabled', name: { fi: 'Pitkäaikaishoito', sv: 'Långvård', en: 'Long-term care' } },
  aids_centre: { group: 'older_and_disabled', name: { fi: 'Apuvälinekeskus', sv: 'Hjälpmedelscentral', en: 'Aids centre' } },
  disability_services: { group: 'older_and_disabled', name: { fi: 'Vammaispalvelut', sv: 'Handikappservice', en: 'Disability services' } },
  reception: { group: 'everyone', name: { fi: 'Vastaanotto (lääkäri ja hoitaja)', sv: 'Mottagning (läkare och skötare)', en: 'Reception (doctor and nurse)' } },
  physiotherapy: { group: 'everyone', name: { fi: 'Fysioterapia', sv: 'Fysioterapi', en: 'Physiotherapy' } },
  laboratory: { group: 'everyone', name: { fi: 'Laboratorio', sv: 'Laboratorium', en: 'Laboratory' } },
  imaging: { group: 'everyone', name: { fi: 'Röntgen ja kuvantaminen', sv: 'Röntgen och bilddiagnostik', en: 'X-ray and imaging' } },
  ward_care: { group: 'everyone', name: { fi: 'Lyhytaikainen osastohoito', sv: 'Kortvarig avdelningsvård', en: 'Short-term ward care' } },
  oral_health: { group: 'everyone', name: { fi: 'Suun terveydenhuolto', sv: 'Munhälsovård', en: 'Oral health care' } },
  occupational_health: { group: 'working_age', name: { fi: 'Työterveyshuolto', sv: 'Företagshälsovård', en: 'Occupational health' } },
  environmental_health: { group: 'everyone', name: { fi: 'Ympäristöterveydenhuolto', sv: 'Miljöhälsovård', en: 'Environmental health' } },
  peer_support: { group: 'everyone', name: { fi: 'Vertaistuki', sv: 'Kamratstöd', en: 'Peer support' } },
  ngo_activity: { group: 'everyone', name: { fi: 'Järjestötoiminta', sv: 'Organisationsverksamhet', en: 'NGO activity' } },
  parish_services: { group: 'everyone', name: { fi: 'Seurakunnan palvelut', sv: 'Församlingens tjänster', en: 'Parish services' } },
  service_guidance: { group: 'everyone', name: { fi: 'Palveluohjaus ja neuvonta', sv: 'Servicehandledning och rådgivning', en: 'Service guidance and advice' } },
} as const satisfies Record<string, { group: LifeCourseGroup; name: LocalizedText }>;
export type ServiceClass = keyof typeof SERVICE_CLASSES;
export const SERVICE_CLASS_CODES = Object.keys(SERVICE_CLASSES) as ServiceClass[];

export const PRODUCER_TYPES = ['public', 'private', 'third_sector', 'parish'] as const;
export type ProducerType = (typeof PRODUCER_TYPES)[number];

export const CHANNEL_TYPES = ['in_person', 'phone', 'video', 'chat', 'e_service', 'home_visit', 'walk_in'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const LOCATION_TYPES = [
  'welfare_centre',
  'welfare_point',
  'joint_service_point',
  'service_bus_stop',
  'producer_premises',
  'home',
] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

export const ACCESSIBILITY_FEATURES = ['step_free_entrance', 'lift', 'accessible_toilet', 'induction_loop', 'accessible_parking'] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

export const FEE_TYPES = ['free', 'fixed', 'income_based'] as const;
export type FeeType = (typeof FEE_TYPES)[number];

export const SERVICE_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** Codes of the other conditions in granting criteria, evaluated when a service is granted. */
export const GRANTING_CONDITIONS = {
  child_protection_notification: { fi: 'Lastensuojeluilmoitus tehty', sv: 'Barnskyddsanmälan gjord', en: 'Child welfare notification made' },
  daily_care_need: { fi: 'Päivittäinen hoivan tarve', sv: 'Dagligt omsorgsbehov', en: 'Daily care need' },
  family_support_need: { fi: 'Perheen tuen tarve', sv: 'Familjens stödbehov', en: 'Family needs support' },
  income_below_limit: { fi: 'Tulot alle rajan', sv: 'Inkomster under gränsen', en: 'Income below the limit' },
  lab_order: { fi: 'Laboratoriolähete', sv: 'Laboratorieremiss', en: 'Laboratory order' },
  mental_health_or_substance_concern: { fi: 'Mielenterveys- tai päihdehuoli', sv: 'Oro för psykisk hälsa eller missbruk', en: 'Mental health or substance concern' },
  nursing_care_need: { fi: 'Ympärivuorokautisen hoivan tarve', sv: 'Behov av vård dygnet runt', en: 'Round-the-clock care need' },
  pregnancy: { fi: 'Raskaus', sv: 'Graviditet', en: 'Pregnancy' },
  rai_assessment: { fi: 'RAI-arviointi tehty', sv: 'RAI-bedömning gjord', en: 'RAI assessment done' },
  referral: { fi: 'Lähete', sv: 'Remiss', en: 'Referral' },
  rehabilitation_potential: { fi: 'Kuntoutumisen mahdollisuus', sv: 'Rehabiliteringspotential', en: 'Rehabilitation potential' },
  school_enrolled: { fi: 'Koulun oppilas', sv: 'Elev i skolan', en: 'Enrolled in school' },
  service_needs_assessment: { fi: 'Palvelutarpeen arviointi tehty', sv: 'Servicebehovsbedömning gjord', en: 'Service needs assessment done' },
  social_support_need: { fi: 'Sosiaalisen tuen tarve', sv: 'Behov av socialt stöd', en: 'Social support need' },
  speech_development_concern: { fi: 'Huoli puheen kehityksestä', sv: 'Oro för talutvecklingen', en: 'Concern about speech development' },
  student_enrolled: { fi: 'Opiskelija', sv: 'Studerande', en: 'Enrolled student' },
} as const satisfies Record<string, LocalizedText>;
