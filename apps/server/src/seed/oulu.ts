import type { Role } from '@avain/domain';

/** Oulu's four welfare areas (seed 001: eteläinen, itäinen, pohjoinen, keskinen). */
export const OULU_AREAS = [
  { code: 'south', nameFi: 'Eteläinen hyvinvointialue', nameSv: 'Södra välfärdsområdet', nameEn: 'South welfare area', sortOrder: 1 },
  { code: 'east', nameFi: 'Itäinen hyvinvointialue', nameSv: 'Östra välfärdsområdet', nameEn: 'East welfare area', sortOrder: 2 },
  { code: 'north', nameFi: 'Pohjoinen hyvinvointialue', nameSv: 'Norra välfärdsområdet', nameEn: 'North welfare area', sortOrder: 3 },
  { code: 'central', nameFi: 'Keskinen hyvinvointialue', nameSv: 'Centrala välfärdsområdet', nameEn: 'Central welfare area', sortOrder: 4 },
] as const;

type AreaCode = (typeof OULU_AREAS)[number]['code'];

interface SeedLocation {
  code: string;
  area: AreaCode;
  type: 'welfare_centre' | 'welfare_point';
  nameFi: string;
  nameSv: string;
  nameEn: string;
  street: string;
  postalCode: string;
  city: string;
  lat: number;
  lon: number;
}

/** The six welfare centres and a few welfare points, at the addresses of Oulu's health centres. */
export const OULU_LOCATIONS: SeedLocation[] = [
  { code: 'hyk-kaakkuri', area: 'south', type: 'welfare_centre', nameFi: 'Kaakkurin hyvinvointikeskus', nameSv: 'Kaakkuri välfärdscentral', nameEn: 'Kaakkuri welfare centre', street: 'Pesätie 11', postalCode: '90410', city: 'Oulu', lat: 64.96862, lon: 25.54402 },
  { code: 'hyk-myllyoja', area: 'east', type: 'welfare_centre', nameFi: 'Myllyojan hyvinvointikeskus', nameSv: 'Myllyoja välfärdscentral', nameEn: 'Myllyoja welfare centre', street: 'Karvarinaukio 16', postalCode: '90650', city: 'Oulu', lat: 64.98466, lon: 25.61172 },
  { code: 'hyk-kiiminki', area: 'east', type: 'welfare_centre', nameFi: 'Kiimingin hyvinvointikeskus', nameSv: 'Kiiminki välfärdscentral', nameEn: 'Kiiminki welfare centre', street: 'Terveystie 1', postalCode: '90900', city: 'Kiiminki', lat: 65.13077, lon: 25.73378 },
  { code: 'hyk-haukipudas', area: 'north', type: 'welfare_centre', nameFi: 'Haukiputaan hyvinvointikeskus', nameSv: 'Haukipudas välfärdscentral', nameEn: 'Haukipudas welfare centre', street: 'Simppulantie 15', postalCode: '90830', city: 'Haukipudas', lat: 65.17632, lon: 25.35424 },
  { code: 'hyk-tuira', area: 'central', type: 'welfare_centre', nameFi: 'Tuiran hyvinvointikeskus', nameSv: 'Tuira välfärdscentral', nameEn: 'Tuira welfare centre', street: 'Kangastie 12', postalCode: '90500', city: 'Oulu', lat: 65.02867, lon: 25.46008 },
  { code: 'hyk-kontinkangas', area: 'central', type: 'welfare_centre', nameFi: 'Kontinkankaan hyvinvointikeskus', nameSv: 'Kontinkangas välfärdscentral', nameEn: 'Kontinkangas welfare centre', street: 'Kajaanintie 46 A', postalCode: '90220', city: 'Oulu', lat: 65.00752, lon: 25.50389 },
  { code: 'hyp-valke', area: 'central', type: 'welfare_point', nameFi: 'Hyvinvointipiste Välke', nameSv: 'Välfärdspunkten Välke', nameEn: 'Välke welfare point', street: 'Latokartanontie 1', postalCode: '90140', city: 'Oulu', lat: 64.99593, lon: 25.52043 },
  { code: 'hyp-kaijonharju', area: 'north', type: 'welfare_point', nameFi: 'Kaijonharjun hyvinvointipiste', nameSv: 'Kaijonharju välfärdspunkt', nameEn: 'Kaijonharju welfare point', street: 'Kalevalantie 5', postalCode: '90570', city: 'Oulu', lat: 65.05822, lon: 25.47262 },
  { code: 'hyp-oulunsalo', area: 'south', type: 'welfare_point', nameFi: 'Oulunsalon hyvinvointipiste', nameSv: 'Oulunsalo välfärdspunkt', nameEn: 'Oulunsalo welfare point', street: 'Kauppiaantie 10', postalCode: '90460', city: 'Oulunsalo', lat: 64.93895, lon: 25.40854 },
  { code: 'hyp-yli-ii', area: 'north', type: 'welfare_point', nameFi: 'Yli-Iin hyvinvointipiste', nameSv: 'Yli-Ii välfärdspunkt', nameEn: 'Yli-Ii welfare point', street: 'Kirkkokuja 2', postalCode: '91200', city: 'Yli-Ii', lat: 65.37102, lon: 25.83877 },
];

export const DEMO_PASSWORD = 'avain-demo';

/** One demo account per role; the password is in the README. */
export const DEMO_USERS: { username: string; displayName: string; role: Role; email: string }[] = [
  { username: 'asukas', displayName: 'Aino Asukas', role: 'resident', email: 'aino.asukas@example.fi' },
  { username: 'ammattilainen', displayName: 'Pekka Ammattilainen', role: 'professional', email: 'pekka.ammattilainen@example.fi' },
  { username: 'sosiaalityontekija', displayName: 'Sami Sosiaalityöntekijä', role: 'professional', email: 'sami.sosiaalityontekija@example.fi' },
  { username: 'esihenkilo', displayName: 'Eeva Esihenkilö', role: 'professional', email: 'eeva.esihenkilo@example.fi' },
  { username: 'palveluohjaaja', displayName: 'Paula Palveluohjaaja', role: 'service_coordinator', email: 'paula.palveluohjaaja@example.fi' },
  { username: 'suunnittelija', displayName: 'Sanna Suunnittelija', role: 'homecare_planner', email: 'sanna.suunnittelija@example.fi' },
  { username: 'johtaja', displayName: 'Jussi Johtaja', role: 'manager', email: 'jussi.johtaja@example.fi' },
  { username: 'tuottaja', displayName: 'Tuula Tuottaja', role: 'producer_admin', email: 'tuula.tuottaja@example.fi' },
  { username: 'jarjesto', displayName: 'Jaana Järjestö', role: 'producer_admin', email: 'jaana.jarjesto@example.fi' },
  { username: 'yllapitaja', displayName: 'Ylva Ylläpitäjä', role: 'admin', email: 'ylva.yllapitaja@example.fi' },
];
