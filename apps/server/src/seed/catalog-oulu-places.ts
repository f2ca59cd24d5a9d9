/**
 * DEMO DATA — producers and places of the Oulu demo catalogue. Only Pohjois-Pohjanmaan
 * hyvinvointialue and Oulun kaupunki are real organisations (real business ids). Parish names
 * follow Oulu's parishes but ids and contacts are invented; all companies and associations,
 * their business ids, addresses, phone numbers and e-mail addresses are fictional.
 */
import type { AccessibilityFeature } from '@avain/domain';
import type { SeedLocation, SeedOpeningHours, SeedOrganization } from './catalog-types.ts';
import { FULL_ACCESS, MON_FRI, MON_THU, bid, hours, t, weekHours } from './catalog-oulu-base.ts';

type OrgType = SeedOrganization['type'];

function org(key: string, type: OrgType, fi: string, sv: string, en: string, businessId: string, domain: string, phone: string, approval?: SeedOrganization['approval']): SeedOrganization {
  return {
    key,
    name: { fi, sv, en },
    type,
    businessId,
    contact: { email: `info@${domain}`, phone, website: `https://${domain}` },
    ...(approval ? { approval } : {}),
  };
}

const VOUCHER_AND_PURCHASE = { vouchers: { from: '2024-01-01', to: '2027-12-31' }, purchases: { from: '2023-06-01', to: '2026-05-31' } };
const VOUCHER_ONLY = { vouchers: { from: '2024-03-01', to: '2027-12-31' } };
const PURCHASE_ONLY = { purchases: { from: '2024-01-01', to: '2027-12-31' } };

