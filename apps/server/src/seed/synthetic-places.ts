/**
 * SYNTHETIC DATA — districts, streets and name parts for the large generated catalogue
 * (synthetic-catalog.ts). District names and rough positions are Oulu's; everything placed in them
 * is invented.
 */
import type { AreaCode } from './catalog-types.ts';

export interface District {
  fi: string;
  sv: string;
  en: string;
  area: AreaCode;
  lat: number;
  lon: number;
  postalCode: string;
  city: string;
}

const d = (fi: string, area: AreaCode, lat: number, lon: number, postalCode: string, city = 'Oulu', sv = fi, en = fi): District => ({
  fi,
  sv,
  en,
  area,
  lat,
  lon,
  postalCode,
  city,
});

export const DISTRICTS: District[] = [
  d('Keskusta', 'central', 65.012, 25.471, '90100', 'Oulu', 'Centrum', 'City centre'),
  d('Tuira', 'central', 65.028, 25.46, '90500'),
  d('Toppila', 'central', 65.04, 25.43, '90520'),
  d('Karjasilta', 'central', 65.0, 25.47, '90130'),
  d('Välivainio', 'central', 65.01, 25.5, '90120'),
  d('Intiö', 'central', 65.02, 25.5, '90540'),
  d('Pikisaari', 'central', 65.018, 25.455, '90100'),
  d('Pyykösjärvi', 'central', 65.035, 25.53, '90570'),
  d('Hintta', 'central', 65.005, 25.44, '90150'),
  d('Kontinkangas', 'central', 65.006, 25.515, '90220'),
  d('Kaakkuri', 'south', 64.969, 25.544, '90410'),
  d('Kaukovainio', 'south', 64.99, 25.51, '90240'),
  d('Höyhtyä', 'south', 64.995, 25.495, '90240'),
  d('Maikkula', 'south', 64.965, 25.5, '90450'),
  d('Talvikangas', 'south', 64.95, 25.56, '90410'),
  d('Rusko', 'south', 64.945, 25.6, '90410'),
  d('Oulunsalo', 'south', 64.935, 25.41, '90460', 'Oulunsalo', 'Karlö'),
  d('Myllyoja', 'east', 64.985, 25.6, '90650'),
  d('Ritaharju', 'east', 65.07, 25.56, '90580'),
  d('Rajakylä', 'east', 65.05, 25.53, '90580'),
  d('Hiukkavaara', 'east', 65.02, 25.63, '90670'),
  d('Jääli', 'east', 65.09, 25.7, '90940', 'Kiiminki'),
  d('Kiiminki', 'east', 65.131, 25.73, '90900', 'Kiiminki', 'Kiminge'),
  d('Pateniemi', 'north', 65.085, 25.4, '90550'),
  d('Kaijonharju', 'north', 65.055, 25.48, '90570'),
  d('Linnanmaa', 'north', 65.06, 25.465, '90570'),
  d('Kello', 'north', 65.12, 25.4, '90820', 'Haukipudas'),
  d('Haukipudas', 'north', 65.177, 25.352, '90830', 'Haukipudas'),
  d('Jokikylä', 'north', 65.19, 25.42, '90840', 'Haukipudas'),
  d('Martinniemi', 'north', 65.215, 25.29, '90850', 'Haukipudas'),
  d('Yli-Ii', 'north', 65.371, 25.843, '91200', 'Yli-Ii', 'Överijo'),
  d('Pahkakoski', 'north', 65.4, 25.88, '91210', 'Yli-Ii'),
];

export const STREETS = [
  'Isokatu', 'Kirkkokatu', 'Kauppurienkatu', 'Torikatu', 'Pakkahuoneenkatu', 'Uusikatu', 'Kajaanintie',
  'Kaarlenväylä', 'Yliopistokatu', 'Tietäjäntie', 'Sammonkatu', 'Ouluntie', 'Kiimingintie', 'Haukiputaantie',
  'Rantakatu', 'Myllytie', 'Koulutie', 'Kirkkotie', 'Puistokatu', 'Nuottatie', 'Hiidentie', 'Pohjantie',
  'Paulaharjuntie', 'Kuusamontie', 'Lämpövoimalantie', 'Kangastie', 'Pesätie', 'Terveystie', 'Kauppiaantie',
  'Ratakatu', 'Heikinkatu', 'Mäkelininkatu', 'Asemakatu', 'Hallituskatu', 'Kasarmintie', 'Koskikeskuksentie',
];

/** Brand words of invented producers; combined with the kind of producer and a district. */
export const BRANDS = [
  'Aurora', 'Revontuli', 'Kaarna', 'Tähti', 'Lumikko', 'Merituuli', 'Pohjola', 'Koivu', 'Kataja', 'Havu',
  'Kuura', 'Tuisku', 'Kide', 'Virta', 'Saari', 'Helmi', 'Ilo', 'Ranta', 'Niitty', 'Kaisla', 'Pilvi', 'Sointu',
  'Sarastus', 'Majakka', 'Lähde', 'Kompassi', 'Silta', 'Tuulikello', 'Pihlaja', 'Kanerva', 'Routa', 'Hilla',
];

/** Kinds of producer with their names in fi/sv/en; `private` names end in Oy/Ab/Ltd, `third_sector` in ry/rf. */
export const PRIVATE_KINDS: [string, string, string][] = [
  ['Hoivapalvelu', 'Vårdservice', 'Care Services'],
  ['Kotiapu', 'Hemhjälp', 'Home Help'],
  ['Hammasklinikka', 'Tandklinik', 'Dental Clinic'],
  ['Fysioterapia', 'Fysioterapi', 'Physiotherapy'],
  ['Lääkärikeskus', 'Läkarcentral', 'Medical Centre'],
  ['Terapiakeskus', 'Terapicentral', 'Therapy Centre'],
  ['Perhepalvelu', 'Familjeservice', 'Family Services'],
  ['Kuntoutus', 'Rehabilitering', 'Rehabilitation'],
  ['Palvelukoti', 'Servicehem', 'Care Home'],
  ['Työterveys', 'Företagshälsa', 'Occupational Health'],
];

export const NGO_KINDS: [string, string, string][] = [
  ['Mielenterveysyhdistys', 'Mentalvårdsföreningen', 'Mental Health Association'],
  ['Omaishoitajat', 'Närståendevårdarna', 'Family Carers'],
  ['Lapsiperheyhdistys', 'Barnfamiljeföreningen', 'Families Association'],
  ['Senioriyhdistys', 'Seniorföreningen', 'Seniors Association'],
  ['Ystäväpalvelu', 'Vänservice', 'Friendship Service'],
  ['Kriisikeskus', 'Kriscentret', 'Crisis Centre'],
  ['Toipujat', 'Tillfrisknande', 'Recovery Association'],
  ['Monikulttuurinen yhdistys', 'Mångkulturella föreningen', 'Multicultural Association'],
];