export const ORGANIZATIONS: SeedOrganization[] = [
  // Public
  {
    key: 'pphva',
    name: { fi: 'Pohjois-Pohjanmaan hyvinvointialue', sv: 'Norra Österbottens välfärdsområde', en: 'Wellbeing Services County of North Ostrobothnia' },
    type: 'public',
    businessId: '3221308-6',
    contact: { email: 'kirjaamo@pohde.fi', phone: '08 558 55000', website: 'https://pohde.fi' },
  },
  {
    key: 'oulu',
    name: { fi: 'Oulun kaupunki', sv: 'Uleåborgs stad', en: 'City of Oulu' },
    type: 'public',
    businessId: '0187690-1',
    contact: { email: 'kirjaamo@ouka.fi', phone: '08 558 410', website: 'https://www.ouka.fi' },
  },
  // Private producers (fictional)
  org('kotihoiva-aurora', 'private', 'Kotihoiva Aurora Oy', 'Kotihoiva Aurora Ab', 'Kotihoiva Aurora Ltd', bid('3318204'), 'kotihoiva-aurora.example.fi', '044 710 2040', VOUCHER_AND_PURCHASE),
  org('pohjolan-kotiapu', 'private', 'Pohjolan Kotiapu Oy', 'Pohjolan Kotiapu Ab', 'Pohjolan Kotiapu Ltd', bid('2960417'), 'pohjolan-kotiapu.example.fi', '044 712 3300', VOUCHER_AND_PURCHASE),
  org('hoivakodit-tuulikello', 'private', 'Hoivakodit Tuulikello Oy', 'Hoivakodit Tuulikello Ab', 'Hoivakodit Tuulikello Ltd', bid('2784513'), 'tuulikello.example.fi', '040 655 1200', VOUCHER_AND_PURCHASE),
  org('seniorikoti-merituuli', 'private', 'Seniorikoti Merituuli Oy', 'Seniorikoti Merituuli Ab', 'Seniorikoti Merituuli Ltd', bid('3051186'), 'merituuli.example.fi', '040 655 8800', VOUCHER_AND_PURCHASE),
  org('hammasklinikka-rotuaari', 'private', 'Hammasklinikka Rotuaari Oy', 'Tandklinik Rotuaari Ab', 'Rotuaari Dental Clinic Ltd', bid('2533902'), 'hammas-rotuaari.example.fi', '08 311 4400', VOUCHER_ONLY),
  org('hammaslaakarit-kaakkuri', 'private', 'Kaakkurin Hammaslääkärit Oy', 'Kaakkurin Hammaslääkärit Ab', 'Kaakkuri Dentists Ltd', bid('3127750'), 'kaakkurinhammas.example.fi', '08 311 7070', VOUCHER_ONLY),
  org('fysio-liikevoima', 'private', 'Fysioterapia Liikevoima Oy', 'Fysioterapi Liikevoima Ab', 'Liikevoima Physiotherapy Ltd', bid('2690245'), 'liikevoima.example.fi', '044 733 1010', VOUCHER_AND_PURCHASE),
  org('laakarikeskus-pohjantahti', 'private', 'Lääkärikeskus Pohjantähti Oy', 'Läkarcentralen Pohjantähti Ab', 'Pohjantähti Medical Centre Ltd', bid('2245118'), 'pohjantahti.example.fi', '08 312 5000', PURCHASE_ONLY),
  org('tyoterveys-oulunsuu', 'private', 'Työterveys Oulunsuu Oy', 'Företagshälsan Oulunsuu Ab', 'Oulunsuu Occupational Health Ltd', bid('2871134'), 'oulunsuu-tyoterveys.example.fi', '08 312 9900'),
  org('puheterapia-sanasilta', 'private', 'Puheterapia Sanasilta Oy', 'Talterapi Sanasilta Ab', 'Sanasilta Speech Therapy Ltd', bid('3190563'), 'sanasilta.example.fi', '044 760 2211', PURCHASE_ONLY),
  org('perhepalvelu-kotiranta', 'private', 'Perhepalvelu Kotiranta Oy', 'Familjeservice Kotiranta Ab', 'Kotiranta Family Services Ltd', bid('2998076'), 'kotiranta.example.fi', '044 761 5050', VOUCHER_AND_PURCHASE),
  org('kuntoutumiskoti-vayla', 'private', 'Kuntoutumiskoti Väylä Oy', 'Rehabiliteringshemmet Väylä Ab', 'Väylä Rehabilitation Home Ltd', bid('2412389'), 'vayla-kuntoutus.example.fi', '040 770 3030', PURCHASE_ONLY),
  org('psykoterapiakeskus-mielisilta', 'private', 'Psykoterapiakeskus Mielisilta Oy', 'Psykoterapicentralen Mielisilta Ab', 'Mielisilta Psychotherapy Centre Ltd', bid('3244701'), 'mielisilta.example.fi', '044 780 4400', PURCHASE_ONLY),
  org('apuvalinehuolto-arktika', 'private', 'Apuvälinehuolto Arktika Oy', 'Hjälpmedelsservice Arktika Ab', 'Arktika Assistive Device Service Ltd', bid('2350917'), 'arktika-huolto.example.fi', '040 790 1122', PURCHASE_ONLY),
  org('kotisiivous-kiiminkijoki', 'private', 'Kotipalvelu Kiiminkijoki Oy', 'Hemservice Kiiminkijoki Ab', 'Kiiminkijoki Home Services Ltd', bid('3302258'), 'kiiminkijoki-kotipalvelu.example.fi', '044 795 6677', VOUCHER_ONLY),
  // Third sector (fictional associations and a foundation)
  org('yhden-vanhemman-perheet', 'third_sector', 'Oulun Yhden Vanhemman Perheet ry', 'Enföräldersfamiljerna i Uleåborg rf', 'One-Parent Families of Oulu', bid('1043821'), 'yvp-oulu.example.fi', '044 801 2030'),
  org('mielenterveysseura-aalto', 'third_sector', 'Oulun seudun mielenterveysyhdistys Aalto ry', 'Mentalvårdsföreningen Aalto i Uleåborgsregionen rf', 'Aalto Mental Health Association of the Oulu Region', bid('0598347'), 'aalto-mielenterveys.example.fi', '044 802 1414'),
  org('klubitalo-majakka', 'third_sector', 'Klubitalo Majakka ry', 'Klubbhuset Majakka rf', 'Majakka Clubhouse', bid('1789052'), 'klubitalo-majakka.example.fi', '044 803 5566'),
  org('lapsiperheyhdistys-pesapaikka', 'third_sector', 'Lapsiperheyhdistys Pesäpaikka ry', 'Barnfamiljeföreningen Pesäpaikka rf', 'Pesäpaikka Families with Children Association', bid('0890314'), 'pesapaikka.example.fi', '044 804 7788'),
  org('ystavapalvelu', 'third_sector', 'Oulun Ystäväpalvelu ry', 'Vänservice i Uleåborg rf', 'Oulu Friendship Service', bid('0412677'), 'ystavapalvelu-oulu.example.fi', '044 805 1919'),
  org('diakoniasaatio', 'third_sector', 'Pohjolan Diakoniasäätiö sr', 'Diakonistiftelsen Pohjola sr', 'Pohjola Diaconal Foundation', bid('0205519'), 'pohjolan-diakonia.example.fi', '08 313 2200'),
  org('toipujakilta', 'third_sector', 'Oulun Toipujakilta ry', 'Tillfrisknandegillet i Uleåborg rf', 'Oulu Recovery Guild', bid('0675240'), 'toipujakilta.example.fi', '044 806 4321'),
  org('oulun-seniorit', 'third_sector', 'Oulun Seniorit ry', 'Seniorerna i Uleåborg rf', 'Oulu Seniors Association', bid('0733958'), 'oulunseniorit.example.fi', '044 807 6060'),
  org('vanhustuki-haukipudas', 'third_sector', 'Haukiputaan Vanhustuki ry', 'Äldrestödet i Haukipudas rf', 'Haukipudas Older People Support Association', bid('1266405'), 'vanhustuki-haukipudas.example.fi', '044 808 2525'),
  org('omaistukikeskus-kaari', 'third_sector', 'Omaistukikeskus Kaari ry', 'Anhörigstödcentret Kaari rf', 'Kaari Family Carers Support Centre', bid('1502293'), 'omaistuki-kaari.example.fi', '044 809 3737'),
  org('liikuntarajoitteiset', 'third_sector', 'Pohjolan Liikuntarajoitteiset ry', 'Rörelsehindrade i Pohjola rf', 'Pohjola Association of People with Reduced Mobility', bid('0367781'), 'pohjolan-lira.example.fi', '044 810 4848'),
  org('aistit', 'third_sector', 'Oulun Aistit ry – näkö- ja kuulovammaiset', 'Sinnena i Uleåborg rf – syn- och hörselskadade', 'Oulu Senses – Association of Visually and Hearing Impaired People', bid('0459036'), 'oulunaistit.example.fi', '044 811 5959'),
  org('monikulttuurinen-kohtaamo', 'third_sector', 'Monikulttuurinen Kohtaamo ry', 'Mångkulturella Mötesplatsen rf', 'Multicultural Meeting Point Association', bid('2101844'), 'kohtaamo.example.fi', '044 812 6060'),
  // Parishes (real parish names; ids and contacts are demo values)
  org('seurakuntayhtyma', 'parish', 'Oulun ev.-lut. seurakuntayhtymä', 'Uleåborgs ev.-luth. kyrkliga samfällighet', 'Evangelical Lutheran Parish Union of Oulu', bid('0209120'), 'oulunseurakunnat.example.fi', '08 316 1000'),
  org('tuiran-seurakunta', 'parish', 'Tuiran seurakunta', 'Tuira församling', 'Tuira Parish', bid('0209211'), 'tuiranseurakunta.example.fi', '08 316 1300'),
  org('haukiputaan-seurakunta', 'parish', 'Haukiputaan seurakunta', 'Haukipudas församling', 'Haukipudas Parish', bid('0189370'), 'haukiputaanseurakunta.example.fi', '08 316 1500'),
];

// ---------------------------------------------------------------------------------------------
// Locations

const NO_LIFT: AccessibilityFeature[] = ['step_free_entrance', 'accessible_toilet', 'accessible_parking'];
const CITY: AccessibilityFeature[] = ['step_free_entrance', 'lift', 'accessible_toilet', 'induction_loop'];
const BASIC: AccessibilityFeature[] = ['step_free_entrance', 'accessible_toilet'];
const OFFICE = weekHours('08:00', '16:00', '15:00');

interface LocSpec {
  code: string;
  type: SeedLocation['type'];
  organization: string;
  area: SeedLocation['area'];
  name: [string, string, string];
  street: string;
  postalCode: string;
  city: string;
  lat: number;
  lon: number;
  accessibility: AccessibilityFeature[];
  openingHours: SeedOpeningHours[];
  timetable?: SeedLocation['timetable'];
}

function loc(s: LocSpec): SeedLocation {
  const [fi, sv, en] = s.name;
  return { ...s, name: { fi, sv, en } };
}

function busStop(code: string, area: SeedLocation['area'], village: [string, string, string], street: string, postalCode: string, city: string, lat: number, lon: number, weekday: SeedOpeningHours['weekday'], opens: string, closes: string, when: [string, string, string]): SeedLocation {
  return loc({
    code,
    type: 'service_bus_stop',
    organization: 'pphva',
    area,
    name: [`Palveluauto, ${village[0]}`, `Servicebussen, ${village[1]}`, `Service bus, ${village[2]}`],
    street,
    postalCode,
    city,
    lat,
    lon,
    accessibility: ['step_free_entrance', 'accessible_parking'],
    openingHours: hours([weekday], opens, closes),
    timetable: t(
      `Palveluauto on pysäkillä ${when[0]} klo ${opens}–${closes}. Autossa hoitajan vastaanotto, näytteenotto, palveluneuvonta sekä Kelan ja työllisyyspalvelujen videoyhteys. Autoon on luiska ja nostin.`,
      `Servicebussen står vid hållplatsen ${when[1]} kl. ${opens}–${closes}. I bussen finns skötarmottagning, provtagning, servicerådgivning och videoförbindelse till FPA och sysselsättningstjänsterna. Bussen har ramp och lyft.`,
      `The service bus is at the stop ${when[2]} ${opens}–${closes}. On board: nurse appointments, sample taking, service guidance and a video link to Kela and employment services. The bus has a ramp and a lift.`,
    ),
  });
}

export const LOCATIONS: SeedLocation[] = [
  // Joint service points (yhteispalvelupisteet) with Kela and employment services
  loc({ code: 'ysp-yli-ii', type: 'joint_service_point', organization: 'oulu', area: 'north', name: ['Yli-Iin yhteispalvelupiste', 'Samservicepunkten i Överijo', 'Yli-Ii joint service point'], street: 'Opintie 3', postalCode: '91200', city: 'Yli-Ii', lat: 65.3706, lon: 25.8431, accessibility: NO_LIFT, openingHours: [...hours([2, 4], '09:00', '15:00')] }),
  loc({ code: 'ysp-oulunsalo', type: 'joint_service_point', organization: 'oulu', area: 'south', name: ['Oulunsalon yhteispalvelupiste', 'Samservicepunkten i Karlö', 'Oulunsalo joint service point'], street: 'Kauppiaantie 1', postalCode: '90460', city: 'Oulunsalo', lat: 64.94, lon: 25.4105, accessibility: FULL_ACCESS, openingHours: weekHours('09:00', '16:00', '15:00') }),
  loc({ code: 'ysp-haukipudas', type: 'joint_service_point', organization: 'oulu', area: 'north', name: ['Haukiputaan yhteispalvelupiste', 'Samservicepunkten i Haukipudas', 'Haukipudas joint service point'], street: 'Kauppatie 4', postalCode: '90830', city: 'Haukipudas', lat: 65.1775, lon: 25.359, accessibility: FULL_ACCESS, openingHours: [...hours([1, 2, 3, 4], '09:00', '16:00'), { weekday: 5, opens: '09:00', closes: '14:00' }] }),
  // Service-bus stops
  busStop('bus-jokirinne', 'east', ['Jokirinne', 'Jokirinne', 'Jokirinne'], 'Jokirinteentie 120', '90900', 'Kiiminki', 65.118, 25.91, 2, '09:30', '12:00', ['joka toinen tiistai (parittomat viikot)', 'varannan tisdag (udda veckor)', 'every other Tuesday (odd weeks)']),
  busStop('bus-pilpasuo', 'east', ['Pilpasuo', 'Pilpasuo', 'Pilpasuo'], 'Pilpasuontie 2', '90900', 'Kiiminki', 65.07, 25.95, 2, '13:00', '15:00', ['joka toinen tiistai (parittomat viikot)', 'varannan tisdag (udda veckor)', 'every other Tuesday (odd weeks)']),
  busStop('bus-koitelainen', 'east', ['Koitelainen', 'Koitelainen', 'Koitelainen'], 'Koitelaistie 1', '90900', 'Kiiminki', 65.195, 25.77, 3, '10:00', '12:30', ['joka toinen keskiviikko (parilliset viikot)', 'varannan onsdag (jämna veckor)', 'every other Wednesday (even weeks)']),
  busStop('bus-jokikyla', 'north', ['Jokikylä', 'Jokikylä', 'Jokikylä'], 'Jokikyläntie 350', '90830', 'Haukipudas', 65.205, 25.5, 4, '09:00', '11:30', ['joka torstai', 'varje torsdag', 'every Thursday']),
  busStop('bus-kello', 'north', ['Kello', 'Kello', 'Kello'], 'Kellontie 5', '90820', 'Kello', 65.1, 25.415, 4, '13:00', '15:30', ['joka torstai', 'varje torsdag', 'every Thursday']),
  busStop('bus-tannila', 'north', ['Tannila', 'Tannila', 'Tannila'], 'Tannilantie 450', '91200', 'Yli-Ii', 65.32, 25.62, 1, '10:00', '13:00', ['joka toinen maanantai (parilliset viikot)', 'varannan måndag (jämna veckor)', 'every other Monday (even weeks)']),
  // Public premises of the welfare region and the city
  loc({ code: 'pphva-kaupunginsairaala', type: 'producer_premises', organization: 'pphva', area: 'central', name: ['Oulun kaupunginsairaala', 'Uleåborgs stadssjukhus', 'Oulu City Hospital'], street: 'Kiviharjuntie 5', postalCode: '90220', city: 'Oulu', lat: 65.0085, lon: 25.514, accessibility: FULL_ACCESS, openingHours: hours([1, 2, 3, 4, 5, 6, 7], '08:00', '20:00') }),
  loc({ code: 'pphva-oys-paivystys', type: 'producer_premises', organization: 'pphva', area: 'central', name: ['Oulun yhteispäivystys (OYS)', 'Samjouren i Uleåborg (OUS)', 'Oulu joint emergency department (OUH)'], street: 'Kajaanintie 50', postalCode: '90220', city: 'Oulu', lat: 65.008, lon: 25.518, accessibility: FULL_ACCESS, openingHours: hours([1, 2, 3, 4, 5, 6, 7], '00:00', '23:59') }),
  loc({ code: 'pphva-apuvalinekeskus', type: 'producer_premises', organization: 'pphva', area: 'central', name: ['Oulun apuvälinekeskus', 'Hjälpmedelscentralen i Uleåborg', 'Oulu aids centre'], street: 'Kiviharjuntie 9', postalCode: '90220', city: 'Oulu', lat: 65.0078, lon: 25.5165, accessibility: FULL_ACCESS, openingHours: weekHours('08:00', '15:30', '14:00') }),
  loc({ code: 'pphva-perhekeskus', type: 'producer_premises', organization: 'pphva', area: 'central', name: ['Perhekeskus Keskusta', 'Familjecentret i centrum', 'City centre family centre'], street: 'Kirkkokatu 19', postalCode: '90100', city: 'Oulu', lat: 65.0128, lon: 25.472, accessibility: CITY, openingHours: OFFICE }),
  loc({ code: 'pphva-lehtola', type: 'producer_premises', organization: 'pphva', area: 'central', name: ['Palvelukeskus Lehtola', 'Servicecentret Lehtola', 'Lehtola service centre'], street: 'Myllytie 9', postalCode: '90500', city: 'Oulu', lat: 65.0262, lon: 25.461, accessibility: FULL_ACCESS, openingHours: hours(MON_FRI, '08:00', '16:00') }),
  loc({ code: 'pphva-karpalo', type: 'producer_premises', organization: 'pphva', area: 'south', name: ['Palvelukoti Karpalo', 'Servicehemmet Karpalo', 'Karpalo service home'], street: 'Ruismetsäntie 12', postalCode: '90410', city: 'Oulu', lat: 64.9705, lon: 25.55, accessibility: FULL_ACCESS, openingHours: hours(MON_FRI, '08:00', '15:00') }),
  loc({ code: 'pphva-niittyla', type: 'producer_premises', organization: 'pphva', area: 'north', name: ['Palvelukeskus Niittylä', 'Servicecentret Niittylä', 'Niittylä service centre'], street: 'Asematie 18', postalCode: '90830', city: 'Haukipudas', lat: 65.181, lon: 25.3665, accessibility: FULL_ACCESS, openingHours: hours(MON_FRI, '08:00', '15:00') }),
  loc({ code: 'pphva-kielo', type: 'producer_premises', organization: 'pphva', area: 'east', name: ['Hoivakoti Kielo', 'Vårdhemmet Kielo', 'Kielo care home'], street: 'Kirkonkyläntie 8', postalCode: '90900', city: 'Kiiminki', lat: 65.132, lon: 25.744, accessibility: NO_LIFT, openingHours: hours(MON_FRI, '08:00', '15:00') }),
  loc({ code: 'pphva-kuura', type: 'producer_premises', organization: 'pphva', area: 'east', name: ['Ryhmäkoti Kuura', 'Grupphemmet Kuura', 'Kuura group home'], street: 'Myllyojantie 30', postalCode: '90650', city: 'Oulu', lat: 64.987, lon: 25.605, accessibility: NO_LIFT, openingHours: hours(MON_FRI, '09:00', '15:00') }),
  loc({ code: 'oulu-ohjaamo', type: 'producer_premises', organization: 'oulu', area: 'central', name: ['Ohjaamo Oulu', 'Ohjaamo Uleåborg', 'Ohjaamo Oulu (youth one-stop guidance centre)'], street: 'Hallituskatu 36 B', postalCode: '90100', city: 'Oulu', lat: 65.0118, lon: 25.4765, accessibility: CITY, openingHours: [...hours([1, 2, 3, 4], '10:00', '16:00'), { weekday: 5, opens: '10:00', closes: '14:00' }] }),
  loc({ code: 'oulu-tyollisyys', type: 'producer_premises', organization: 'oulu', area: 'central', name: ['Oulun seudun työllisyyspalvelut', 'Sysselsättningstjänsterna i Uleåborgsregionen', 'Oulu region employment services'], street: 'Asemakatu 28', postalCode: '90100', city: 'Oulu', lat: 65.0105, lon: 25.481, accessibility: CITY, openingHours: weekHours('09:00', '16:00', '15:00') }),
  loc({ code: 'oulu-ymparisto', type: 'producer_premises', organization: 'oulu', area: 'central', name: ['Oulun seudun ympäristötoimi', 'Miljöväsendet i Uleåborgsregionen', 'Oulu region environmental services'], street: 'Torikatu 10', postalCode: '90100', city: 'Oulu', lat: 65.014, lon: 25.469, accessibility: CITY, openingHours: weekHours('09:00', '15:30', '15:00') }),
  // Private producers' premises
  loc({ code: 'aurora-toimisto', type: 'producer_premises', organization: 'kotihoiva-aurora', area: 'south', name: ['Kotihoiva Aurora, Kaakkurin toimisto', 'Kotihoiva Aurora, kontoret i Kaakkuri', 'Kotihoiva Aurora, Kaakkuri office'], street: 'Ruismetsäntie 3', postalCode: '90410', city: 'Oulu', lat: 64.972, lon: 25.545, accessibility: BASIC, openingHours: hours(MON_FRI, '08:00', '16:00') }),
  loc({ code: 'kotiapu-toimisto', type: 'producer_premises', organization: 'pohjolan-kotiapu', area: 'north', name: ['Pohjolan Kotiapu, Haukiputaan toimisto', 'Pohjolan Kotiapu, kontoret i Haukipudas', 'Pohjolan Kotiapu, Haukipudas office'], street: 'Kauppatie 12', postalCode: '90830', city: 'Haukipudas', lat: 65.176, lon: 25.358, accessibility: BASIC, openingHours: hours(MON_FRI, '08:00', '15:30') }),
  loc({ code: 'tuulikello-rajakyla', type: 'producer_premises', organization: 'hoivakodit-tuulikello', area: 'north', name: ['Hoivakoti Tuulikello Rajakylä', 'Vårdhemmet Tuulikello Rajakylä', 'Tuulikello Rajakylä care home'], street: 'Rajakyläntie 40', postalCode: '90580', city: 'Oulu', lat: 65.072, lon: 25.499, accessibility: FULL_ACCESS, openingHours: hours(MON_FRI, '08:00', '16:00') }),
  loc({ code: 'tuulikello-kiiminki', type: 'producer_premises', organization: 'hoivakodit-tuulikello', area: 'east', name: ['Hoivakoti Tuulikello Kiiminki', 'Vårdhemmet Tuulikello Kiminge', 'Tuulikello Kiiminki care home'], street: 'Kiiminkijoentie 14', postalCode: '90900', city: 'Kiiminki', lat: 65.127, lon: 25.736, accessibility: FULL_ACCESS, openingHours: hours(MON_FRI, '08:00', '16:00') }),
  loc({ code: 'merituuli-oulunsalo', type: 'producer_premises', organization: 'seniorikoti-merituuli', area: 'south', name: ['Seniorikoti Merituuli Oulunsalo', 'Seniorhemmet Merituuli Karlö', 'Merituuli Oulunsalo senior home'], street: 'Salonseläntie 21', postalCode: '90460', city: 'Oulunsalo', lat: 64.943, lon: 25.4, accessibility: FULL_ACCESS, openingHours: hours(MON_FRI, '08:00', '16:00') }),
  loc({ code: 'merituuli-haukipudas', type: 'producer_premises', organization: 'seniorikoti-merituuli', area: 'north', name: ['Seniorikoti Merituuli Haukipudas', 'Seniorhemmet Merituuli Haukipudas', 'Merituuli Haukipudas senior home'], street: 'Jokisuuntie 8', postalCode: '90830', city: 'Haukipudas', lat: 65.179, lon: 25.348, accessibility: FULL_ACCESS, openingHours: hours(MON_FRI, '08:00', '16:00') }),
  loc({ code: 'rotuaari-klinikka', type: 'producer_premises', organization: 'hammasklinikka-rotuaari', area: 'central', name: ['Hammasklinikka Rotuaari', 'Tandklinik Rotuaari', 'Rotuaari Dental Clinic'], street: 'Kauppurienkatu 12', postalCode: '90100', city: 'Oulu', lat: 65.0126, lon: 25.4695, accessibility: CITY, openingHours: [...hours([1, 2, 3, 4], '07:30', '19:00'), { weekday: 5, opens: '07:30', closes: '16:00' }] }),
  loc({ code: 'hammas-kaakkuri', type: 'producer_premises', organization: 'hammaslaakarit-kaakkuri', area: 'south', name: ['Kaakkurin Hammaslääkärit', 'Kaakkurin Hammaslääkärit (tandläkare)', 'Kaakkuri Dentists'], street: 'Pesätie 3', postalCode: '90410', city: 'Oulu', lat: 64.9679, lon: 25.5402, accessibility: NO_LIFT, openingHours: weekHours('08:00', '18:00', '15:00') }),
  loc({ code: 'liikevoima-keskusta', type: 'producer_premises', organization: 'fysio-liikevoima', area: 'central', name: ['Fysioterapia Liikevoima, keskusta', 'Fysioterapi Liikevoima, centrum', 'Liikevoima Physiotherapy, city centre'], street: 'Isokatu 32', postalCode: '90100', city: 'Oulu', lat: 65.0113, lon: 25.4752, accessibility: CITY, openingHours: weekHours('07:00', '20:00', '16:00') }),
  loc({ code: 'liikevoima-kiiminki', type: 'producer_premises', organization: 'fysio-liikevoima', area: 'east', name: ['Fysioterapia Liikevoima, Kiiminki', 'Fysioterapi Liikevoima, Kiminge', 'Liikevoima Physiotherapy, Kiiminki'], street: 'Kirkonkyläntie 1', postalCode: '90900', city: 'Kiiminki', lat: 65.13, lon: 25.7405, accessibility: NO_LIFT, openingHours: weekHours('08:00', '18:00', '14:00') }),
  loc({ code: 'pohjantahti-keskusta', type: 'producer_premises', organization: 'laakarikeskus-pohjantahti', area: 'central', name: ['Lääkärikeskus Pohjantähti', 'Läkarcentralen Pohjantähti', 'Pohjantähti Medical Centre'], street: 'Albertinkatu 16', postalCode: '90100', city: 'Oulu', lat: 65.015, lon: 25.477, accessibility: FULL_ACCESS, openingHours: [...weekHours('07:00', '20:00', '18:00'), { weekday: 6, opens: '09:00', closes: '15:00' }] }),
  loc({ code: 'oulunsuu-tyoterveys', type: 'producer_premises', organization: 'tyoterveys-oulunsuu', area: 'north', name: ['Työterveys Oulunsuu, Linnanmaa', 'Företagshälsan Oulunsuu, Linnanmaa', 'Oulunsuu Occupational Health, Linnanmaa'], street: 'Elektroniikkatie 8', postalCode: '90590', city: 'Oulu', lat: 65.059, lon: 25.444, accessibility: FULL_ACCESS, openingHours: weekHours('07:30', '16:00', '15:00') }),
  loc({ code: 'sanasilta', type: 'producer_premises', organization: 'puheterapia-sanasilta', area: 'central', name: ['Puheterapia Sanasilta', 'Talterapi Sanasilta', 'Sanasilta Speech Therapy'], street: 'Nahkatehtaankatu 2', postalCode: '90130', city: 'Oulu', lat: 65.0085, lon: 25.489, accessibility: CITY, openingHours: hours(MON_FRI, '08:00', '17:00') }),
  loc({ code: 'kotiranta', type: 'producer_premises', organization: 'perhepalvelu-kotiranta', area: 'south', name: ['Perhepalvelu Kotiranta', 'Familjeservice Kotiranta', 'Kotiranta Family Services'], street: 'Limingantie 11', postalCode: '90400', city: 'Oulu', lat: 64.9985, lon: 25.479, accessibility: BASIC, openingHours: hours(MON_FRI, '08:00', '16:00') }),
  loc({ code: 'vayla-kuntoutumiskoti', type: 'producer_premises', organization: 'kuntoutumiskoti-vayla', area: 'central', name: ['Kuntoutumiskoti Väylä', 'Rehabiliteringshemmet Väylä', 'Väylä rehabilitation home'], street: 'Leiritie 6', postalCode: '90510', city: 'Oulu', lat: 65.029, lon: 25.418, accessibility: NO_LIFT, openingHours: hours(MON_FRI, '08:00', '16:00') }),
  loc({ code: 'mielisilta', type: 'producer_premises', organization: 'psykoterapiakeskus-mielisilta', area: 'central', name: ['Psykoterapiakeskus Mielisilta', 'Psykoterapicentralen Mielisilta', 'Mielisilta Psychotherapy Centre'], street: 'Pakkahuoneenkatu 15', postalCode: '90100', city: 'Oulu', lat: 65.013, lon: 25.472, accessibility: CITY, openingHours: weekHours('08:00', '19:00', '15:00') }),
  loc({ code: 'arktika-huolto', type: 'producer_premises', organization: 'apuvalinehuolto-arktika', area: 'central', name: ['Apuvälinehuolto Arktika', 'Hjälpmedelsservice Arktika', 'Arktika assistive device service'], street: 'Kaarnatie 14', postalCode: '90530', city: 'Oulu', lat: 65.042, lon: 25.5, accessibility: NO_LIFT, openingHours: hours(MON_FRI, '07:30', '15:30') }),
  loc({ code: 'kiiminkijoki-toimisto', type: 'producer_premises', organization: 'kotisiivous-kiiminkijoki', area: 'east', name: ['Kotipalvelu Kiiminkijoki, Jääli', 'Hemservice Kiiminkijoki, Jääli', 'Kiiminkijoki Home Services, Jääli'], street: 'Jäälintie 40', postalCode: '90940', city: 'Jääli', lat: 65.073, lon: 25.718, accessibility: BASIC, openingHours: hours(MON_FRI, '08:00', '15:00') }),
  // NGO premises
  loc({ code: 'yvp-olohuone', type: 'producer_premises', organization: 'yhden-vanhemman-perheet', area: 'central', name: ['Yhden vanhemman perheiden Olohuone', 'Enföräldersfamiljernas Vardagsrum', 'One-parent families\' Living Room'], street: 'Saaristonkatu 7', postalCode: '90100', city: 'Oulu', lat: 65.0122, lon: 25.477, accessibility: CITY, openingHours: [...hours([1, 3], '10:00', '18:00'), { weekday: 2, opens: '10:00', closes: '15:00' }, { weekday: 4, opens: '10:00', closes: '15:00' }] }),
  loc({ code: 'aalto-kriisikeskus', type: 'producer_premises', organization: 'mielenterveysseura-aalto', area: 'central', name: ['Kriisikeskus Aalto', 'Kriscentret Aalto', 'Aalto crisis centre'], street: 'Asemakatu 17', postalCode: '90100', city: 'Oulu', lat: 65.0098, lon: 25.48, accessibility: CITY, openingHours: weekHours('09:00', '18:00', '15:00') }),
  loc({ code: 'majakka-klubitalo', type: 'producer_premises', organization: 'klubitalo-majakka', area: 'central', name: ['Klubitalo Majakka', 'Klubbhuset Majakka', 'Majakka Clubhouse'], street: 'Heikinkatu 7', postalCode: '90100', city: 'Oulu', lat: 65.018, lon: 25.477, accessibility: ['step_free_entrance', 'accessible_toilet', 'induction_loop'], openingHours: [...weekHours('08:30', '16:00', '15:00'), { weekday: 6, opens: '11:00', closes: '15:00' }] }),
  loc({ code: 'pesapaikka-tuira', type: 'producer_premises', organization: 'lapsiperheyhdistys-pesapaikka', area: 'central', name: ['Perhetalo Pesäpaikka, Tuira', 'Familjehuset Pesäpaikka, Tuira', 'Pesäpaikka family house, Tuira'], street: 'Tuirantie 4', postalCode: '90500', city: 'Oulu', lat: 65.025, lon: 25.464, accessibility: BASIC, openingHours: hours(MON_FRI, '09:00', '15:00') }),
  loc({ code: 'pesapaikka-kaakkuri', type: 'producer_premises', organization: 'lapsiperheyhdistys-pesapaikka', area: 'south', name: ['Kaakkurin asukastupa', 'Invånarstugan i Kaakkuri', 'Kaakkuri residents\' room'], street: 'Ruismetsäntie 1', postalCode: '90410', city: 'Oulu', lat: 64.973, lon: 25.543, accessibility: BASIC, openingHours: hours([1, 2, 3, 4], '09:00', '14:00') }),
  loc({ code: 'ystavapalvelu-toimisto', type: 'producer_premises', organization: 'ystavapalvelu', area: 'central', name: ['Ystäväpalvelun toimintakeskus', 'Vänservicens verksamhetscenter', 'Friendship Service activity centre'], street: 'Hallituskatu 13', postalCode: '90100', city: 'Oulu', lat: 65.01, lon: 25.468, accessibility: CITY, openingHours: weekHours('09:00', '16:00', '14:00') }),
  loc({ code: 'diakonia-paivakeskus', type: 'producer_premises', organization: 'diakoniasaatio', area: 'central', name: ['Päiväkeskus Pysäkki', 'Dagcentret Pysäkki', 'Pysäkki day centre'], street: 'Ratakatu 4', postalCode: '90130', city: 'Oulu', lat: 65.0035, lon: 25.481, accessibility: NO_LIFT, openingHours: hours([1, 2, 3, 4, 5, 6, 7], '09:00', '15:00') }),
  loc({ code: 'diakonia-toimisto', type: 'producer_premises', organization: 'diakoniasaatio', area: 'central', name: ['Pohjolan Diakoniasäätiön palvelupiste', 'Diakonistiftelsen Pohjolas servicepunkt', 'Pohjola Diaconal Foundation service point'], street: 'Kajaanintie 31', postalCode: '90130', city: 'Oulu', lat: 65.0075, lon: 25.4925, accessibility: FULL_ACCESS, openingHours: weekHours('08:00', '16:00', '15:00') }),
  loc({ code: 'toipujakilta-tupa', type: 'producer_premises', organization: 'toipujakilta', area: 'central', name: ['Kiltatupa', 'Gillestugan', 'Guild room'], street: 'Kansankatu 53', postalCode: '90100', city: 'Oulu', lat: 65.0175, lon: 25.484, accessibility: BASIC, openingHours: [...hours([1, 2, 3, 4, 5], '10:00', '18:00'), { weekday: 6, opens: '12:00', closes: '16:00' }, { weekday: 7, opens: '12:00', closes: '16:00' }] }),
  loc({ code: 'seniorit-kerhotalo', type: 'producer_premises', organization: 'oulun-seniorit', area: 'central', name: ['Seniorien kerhotalo', 'Seniorernas klubbhus', 'Seniors\' clubhouse'], street: 'Rautatienkatu 10', postalCode: '90120', city: 'Oulu', lat: 65.01, lon: 25.485, accessibility: FULL_ACCESS, openingHours: hours(MON_FRI, '09:00', '15:00') }),
  loc({ code: 'vanhustuki-kylatalo', type: 'producer_premises', organization: 'vanhustuki-haukipudas', area: 'north', name: ['Vanhustuen kylätalo', 'Äldrestödets bygdegård', 'Older people support village hall'], street: 'Kirkkotie 12', postalCode: '90830', city: 'Haukipudas', lat: 65.177, lon: 25.353, accessibility: NO_LIFT, openingHours: hours([1, 3, 5], '10:00', '14:00') }),
  loc({ code: 'kaari-omaistalo', type: 'producer_premises', organization: 'omaistukikeskus-kaari', area: 'central', name: ['Omaistalo Kaari', 'Anhörighuset Kaari', 'Kaari family carers\' house'], street: 'Kajaanintie 40', postalCode: '90220', city: 'Oulu', lat: 65.0065, lon: 25.5, accessibility: FULL_ACCESS, openingHours: hours(MON_FRI, '09:00', '15:00') }),
  loc({ code: 'lira-toimisto', type: 'producer_premises', organization: 'liikuntarajoitteiset', area: 'central', name: ['Liikuntarajoitteisten toimintakeskus', 'Verksamhetscentret för rörelsehindrade', 'Reduced mobility activity centre'], street: 'Isokatu 47', postalCode: '90100', city: 'Oulu', lat: 65.01, lon: 25.481, accessibility: FULL_ACCESS, openingHours: hours(MON_THU, '09:00', '15:00') }),
  loc({ code: 'aistit-toimisto', type: 'producer_premises', organization: 'aistit', area: 'central', name: ['Aistien talo', 'Sinnenas hus', 'House of the Senses'], street: 'Pakkahuoneenkatu 30', postalCode: '90100', city: 'Oulu', lat: 65.015, lon: 25.474, accessibility: FULL_ACCESS, openingHours: hours(MON_THU, '09:00', '15:00') }),
  loc({ code: 'kohtaamo-kaukovainio', type: 'producer_premises', organization: 'monikulttuurinen-kohtaamo', area: 'south', name: ['Kohtaamo Kaukovainio', 'Mötesplatsen Kaukovainio', 'Kohtaamo Kaukovainio meeting point'], street: 'Kaukovainiontie 6', postalCode: '90250', city: 'Oulu', lat: 64.989, lon: 25.494, accessibility: BASIC, openingHours: hours(MON_FRI, '10:00', '16:00') }),
  loc({ code: 'kohtaamo-rajakyla', type: 'producer_premises', organization: 'monikulttuurinen-kohtaamo', area: 'north', name: ['Kohtaamo Rajakylä', 'Mötesplatsen Rajakylä', 'Kohtaamo Rajakylä meeting point'], street: 'Rajakyläntie 28', postalCode: '90580', city: 'Oulu', lat: 65.0685, lon: 25.496, accessibility: BASIC, openingHours: hours([2, 4], '12:00', '18:00') }),
  // Parish premises
  loc({ code: 'srk-diakoniakeskus', type: 'producer_premises', organization: 'seurakuntayhtyma', area: 'central', name: ['Oulun seurakuntien diakoniakeskus', 'Diakonicentret för Uleåborgs församlingar', 'Diaconal centre of the Oulu parishes'], street: 'Nahkatehtaankatu 5', postalCode: '90100', city: 'Oulu', lat: 65.008, lon: 25.47, accessibility: FULL_ACCESS, openingHours: weekHours('09:00', '15:00', '13:00') }),
  loc({ code: 'srk-perheasiain', type: 'producer_premises', organization: 'seurakuntayhtyma', area: 'central', name: ['Perheasiain neuvottelukeskus', 'Familjerådgivningscentralen', 'Family counselling centre'], street: 'Kirkkokatu 28', postalCode: '90100', city: 'Oulu', lat: 65.0135, lon: 25.469, accessibility: CITY, openingHours: weekHours('08:00', '17:00', '15:00') }),
  loc({ code: 'srk-andreas', type: 'producer_premises', organization: 'seurakuntayhtyma', area: 'south', name: ['Pyhän Andreaan kirkko', 'S:t Andreas kyrka', 'St Andrew\'s Church'], street: 'Sulkakuja 8', postalCode: '90410', city: 'Oulu', lat: 64.9698, lon: 25.5365, accessibility: FULL_ACCESS, openingHours: hours(MON_FRI, '09:00', '15:00') }),
  loc({ code: 'srk-kiiminki', type: 'producer_premises', organization: 'seurakuntayhtyma', area: 'east', name: ['Kiimingin seurakuntatalo', 'Kiminge församlingshem', 'Kiiminki parish hall'], street: 'Kirkkotie 5', postalCode: '90900', city: 'Kiiminki', lat: 65.13, lon: 25.73, accessibility: NO_LIFT, openingHours: hours(MON_THU, '09:00', '14:00') }),
  loc({ code: 'srk-tuira', type: 'producer_premises', organization: 'tuiran-seurakunta', area: 'central', name: ['Tuiran seurakuntatalo', 'Tuira församlingshem', 'Tuira parish hall'], street: 'Kuusisaarentie 2', postalCode: '90500', city: 'Oulu', lat: 65.023, lon: 25.456, accessibility: FULL_ACCESS, openingHours: hours(MON_FRI, '09:00', '15:00') }),
  loc({ code: 'srk-pateniemi', type: 'producer_premises', organization: 'tuiran-seurakunta', area: 'north', name: ['Pateniemen kirkko', 'Pateniemi kyrka', 'Pateniemi Church'], street: 'Pateniementie 10', postalCode: '90550', city: 'Oulu', lat: 65.087, lon: 25.418, accessibility: NO_LIFT, openingHours: hours([2, 3, 4], '10:00', '14:00') }),
  loc({ code: 'srk-haukipudas', type: 'producer_premises', organization: 'haukiputaan-seurakunta', area: 'north', name: ['Haukiputaan seurakuntakeskus', 'Haukipudas församlingscenter', 'Haukipudas parish centre'], street: 'Haukiputaantie 18', postalCode: '90830', city: 'Haukipudas', lat: 65.1765, lon: 25.352, accessibility: FULL_ACCESS, openingHours: hours(MON_FRI, '09:00', '15:00') }),
  loc({ code: 'srk-kello', type: 'producer_premises', organization: 'haukiputaan-seurakunta', area: 'north', name: ['Kellon kappeli', 'Kello kapell', 'Kello Chapel'], street: 'Kellontie 140', postalCode: '90820', city: 'Kello', lat: 65.103, lon: 25.412, accessibility: BASIC, openingHours: hours([2, 4], '10:00', '14:00') }),
];

// ---------------------------------------------------------------------------------------------
// Opening hours and accessibility of the existing welfare centres and points

function centreHours(evening: SeedOpeningHours['weekday']): SeedOpeningHours[] {
  return ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, opens: '08:00', closes: weekday === evening ? '20:00' : weekday === 5 ? '15:00' : '16:00' }));
}

export const CENTRE_DETAILS_DATA: Record<string, { accessibility: AccessibilityFeature[]; openingHours: SeedOpeningHours[] }> = {
  'hyk-kaakkuri': { accessibility: FULL_ACCESS, openingHours: centreHours(2) },
  'hyk-myllyoja': { accessibility: FULL_ACCESS, openingHours: centreHours(3) },
  'hyk-kiiminki': { accessibility: ['step_free_entrance', 'lift', 'accessible_toilet', 'accessible_parking'], openingHours: centreHours(4) },
  'hyk-haukipudas': { accessibility: FULL_ACCESS, openingHours: centreHours(1) },
  'hyk-tuira': { accessibility: ['step_free_entrance', 'lift', 'accessible_toilet', 'induction_loop'], openingHours: centreHours(3) },
  'hyk-kontinkangas': { accessibility: FULL_ACCESS, openingHours: [...centreHours(2), { weekday: 6, opens: '09:00', closes: '14:00' }] },
  'hyp-valke': { accessibility: ['step_free_entrance', 'lift', 'accessible_toilet'], openingHours: hours(MON_FRI, '08:00', '15:00') },
  'hyp-kaijonharju': { accessibility: ['step_free_entrance', 'lift', 'accessible_toilet', 'induction_loop'], openingHours: weekHours('08:00', '16:00', '15:00') },
  'hyp-oulunsalo': { accessibility: FULL_ACCESS, openingHours: hours(MON_FRI, '08:00', '15:30') },
  'hyp-yli-ii': { accessibility: ['step_free_entrance', 'accessible_toilet', 'accessible_parking'], openingHours: hours(MON_THU, '08:00', '15:00') },
};
