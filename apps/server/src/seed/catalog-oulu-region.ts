/**
 * DEMO DATA — public services organised by welfare area or for the whole city (welfare region and
 * City of Oulu). Part of the Oulu demo catalogue, see catalog-oulu.ts.
 */
import type { SeedService } from './catalog-types.ts';
import { AREAS, E_SERVICE, MON_FRI, MON_THU, OULU_POP, PL, SHARE, ALL_DAYS, areaTel, ch, hours, mk, price, regionTel, t } from './catalog-oulu-base.ts';
import type { Area } from './catalog-oulu-base.ts';
import { DISABLED_CONTACT, IMMIGRANT_CONTACT, SANCTIONS_CONTACT } from './catalog-oulu-local.ts';

const FREE = { type: 'free' as const, rule: t('Maksuton.', 'Avgiftsfri.', 'Free of charge.') };
const BUS_STOPS = ['bus-jokirinne', 'bus-pilpasuo', 'bus-koitelainen', 'bus-jokikyla', 'bus-kello', 'bus-tannila'];
const main = (a: Area): string => a.centres[0] ?? 'hyk-tuira';

// ---------------------------------------------------------------------------------------------
// Per welfare area

function childProtection(a: Area): SeedService {
  return mk({
    key: `child-protection-${a.code}`,
    organization: 'pphva',
    serviceClass: 'child_protection',
    name: t(`Lastensuojelun avohuolto, ${a.fiAdj.toLowerCase()}`, `Barnskyddets öppenvård, ${a.sv}`, `Child protection community care, ${a.en}`),
    summary: t('Lastensuojeluilmoitusten käsittely, palvelutarpeen arvio ja avohuollon tukitoimet lapselle ja perheelle.', 'Behandling av barnskyddsanmälningar, bedömning av servicebehovet och stödåtgärder inom öppenvården för barnet och familjen.', 'Handling child-protection notifications, needs assessments and community-care support for the child and family.'),
    description: t(
      `Lastensuojelun sosiaalityöntekijät käsittelevät ${a.fiGen} lastensuojeluilmoitukset ja arvioivat lapsen ja perheen tuen tarpeen yhdessä perheen kanssa. Avohuollon tukitoimia ovat esimerkiksi tehostettu perhetyö, tukihenkilö tai -perhe, taloudellinen tuki ja vertaisryhmät. Lapselle nimetään vastuusosiaalityöntekijä. Huolen lapsesta voi ilmoittaa kuka tahansa sähköisellä lomakkeella tai puhelimitse; kiireellisissä asioissa virka-ajan ulkopuolella palvelee sosiaalipäivystys.`,
      `Barnskyddets socialarbetare behandlar barnskyddsanmälningarna i ${a.sv} och bedömer barnets och familjens behov av stöd tillsammans med familjen. Stödåtgärder inom öppenvården är till exempel intensifierat familjearbete, stödperson eller stödfamilj, ekonomiskt stöd och kamratgrupper. Barnet får en ansvarig socialarbetare. Vem som helst kan anmäla oro för ett barn med en elektronisk blankett eller per telefon; i brådskande fall utanför tjänstetid betjänar socialjouren.`,
      `Child-protection social workers handle notifications in the ${a.en}, assess needs with the family and provide community-care support such as intensive family work, a support person or family, financial support and peer groups. Anyone can report a concern online or by phone; out of hours, contact the emergency social services.`,
    ),
    keywords: ['lastensuojelu', 'lastensuojeluilmoitus', 'huoli lapsesta', 'sosiaalityöntekijä', 'tukiperhe', 'barnskydd', 'barnskyddsanmälan', 'child protection', a.fiAdj],
    targetGroups: ['children_0_17', 'families_with_children'],
    languages: ['fi', 'sv', 'en'],
    grantingCriteria: { text: t('Alle 18-vuotiaat lapset ja heidän perheensä, joista on tehty lastensuojeluilmoitus tai joiden kasvuolot vaarantavat kehityksen; jälkihuolto 18–24-vuotiaille.', 'Barn under 18 år och deras familjer som har anmälts till barnskyddet eller vars uppväxtförhållanden äventyrar utvecklingen; eftervård för 18–24-åringar.', 'Children under 18 and families subject to a notification or whose circumstances endanger development.'), maxAge: 17, areas: [a.code], conditions: ['child_protection_notification'] },
    qualityCriteria: t('Kiireellisyyden arvio 7 arkipäivässä ilmoituksesta; palvelutarpeen arvio 3 kuukaudessa; lapsen tapaaminen henkilökohtaisesti.', 'Bedömning av brådskan inom 7 vardagar från anmälan; bedömning av servicebehovet inom 3 månader; barnet träffas personligen.', 'Urgency assessed within 7 working days; needs assessment within 3 months; the child is met in person.'),
    fee: { type: 'free', rule: t('Lastensuojelun avohuolto on maksutonta.', 'Barnskyddets öppenvård är avgiftsfri.', 'Community child protection is free.') },
    estimatedEligible: Math.round(a.pop * 0.012),
    specialContacts: [IMMIGRANT_CONTACT],
    at: [{ location: main(a), channels: [ch.inPerson(), ch.phone(areaTel(a, 1), hours(MON_FRI, '09:00', '11:00')), ch.video(`${E_SERVICE}/video/lastensuojelu`), ch.eService(`${E_SERVICE}/lastensuojeluilmoitus`, t('Lastensuojeluilmoitus verkossa', 'Barnskyddsanmälan på nätet', 'Report a concern online'))] }],
  });
}

function familyHomeHelp(a: Area): SeedService {
  return mk({
    key: `family-home-help-${a.code}`,
    organization: 'pphva',
    serviceClass: 'family_home_help',
    name: t(`Lapsiperheiden kotipalvelu, ${a.fiAdj.toLowerCase()}`, `Hemservice för barnfamiljer, ${a.sv}`, `Home help for families, ${a.en}`),
    summary: t('Käytännön apua lastenhoitoon ja kodin arkeen esimerkiksi synnytyksen, sairauden tai uupumuksen vuoksi.', 'Praktisk hjälp med barnskötsel och vardagen hemma till exempel efter förlossning, vid sjukdom eller utmattning.', 'Practical help with childcare and housework after childbirth, during illness or exhaustion.'),
    description: t(
      'Lapsiperheiden kotipalvelu on sosiaalihuoltolain mukaista käytännön apua, kun perheen voimavarat eivät riitä esimerkiksi synnytyksen, sairauden, vamman, uupumuksen tai erityisen elämäntilanteen vuoksi. Kotipalvelun työntekijä auttaa lastenhoidossa, ruoanlaitossa ja kodin arjessa ja tukee vanhempia. Käynnit sovitaan palvelutarpeen arvion perusteella; apua voi myös saada palvelusetelillä yksityiseltä tuottajalta.',
      'Hemservice för barnfamiljer är praktisk hjälp enligt socialvårdslagen när familjens resurser inte räcker till, till exempel på grund av förlossning, sjukdom, skada, utmattning eller en särskild livssituation. Hemvårdaren hjälper med barnskötsel, matlagning och vardagen hemma och stöder föräldrarna. Besöken avtalas på basis av en bedömning av servicebehovet; hjälp kan också fås med servicesedel från en privat producent.',
      'Home help for families is practical help under the Social Welfare Act when a family cannot cope due to childbirth, illness, disability or exhaustion: childcare, cooking and housework. Visits are agreed after a needs assessment; a service voucher for a private producer is also available.',
    ),
    keywords: ['kotipalvelu', 'lapsiperheiden kotipalvelu', 'kodinhoitaja', 'lastenhoitoapu', 'perhe', 'hemservice', 'barnfamilj', 'home help', a.fiAdj],
    targetGroups: ['families_with_children'],
    languages: ['fi'],
    grantingCriteria: { text: t('Perheet, joissa on alle 18-vuotias lapsi ja joiden kyky huolehtia lapsista ja kodista on alentunut; myönnetään palvelutarpeen arvion perusteella.', 'Familjer med barn under 18 år vars förmåga att sköta barn och hem är nedsatt; beviljas på basis av en bedömning av servicebehovet.', 'Families with a child under 18 whose capacity to care is reduced; granted after a needs assessment.'), maxAge: 17, areas: [a.code], conditions: ['family_support_need', 'service_needs_assessment'] },
    qualityCriteria: t('Apu alkaa viikon kuluessa päätöksestä; sama työntekijä perheelle mahdollisuuksien mukaan; tavoitteet kirjataan asiakassuunnitelmaan.', 'Hjälpen börjar inom en vecka från beslutet; samma arbetstagare om möjligt; målen skrivs in i klientplanen.', 'Help starts within a week of the decision; the same worker where possible; goals recorded.'),
    fee: { type: 'fixed', amountCents: 900, unit: 'hour', rule: t('Tilapäinen kotipalvelu 9,00 € / tunti; jatkuva kotipalvelu tulosidonnainen; maksu voidaan jättää perimättä toimeentulon turvaamiseksi.', 'Tillfällig hemservice 9,00 € / timme; fortlöpande hemservice inkomstrelaterad; avgiften kan efterskänkas för att trygga utkomsten.', 'Temporary home help €9.00 per hour; continuous help is income-based; fees can be waived.') },
    purchasePrice: price('visit_2h', [PL.staff(6400), PL.travel(650), PL.supplies(100), PL.overheads(950)]),
    estimatedEligible: Math.round(a.pop * SHARE.age0to6 * 0.04),
    at: a.centres.slice(0, 2).map((c, i) => ({ location: c, channels: i === 0 ? [ch.homeVisit(), ch.phone(areaTel(a, 2), hours(MON_FRI, '09:00', '12:00'))] : [ch.homeVisit()] })),
  });
}

type HomeCareKind = 'basic' | 'demanding' | 'rehab';

const HOME_CARE: Record<HomeCareKind, { fi: string; sv: string; en: string; descFi: string; descSv: string; descEn: string; conditions: string[]; price: ReturnType<typeof price>; share: number; n: number }> = {
  basic: {
    fi: 'Kotihoito – peruskotihoidon käynti',
    sv: 'Hemvård – grundläggande hemvårdsbesök',
    en: 'Home care – basic visit',
    descFi: 'Peruskotihoidon käynnillä lähihoitaja auttaa päivittäisissä toimissa: peseytymisessä, pukeutumisessa, ruokailussa, lääkkeiden otossa ja kodin turvallisuudessa. Käyntejä voi olla yhdestä useaan päivässä, ja ne suunnitellaan niin, että sama hoitajatiimi käy asiakkaan luona.',
    descSv: 'Vid ett grundläggande hemvårdsbesök hjälper en närvårdare till med dagliga sysslor: att tvätta sig, klä på sig, äta, ta mediciner och med säkerheten i hemmet. Det kan vara ett eller flera besök per dag, och de planeras så att samma vårdteam besöker klienten.',
    descEn: 'On a basic home-care visit a practical nurse helps with washing, dressing, eating, medicines and home safety. Visits range from one to several a day, planned so the same team visits the client.',
    conditions: ['rai_assessment', 'daily_care_need'],
    price: price('visit', [PL.staff(2100), PL.travel(650), PL.supplies(150), PL.overheads(500)]),
    share: 0.09,
    n: 3,
  },
  demanding: {
    fi: 'Kotihoito – vaativa kotihoidon käynti (kotisairaanhoito)',
    sv: 'Hemvård – krävande hemvårdsbesök (hemsjukvård)',
    en: 'Home care – demanding visit (home nursing)',
    descFi: 'Vaativalla käynnillä sairaanhoitaja hoitaa kotona esimerkiksi haavat, suonensisäiset lääkitykset, katetrit, kivunhoidon ja saattohoidon sekä seuraa voinnin muutoksia yhteistyössä lääkärin kanssa.',
    descSv: 'Vid ett krävande besök sköter sjukskötaren i hemmet till exempel sår, intravenös medicinering, katetrar, smärtbehandling och vård i livets slutskede samt följer förändringar i måendet i samarbete med läkaren.',
    descEn: 'On a demanding visit a registered nurse provides wound care, IV medication, catheters, pain management and end-of-life care at home, working with a doctor.',
    conditions: ['rai_assessment', 'nursing_care_need'],
    price: price('visit', [PL.staff(3900), PL.travel(650), PL.supplies(450), PL.overheads(700)]),
    share: 0.04,
    n: 4,
  },
  rehab: {
    fi: 'Kotihoito – kuntouttava kotihoidon käynti',
    sv: 'Hemvård – rehabiliterande hemvårdsbesök',
    en: 'Home care – rehabilitating visit',
    descFi: 'Kuntouttavalla käynnillä fysio- tai toimintaterapeutti ja lähihoitaja harjoittelevat asiakkaan kanssa arjen toimintoja, liikkumista ja apuvälineiden käyttöä esimerkiksi sairaalajakson jälkeen. Arviointi- ja kuntoutusjakso kestää tavallisesti 2–6 viikkoa.',
    descSv: 'Vid ett rehabiliterande besök tränar en fysio- eller ergoterapeut och en närvårdare vardagliga sysslor, rörlighet och användning av hjälpmedel tillsammans med klienten, till exempel efter en sjukhusperiod. Bedömnings- och rehabiliteringsperioden varar vanligen 2–6 veckor.',
    descEn: 'On a rehabilitating visit a physiotherapist or occupational therapist and a practical nurse practise daily activities, mobility and aids with the client, e.g. after hospital. The assessment and rehabilitation period usually lasts 2–6 weeks.',
    conditions: ['service_needs_assessment', 'rehabilitation_potential'],
    price: price('visit', [PL.staff(4600), PL.travel(650), PL.supplies(250), PL.overheads(800)]),
    share: 0.03,
    n: 5,
  },
};

function homeCare(a: Area, kind: HomeCareKind): SeedService {
  const k = HOME_CARE[kind];
  return mk({
    key: `home-care-${kind}-${a.code}`,
    organization: 'pphva',
    serviceClass: 'home_care',
    name: t(`${k.fi}, ${a.fiAdj.toLowerCase()}`, `${k.sv}, ${a.sv}`, `${k.en}, ${a.en}`),
    summary: t('Kotiin annettavaa hoitoa ja huolenpitoa, jotta ikäihminen tai sairas voi asua kotona turvallisesti.', 'Vård och omsorg i hemmet så att en äldre eller sjuk person kan bo tryggt hemma.', 'Care at home so that older or ill people can live safely at home.'),
    description: t(
      `${k.descFi} Kotihoidon tarve arvioidaan kotikäynnillä RAI-arvioinnin avulla, ja hoito- ja palvelusuunnitelma laaditaan yhdessä asiakkaan ja omaisten kanssa. ${a.fiAdj}: kotihoidon tiimit toimivat hyvinvointikeskuksista käsin.`,
      `${k.descSv} Behovet av hemvård bedöms vid ett hembesök med hjälp av RAI-bedömning, och vård- och serviceplanen görs upp tillsammans med klienten och de anhöriga. Hemvårdsteamen i ${a.sv} utgår från välfärdscentralerna.`,
      `${k.descEn} The need for home care is assessed on a home visit using RAI, and a care and service plan is made with the client and family. The teams work from the welfare centres of the ${a.en}.`,
    ),
    keywords: ['kotihoito', 'kotisairaanhoito', 'kotipalvelu', 'lähihoitaja', 'vanhus', 'ikäihminen', 'hemvård', 'hemsjukvård', 'äldre', 'home care', a.fiAdj],
    targetGroups: ['older_people_65_plus', 'people_with_illness'],
    languages: ['fi', 'sv'],
    grantingCriteria: {
      text: t('Kotona asuvat, joiden toimintakyky on alentunut niin, että he tarvitsevat apua päivittäisissä toimissa tai sairaanhoidossa; myönnetään RAI-arvioinnin ja palvelutarpeen arvion perusteella.', 'Personer som bor hemma och vars funktionsförmåga är nedsatt så att de behöver hjälp med dagliga sysslor eller sjukvård; beviljas på basis av RAI-bedömning och bedömning av servicebehovet.', 'People at home whose functional ability is reduced so that they need help with daily activities or nursing; granted after RAI and needs assessment.'),
      areas: [a.code],
      conditions: k.conditions,
    },
    qualityCriteria: t('Palvelutarpeen arvio 7 arkipäivässä yhteydenotosta (kiireellisesti heti); käynnit toteutuvat sovitussa aikaikkunassa ±30 min; hoidon jatkuvuus (sama tiimi); RAI-uusinta puolen vuoden välein.', 'Bedömning av servicebehovet inom 7 vardagar (brådskande genast); besöken sker inom avtalat tidsfönster ±30 min; kontinuitet (samma team); ny RAI-bedömning varje halvår.', 'Assessment within 7 working days (urgent at once); visits within ±30 min of the agreed window; continuity of care; RAI reassessed every six months.'),
    fee: kind === 'rehab'
      ? { type: 'free', rule: t('Kuntouttava arviointijakso (enintään 6 viikkoa) on maksuton; sen jälkeen jatkuvan kotihoidon tulosidonnainen maksu.', 'Den rehabiliterande bedömningsperioden (högst 6 veckor) är avgiftsfri; därefter inkomstrelaterad avgift för fortlöpande hemvård.', 'The rehabilitating assessment period (up to 6 weeks) is free; thereafter the income-based continuous home-care fee.') }
      : { type: 'income_based', unit: 'month', rule: t('Jatkuvan ja säännöllisen kotihoidon kuukausimaksu määräytyy palvelutuntien, talouden koon ja bruttotulojen mukaan asiakasmaksulain taulukon prosenttiosuuksien perusteella. Tilapäinen käynti 12,70 €.', 'Månadsavgiften för fortlöpande och regelbunden hemvård bestäms enligt antalet servicetimmar, hushållets storlek och bruttoinkomster enligt procentsatserna i lagen om klientavgifter. Tillfälligt besök 12,70 €.', 'The monthly fee for continuous home care depends on service hours, household size and gross income under the Client Fees Act. Temporary visit €12.70.') },
    purchasePrice: k.price,
    estimatedEligible: Math.round(a.pop * SHARE.age75plus * k.share),
    specialContacts: [DISABLED_CONTACT],
    at: a.centres.map((c, i) => ({ location: c, channels: i === 0 ? [ch.homeVisit(), ch.phone(areaTel(a, 10 + k.n), hours(MON_FRI, '08:00', '15:00'), t('Kotihoidon asiakasohjaus', 'Hemvårdens klientstyrning', 'Home-care client guidance'))] : [ch.homeVisit()] })),
  });
}

function incomeSupport(a: Area): SeedService {
  return mk({
    key: `income-support-${a.code}`,
    organization: 'pphva',
    serviceClass: 'income_and_employment',
    name: t(`Sosiaaliohjaus ja täydentävä toimeentulotuki, ${a.fiAdj.toLowerCase()}`, `Socialhandledning och kompletterande utkomststöd, ${a.sv}`, `Social guidance and supplementary social assistance, ${a.en}`),
    summary: t('Neuvontaa raha-asioissa ja harkinnanvaraista täydentävää ja ehkäisevää toimeentulotukea.', 'Rådgivning i penningfrågor och prövningsbaserat kompletterande och förebyggande utkomststöd.', 'Money advice and discretionary supplementary and preventive social assistance.'),
    description: t(
      'Perustoimeentulotukea haetaan Kelasta. Hyvinvointialue myöntää täydentävää toimeentulotukea erityisiin menoihin (esim. vuokravakuus, suuret terveydenhuoltomenot) ja ehkäisevää toimeentulotukea äkillisiin taloudellisiin vaikeuksiin. Sosiaaliohjaaja auttaa myös budjetoinnissa, velkatilanteen selvittämisessä ja ohjaa talous- ja velkaneuvontaan. Hakemuksen voi tehdä sähköisesti.',
      'Grundläggande utkomststöd söks hos FPA. Välfärdsområdet beviljar kompletterande utkomststöd för särskilda utgifter (t.ex. hyresgaranti, stora hälsovårdsutgifter) och förebyggande utkomststöd vid plötsliga ekonomiska svårigheter. Socialhandledaren hjälper också med budgetering och skuldsituationen och hänvisar till ekonomi- och skuldrådgivningen. Ansökan kan göras elektroniskt.',
      'Basic social assistance is applied for from Kela. The region grants supplementary assistance for special expenses and preventive assistance in sudden difficulties. A social counsellor also helps with budgeting and debt and refers to debt advice. Apply online.',
    ),
    keywords: ['toimeentulotuki', 'toimeentulo', 'täydentävä toimeentulotuki', 'ehkäisevä toimeentulotuki', 'raha', 'vuokravakuus', 'sossu', 'utkomststöd', 'social assistance', a.fiAdj],
    targetGroups: ['adults_18_64', 'low_income_households'],
    languages: ['fi', 'sv', 'en'],
    grantingCriteria: { text: t('Henkilöt ja perheet, joiden tulot ja varat eivät riitä välttämättömiin menoihin; Kelan perustoimeentulotukipäätös on yleensä edellytys täydentävälle tuelle.', 'Personer och familjer vars inkomster och tillgångar inte räcker till nödvändiga utgifter; FPA:s beslut om grundläggande utkomststöd är i regel en förutsättning.', 'People whose income and assets do not cover necessary expenses; a Kela basic assistance decision is usually required.'), minAge: 18, areas: [a.code], conditions: ['income_below_limit'] },
    qualityCriteria: t('Päätös 7 arkipäivässä hakemuksen saapumisesta; kiireellisessä tilanteessa samana tai seuraavana arkipäivänä.', 'Beslut inom 7 vardagar från ansökan; i brådskande fall samma eller följande vardag.', 'Decision within 7 working days; urgent cases the same or next working day.'),
    fee: FREE,
    estimatedEligible: Math.round(a.pop * 0.035),
    specialContacts: [IMMIGRANT_CONTACT, SANCTIONS_CONTACT],
    at: [{ location: main(a), channels: [ch.eService(`${E_SERVICE}/toimeentulotuki`, t('Sähköinen hakemus', 'Elektronisk ansökan', 'Online application')), ch.phone(areaTel(a, 3), hours(MON_FRI, '09:00', '11:00')), ch.inPerson(), ch.video(`${E_SERVICE}/video/sosiaaliohjaus`)] }],
  });
}

const AREA_SERVICES: SeedService[] = AREAS.flatMap((a) => [childProtection(a), familyHomeHelp(a), homeCare(a, 'basic'), homeCare(a, 'demanding'), homeCare(a, 'rehab'), incomeSupport(a)]);

// ---------------------------------------------------------------------------------------------
// Region-wide and city-wide services

interface Simple {
  key: string;
  org?: string;
  cls: SeedService['serviceClass'];
  group?: SeedService['lifeCourseGroup'];
  name: [string, string, string];
  summary: [string, string, string];
  desc: [string, string, string];
  kw: string[];
  tg: string[];
  langs?: SeedService['languages'];
  crit: [string, string, string];
  minAge?: number;
  maxAge?: number;
  cond?: string[];
  quality: [string, string, string];
  fee?: SeedService['fee'];
  price?: SeedService['purchasePrice'];
  eligible: number;
  special?: SeedService['specialContacts'];
  at: SeedService['at'];
}

export function simple(s: Simple): SeedService {
  return mk({
    key: s.key,
    organization: s.org ?? 'pphva',
    serviceClass: s.cls,
    ...(s.group ? { lifeCourseGroup: s.group } : {}),
    name: t(...s.name),
    summary: t(...s.summary),
    description: t(...s.desc),
    keywords: s.kw,
    targetGroups: s.tg,
    languages: s.langs ?? ['fi', 'sv', 'en'],
    grantingCriteria: { text: t(...s.crit), ...(s.minAge !== undefined ? { minAge: s.minAge } : {}), ...(s.maxAge !== undefined ? { maxAge: s.maxAge } : {}), ...(s.cond ? { conditions: s.cond } : {}) },
    qualityCriteria: t(...s.quality),
    fee: s.fee ?? FREE,
    ...(s.price ? { purchasePrice: s.price } : {}),
    estimatedEligible: s.eligible,
    ...(s.special ? { specialContacts: s.special } : {}),
    at: s.at,
  });
}

const OPEN_TO_ALL: [string, string, string] = ['Kaikille avoin.', 'Öppen för alla.', 'Open to everyone.'];
const office = (phone: string): SeedService['at'][number]['channels'] => [ch.inPerson(), ch.phone(phone, hours(MON_FRI, '09:00', '15:00'))];

const REGION_SERVICES: SeedService[] = [
  // Families with children
  simple({
    key: 'emergency-social-services', cls: 'child_protection',
    name: ['Sosiaalipäivystys', 'Socialjouren', 'Emergency social services'],
    summary: ['Kiireellinen sosiaalihuolto ympäri vuorokauden: lasten ja aikuisten akuutit kriisit, väkivalta, asunnottomuus.', 'Brådskande socialvård dygnet runt: akuta kriser för barn och vuxna, våld, bostadslöshet.', 'Urgent social care around the clock: acute crises of children and adults, violence, homelessness.'],
    desc: ['Sosiaalipäivystys auttaa kiireellisissä tilanteissa, joissa apua tarvitaan heti: lapsen turvallisuus on vaarassa, perheessä on väkivaltaa, ikäihminen on jäänyt heitteille tai asunto on menetetty. Virka-aikana kiireelliset asiat hoitaa oman alueen sosiaalityö, iltaisin, öisin ja viikonloppuisin sosiaalipäivystys. Hätätilanteessa soita 112.', 'Socialjouren hjälper i brådskande situationer där hjälp behövs genast: barnets säkerhet är hotad, det förekommer våld i familjen, en äldre person har lämnats utan vård eller bostaden har förlorats. Under tjänstetid sköts brådskande ärenden av områdets socialarbete, på kvällar, nätter och veckoslut av socialjouren. I nödsituationer ring 112.', 'Emergency social services help when help is needed at once: a child is at risk, there is domestic violence, an older person is left without care or a home has been lost. Out of office hours, call the emergency social services; in an emergency call 112.'],
    kw: ['sosiaalipäivystys', 'päivystys', 'kriisi', 'lähisuhdeväkivalta', 'lastensuojelu', 'hätä', 'socialjour', 'kris', 'emergency social'],
    tg: ['everyone'], crit: ['Kuka tahansa kiireellisessä sosiaalihuollon tarpeessa.', 'Vem som helst i brådskande behov av socialvård.', 'Anyone in urgent need of social care.'], cond: ['urgent_social_need'],
    quality: ['Puheluun vastataan ympäri vuorokauden; kiireellinen arvio ja tarvittaessa paikalle lähtö heti.', 'Samtal besvaras dygnet runt; brådskande bedömning och vid behov utryckning genast.', 'Calls answered 24/7; immediate assessment and outreach if needed.'],
    eligible: Math.round(OULU_POP * 0.01), special: [IMMIGRANT_CONTACT, SANCTIONS_CONTACT],
    at: [{ location: 'pphva-kaupunginsairaala', channels: [ch.phone('08 558 55999', hours(ALL_DAYS, '00:00', '23:59'), t('Päivystys 24/7', 'Jour 24/7', 'On call 24/7'))] }],
  }),
  simple({
    key: 'child-maintenance-officer', cls: 'child_protection',
    name: ['Lastenvalvoja', 'Barnatillsyningsman', 'Child maintenance officer'],
    summary: ['Elatus-, huolto-, asumis- ja tapaamissopimukset sekä isyyden ja äitiyden vahvistaminen; myös videovastaanotto.', 'Avtal om underhåll, vårdnad, boende och umgänge samt fastställande av faderskap och moderskap; också videomottagning.', 'Agreements on maintenance, custody, residence and contact, and confirming parenthood; video appointments available.'],
    desc: ['Lastenvalvoja auttaa vanhempia sopimaan lapsen huollosta, asumisesta, tapaamisista ja elatusavusta eron jälkeen ja vahvistaa sopimukset. Lastenvalvojalla myös vahvistetaan isyys tai äitiys, jos sitä ei ole tunnustettu neuvolassa. Tapaamiset voidaan järjestää videoyhteydellä esimerkiksi yhteispalvelupisteestä.', 'Barnatillsyningsmannen hjälper föräldrar att avtala om barnets vårdnad, boende, umgänge och underhållsbidrag efter en skilsmässa och fastställer avtalen. Hos barnatillsyningsmannen fastställs också faderskap eller moderskap om det inte har erkänts på rådgivningen. Mötena kan ordnas via video, till exempel från en samservicepunkt.', 'The child maintenance officer helps parents agree on custody, residence, contact and maintenance after separation and confirms agreements and parenthood. Meetings can be held by video, e.g. from a joint service point.'],
    kw: ['lastenvalvoja', 'elatusapu', 'elatussopimus', 'huoltajuus', 'tapaamisoikeus', 'ero', 'isyys', 'barnatillsyningsman', 'underhållsbidrag', 'vårdnad', 'child maintenance'],
    tg: ['parents', 'separating_families'], crit: ['Vanhemmat, joilla on alle 18-vuotias lapsi.', 'Föräldrar med barn under 18 år.', 'Parents of a child under 18.'], maxAge: 17, cond: ['separation_or_parenthood'],
    quality: ['Aika 4 viikon kuluessa; kiireellisissä tilanteissa (esim. elatuksen turvaaminen) 1 viikossa.', 'Tid inom 4 veckor; i brådskande fall inom en vecka.', 'Appointment within 4 weeks; urgent within 1 week.'],
    eligible: 2400,
    at: [
      { location: 'hyk-tuira', channels: [ch.inPerson(), ch.phone(regionTel(101), hours(MON_THU, '09:00', '11:00')), ch.video(`${E_SERVICE}/video/lastenvalvoja`), ch.eService(`${E_SERVICE}/lastenvalvoja`, t('Ajanvaraus ja sopimuspohjat', 'Tidsbokning och avtalsmallar', 'Booking and agreement templates'))] },
      { location: 'ysp-yli-ii', channels: [ch.video(`${E_SERVICE}/video/lastenvalvoja`, t('Videotapaaminen yhteispalvelupisteestä', 'Videomöte från samservicepunkten', 'Video meeting from the joint service point'))] },
    ],
  }),
  simple({
    key: 'child-protection-aftercare', cls: 'child_protection', group: 'youth',
    name: ['Lastensuojelun jälkihuolto', 'Barnskyddets eftervård', 'Child protection aftercare'],
    summary: ['Tukea itsenäistymiseen sijaishuollosta tai avohuollosta lähteneille 18–24-vuotiaille.', 'Stöd för självständighet för 18–24-åringar som lämnat vård utom hemmet eller öppenvård.', 'Support for 18–24-year-olds leaving care to live independently.'],
    desc: ['Jälkihuollossa nuorelle nimetään oma sosiaalityöntekijä ja tarvittaessa jälkihuollon ohjaaja, jotka tukevat asumisessa, opiskelussa, raha-asioissa ja arjen taidoissa. Jälkihuoltoon on oikeus 25 ikävuoteen asti.', 'Inom eftervården får den unga en egen socialarbetare och vid behov en eftervårdshandledare som stöder i boende, studier, ekonomi och vardagsfärdigheter. Rätten till eftervård gäller tills den unga fyller 25 år.', 'In aftercare the young person has a social worker and, if needed, an aftercare counsellor supporting housing, studies, money and everyday skills, up to age 25.'],
    kw: ['jälkihuolto', 'itsenäistyminen', 'sijaishuolto', 'nuori aikuinen', 'eftervård', 'aftercare', 'care leaver'],
    tg: ['young_adults_18_24'], crit: ['18–24-vuotiaat, jotka ovat olleet lastensuojelun sijaishuollossa tai avohuollon tukitoimena sijoitettuna.', '18–24-åringar som har varit placerade inom barnskyddet.', 'Ages 18–24 who were placed in care by child protection.'], minAge: 18, maxAge: 24, cond: ['former_child_protection_placement'],
    quality: ['Jälkihuoltosuunnitelma päivitetään vähintään vuosittain; nuori tapaa työntekijää vähintään kuukausittain.', 'Eftervårdsplanen uppdateras minst årligen; den unga träffar arbetstagaren minst en gång i månaden.', 'Aftercare plan updated yearly; monthly meetings.'],
    eligible: 420,
    at: [{ location: 'hyk-kontinkangas', channels: [ch.inPerson(), ch.phone(regionTel(102), hours(MON_FRI, '09:00', '11:00')), ch.chat(`${E_SERVICE}/chat/jalkihuolto`, hours(MON_THU, '13:00', '16:00'))] }],
  }),
  simple({
    key: 'foster-care', cls: 'child_protection',
    name: ['Perhehoito ja sijaisperheet', 'Familjevård och fosterfamiljer', 'Foster care and foster families'],
    summary: ['Lastensuojelun perhehoito sekä sijais- ja tukiperheiden valmennus ja tuki.', 'Barnskyddets familjevård samt utbildning och stöd för foster- och stödfamiljer.', 'Foster care and training and support for foster and support families.'],
    desc: ['Perhehoidossa lapsi asuu sijaisperheessä, kun hän ei voi asua kotona. Perhehoitoyksikkö rekrytoi ja valmentaa sijais- ja tukiperheitä (PRIDE-valmennus) ja tukee perheitä työnohjauksella ja vertaisryhmillä. Perheeksi voi ilmoittautua sähköisesti.', 'Inom familjevården bor barnet i en fosterfamilj när det inte kan bo hemma. Familjevårdsenheten rekryterar och utbildar foster- och stödfamiljer (PRIDE-utbildning) och stöder familjerna med handledning och kamratgrupper. Man kan anmäla sig som familj elektroniskt.', 'In foster care a child lives with a foster family. The unit recruits and trains foster and support families (PRIDE) and supports them with supervision and peer groups.'],
    kw: ['perhehoito', 'sijaisperhe', 'tukiperhe', 'sijoitus', 'PRIDE', 'familjevård', 'fosterfamilj', 'foster care'],
    tg: ['children_0_17', 'foster_families'], crit: ['Lapset, joiden sijaishuolto järjestetään perhehoitona; valmennukseen kaikki perhehoidosta kiinnostuneet.', 'Barn vars vård utom hemmet ordnas som familjevård; utbildningen är öppen för alla intresserade.', 'Children placed in foster care; training open to anyone interested.'], maxAge: 17, cond: ['placement_decision'],
    quality: ['Jokaisella perheellä nimetty perhehoidon sosiaalityöntekijä; työnohjaus vähintään 4 kertaa vuodessa.', 'Varje familj har en namngiven socialarbetare; handledning minst 4 gånger per år.', 'Each family has a named social worker; supervision at least 4 times a year.'],
    price: price('day', [['Perhehoitajan hoitopalkkio', 'Familjevårdarens arvode', 'Foster carer\'s fee', 3600], ['Kulukorvaus', 'Kostnadsersättning', 'Expense allowance', 2700], PL.overheads(1500)]),
    eligible: 380,
    at: [{ location: 'pphva-perhekeskus', channels: [...office(regionTel(103)), ch.eService(`${E_SERVICE}/perhehoito`, t('Ilmoittaudu perhehoitajaksi', 'Anmäl dig som familjevårdare', 'Apply to become a foster carer'))] }],
  }),
  ...(
    [
      ['hyk-tuira', 'Tuira', 'Tuira', 'Tuira', 201],
      ['hyk-kaakkuri', 'Kaakkuri', 'Kaakkuri', 'Kaakkuri', 202],
      ['hyk-haukipudas', 'Haukipudas', 'Haukipudas', 'Haukipudas', 203],
    ] as const
  ).map(([loc, fi, sv, en, n]) =>
    simple({
      key: `child-guidance-${loc.replace('hyk-', '')}`, cls: 'child_guidance',
      name: [`Perheneuvola, ${fi}`, `Familjerådgivningen, ${sv}`, `Family counselling clinic, ${en}`],
      summary: ['Tukea lapsen kasvuun, kehitykseen ja perheen vuorovaikutukseen, eroneuvontaa ja lasten psykologisia tutkimuksia.', 'Stöd för barnets uppväxt och utveckling och familjens samspel, rådgivning vid skilsmässa och psykologiska undersökningar av barn.', 'Support for child development and family relationships, separation counselling and child psychological assessments.'],
      desc: ['Perheneuvolan psykologit ja sosiaalityöntekijät auttavat, kun lapsen käytös, tunne-elämä tai kehitys huolestuttaa tai kun perheessä on ristiriitoja tai ero. Perheneuvolaan voi ottaa yhteyttä suoraan ilman lähetettä. Työ voi olla vanhempien ohjausta, lapsen tai perheen tapaamisia sekä lapsen psykologisia tutkimuksia.', 'Familjerådgivningens psykologer och socialarbetare hjälper när barnets beteende, känsloliv eller utveckling oroar eller när familjen har konflikter eller går igenom en skilsmässa. Man kan kontakta familjerådgivningen direkt utan remiss. Arbetet kan vara handledning för föräldrar, träffar med barnet eller familjen och psykologiska undersökningar.', 'Psychologists and social workers help when a child\'s behaviour, emotions or development are worrying, or with family conflict or separation. No referral needed.'],
      kw: ['perheneuvola', 'kasvatusneuvola', 'kasvatus- ja perheneuvonta', 'eroneuvonta', 'lapsen psykologi', 'familjerådgivning', 'uppfostringsrådgivning', 'family counselling'],
      tg: ['families_with_children', 'children_0_17'], crit: ['Perheet, joissa on alle 18-vuotias lapsi; ei lähetettä.', 'Familjer med barn under 18 år; ingen remiss.', 'Families with a child under 18; no referral.'], maxAge: 17,
      quality: ['Ensikontakti 2 viikossa yhteydenotosta; hoidon vaikutus arvioidaan yhdessä perheen kanssa.', 'Första kontakt inom 2 veckor; effekten utvärderas tillsammans med familjen.', 'First contact within 2 weeks; outcomes reviewed with the family.'],
      eligible: Math.round(OULU_POP * 0.006),
      at: [{ location: loc, channels: [ch.inPerson(), ch.phone(regionTel(n), hours(MON_FRI, '09:00', '11:00')), ch.video(`${E_SERVICE}/video/perheneuvola`)] }],
    }),
  ),
  simple({
    key: 'family-mediation', cls: 'child_guidance',
    name: ['Perheasioiden sovittelu', 'Medling i familjefrågor', 'Family mediation'],
    summary: ['Sovittelija auttaa eroavia vanhempia sopimaan lapsen asioista.', 'Medlaren hjälper föräldrar som skiljer sig att komma överens om barnets angelägenheter.', 'A mediator helps separating parents agree on matters concerning their child.'],
    desc: ['Perheasioiden sovittelussa koulutettu sovittelija auttaa vanhempia löytämään ratkaisut lapsen huoltoon, asumiseen ja tapaamisiin ennen kuin asia viedään tuomioistuimeen. Sovittelu on vapaaehtoista ja luottamuksellista.', 'Vid medling i familjefrågor hjälper en utbildad medlare föräldrarna att hitta lösningar om barnets vårdnad, boende och umgänge innan ärendet förs till domstol. Medlingen är frivillig och konfidentiell.', 'A trained mediator helps parents resolve custody, residence and contact before court. Voluntary and confidential.'],
    kw: ['sovittelu', 'perhesovittelu', 'ero', 'huoltoriita', 'medling', 'skilsmässa', 'mediation'],
    tg: ['separating_families'], crit: ['Eroavat tai eronneet vanhemmat, joilla on alle 18-vuotias lapsi.', 'Föräldrar som skiljer sig eller har skilt sig och har barn under 18 år.', 'Separating parents of a child under 18.'], cond: ['separation_or_parenthood'],
    quality: ['Ensitapaaminen 3 viikossa; molempia vanhempia kuullaan erikseen.', 'Första mötet inom 3 veckor; båda föräldrarna hörs separat.', 'First meeting within 3 weeks; both parents heard separately.'],
    eligible: 900,
    at: [{ location: 'pphva-perhekeskus', channels: [ch.inPerson(), ch.phone(regionTel(204), hours(MON_FRI, '09:00', '11:00')), ch.video(`${E_SERVICE}/video/sovittelu`)] }],
  }),
  simple({
    key: 'speech-therapy-adults', cls: 'speech_therapy', group: 'working_age',
    name: ['Aikuisten puheterapia', 'Talterapi för vuxna', 'Speech therapy for adults'],
    summary: ['Aivoverenkiertohäiriön, aivovamman tai etenevän sairauden jälkeinen puhe-, ääni- ja nielemiskuntoutus.', 'Rehabilitering av tal, röst och sväljning efter stroke, hjärnskada eller vid progressiv sjukdom.', 'Speech, voice and swallowing rehabilitation after stroke, brain injury or in progressive disease.'],
    desc: ['Aikuisten puheterapeutti arvioi ja kuntouttaa afasiaa, dysartriaa, äänihäiriöitä ja nielemisvaikeuksia. Kuntoutus voi olla yksilö- tai ryhmäterapiaa, etäterapiaa tai omaisten ohjausta.', 'Talterapeuten för vuxna bedömer och rehabiliterar afasi, dysartri, röststörningar och sväljningssvårigheter. Rehabiliteringen kan vara individuell terapi, gruppterapi, distansterapi eller handledning för anhöriga.', 'The adult speech therapist treats aphasia, dysarthria, voice and swallowing disorders through individual, group or remote therapy and family guidance.'],
    kw: ['puheterapia', 'afasia', 'nielemisvaikeus', 'aivoinfarkti', 'talterapi', 'afasi', 'speech therapy adults'],
    tg: ['adults_18_64', 'older_people_65_plus'], crit: ['Täysi-ikäiset lääkärin lähetteellä.', 'Vuxna med läkarremiss.', 'Adults with a doctor\'s referral.'], minAge: 18, cond: ['referral'],
    quality: ['Arvio 4 viikon kuluessa lähetteestä.', 'Bedömning inom 4 veckor från remissen.', 'Assessment within 4 weeks of referral.'],
    fee: { type: 'fixed', amountCents: 1270, unit: 'visit', rule: t('12,70 € / käynti.', '12,70 € / besök.', '€12.70 per visit.') },
    eligible: 700,
    at: [{ location: 'pphva-kaupunginsairaala', channels: [ch.inPerson(), ch.phone(regionTel(205), hours(MON_FRI, '08:00', '09:00')), ch.video(`${E_SERVICE}/video/puheterapia`)] }],
  }),
  simple({
    key: 'family-centre-guidance', cls: 'service_guidance', group: 'families_with_children',
    name: ['Perhekeskuksen palveluohjaus ja Perhe-chat', 'Familjecentrets servicehandledning och familjechatt', 'Family centre guidance and family chat'],
    summary: ['Yksi numero ja chat lapsiperheiden kysymyksiin: neuvola, varhaiskasvatus, perhetyö, järjestöjen toiminta.', 'Ett nummer och en chatt för barnfamiljers frågor: rådgivning, småbarnspedagogik, familjearbete, organisationernas verksamhet.', 'One number and chat for family questions: clinics, early education, family work, NGO activities.'],
    desc: ['Perhekeskuksen palveluohjaaja neuvoo lapsiperheitä löytämään oikean tuen: neuvolan, perhetyön, kotipalvelun, perheneuvolan sekä järjestöjen ja seurakuntien perhetoiminnan. Perhe-chatissa voi kysyä nimettömästi.', 'Familjecentrets servicehandledare hjälper barnfamiljer att hitta rätt stöd: rådgivning, familjearbete, hemservice, familjerådgivning samt organisationernas och församlingarnas familjeverksamhet. I familjechatten kan man fråga anonymt.', 'The family centre guide helps families find the right support, including NGO and parish activities. Ask anonymously in the family chat.'],
    kw: ['perhekeskus', 'perhe-chat', 'lapsiperhe', 'palveluohjaus', 'familjecenter', 'family centre'],
    tg: ['families_with_children'], crit: OPEN_TO_ALL,
    quality: ['Chat-kysymykseen vastataan aukioloaikana 10 minuutissa.', 'Chattfrågor besvaras inom 10 minuter under öppettiden.', 'Chat questions answered within 10 minutes during opening hours.'],
    eligible: Math.round(OULU_POP * 0.25),
    at: [{ location: 'pphva-perhekeskus', channels: [ch.walkIn(hours(MON_THU, '10:00', '14:00')), ch.phone(regionTel(206), hours(MON_FRI, '09:00', '15:00')), ch.chat(`${E_SERVICE}/chat/perhe`, hours(MON_FRI, '09:00', '15:00'))] }],
  }),
  // School, students, youth
  simple({
    key: 'upper-secondary-counsellors', cls: 'school_social_work', group: 'school_and_student_health',
    name: ['Toisen asteen opiskeluhuollon kuraattorit ja psykologit', 'Kuratorer och psykologer inom studerandevården på andra stadiet', 'Upper-secondary student counsellors and psychologists'],
    summary: ['Lukiolaisten ja ammattiin opiskelevien kuraattori- ja psykologipalvelut oppilaitoksissa ja chatissa.', 'Kurator- och psykologtjänster för gymnasister och yrkesstuderande på läroanstalterna och i chatten.', 'Counsellor and psychologist services for upper-secondary and vocational students on campus and by chat.'],
    desc: ['Kuraattorit ja psykologit tukevat opiskelijoita opiskeluun, jaksamiseen, ihmissuhteisiin ja raha-asioihin liittyvissä kysymyksissä. Palvelu on opiskelijalle maksutonta, ja ajan saa viimeistään 7. opiskelupäivänä.', 'Kuratorer och psykologer stöder studerande i frågor om studier, ork, relationer och ekonomi. Tjänsten är avgiftsfri och tid ges senast den sjunde studiedagen.', 'Counsellors and psychologists support students with studies, coping, relationships and money. Free; appointment within 7 school days.'],
    kw: ['kuraattori', 'opiskeluhuolto', 'psykologi', 'lukio', 'amis', 'kurator', 'studerandevård', 'student counsellor'],
    tg: ['students_16_19'], crit: ['Oulun toisen asteen oppilaitosten opiskelijat.', 'Studerande vid läroanstalter på andra stadiet i Uleåborg.', 'Students at Oulu upper-secondary institutions.'], minAge: 15, maxAge: 29, cond: ['student_enrolled'],
    quality: ['Keskusteluaika 7 opiskelupäivässä, kiireellisesti samana tai seuraavana päivänä.', 'Samtalstid inom 7 studiedagar, brådskande samma eller följande dag.', 'Meeting within 7 school days, urgently the same or next day.'],
    eligible: Math.round(OULU_POP * SHARE.age16to19 * 1.6),
    at: [{ location: 'hyk-tuira', channels: [ch.inPerson(), ch.phone(regionTel(301), hours(MON_FRI, '08:00', '10:00')), ch.chat(`${E_SERVICE}/chat/opiskelijat`, hours(MON_THU, '12:00', '15:00'))] }, { location: 'hyk-kontinkangas', channels: [ch.inPerson()] }],
  }),
  simple({
    key: 'ohjaamo', org: 'oulu', cls: 'youth_services',
    name: ['Ohjaamo Oulu', 'Ohjaamo Uleåborg', 'Ohjaamo Oulu'],
    summary: ['Alle 30-vuotiaiden matalan kynnyksen palvelupiste: työ, opiskelu, asuminen, raha-asiat ja hyvinvointi samasta paikasta.', 'Lågtröskelservicepunkt för under 30-åringar: arbete, studier, boende, ekonomi och välbefinnande på samma ställe.', 'One-stop guidance centre for under-30s: work, studies, housing, money and well-being in one place.'],
    desc: ['Ohjaamossa nuoria palvelevat samassa paikassa työllisyyspalvelut, Kela, nuorisotyö, opinto-ohjaus, sosiaaliohjaus ja terveydenhoitaja. Tule käymään ilman ajanvarausta tai kysy chatissa.', 'I Ohjaamo betjänas unga på samma ställe av sysselsättningstjänsterna, FPA, ungdomsarbetet, studiehandledningen, socialhandledningen och en hälsovårdare. Kom utan tidsbokning eller fråga i chatten.', 'At Ohjaamo, employment services, Kela, youth work, study guidance, social counselling and a nurse serve young people in one place. Drop in or use the chat.'],
    kw: ['ohjaamo', 'nuoret', 'työnhaku', 'opiskelu', 'asunto', 'kela', 'nuorten palvelut', 'unga', 'jobb', 'youth guidance'],
    tg: ['young_people_15_29'], crit: ['15–29-vuotiaat.', '15–29-åringar.', 'Ages 15–29.'], minAge: 15, maxAge: 29,
    quality: ['Asiakas saa ohjausta samana päivänä; jatkopolku sovitaan kirjallisesti.', 'Klienten får handledning samma dag; den fortsatta vägen avtalas skriftligt.', 'Guidance the same day; next steps agreed in writing.'],
    eligible: Math.round(OULU_POP * 0.18), special: [IMMIGRANT_CONTACT],
    at: [{ location: 'oulu-ohjaamo', channels: [ch.walkIn(hours(MON_THU, '10:00', '16:00')), ch.phone('08 558 47700', hours(MON_FRI, '10:00', '15:00')), ch.chat(`${E_SERVICE}/chat/ohjaamo`, hours(MON_FRI, '10:00', '15:00')), ch.video(`${E_SERVICE}/video/ohjaamo`)] }],
  }),
  simple({
    key: 'outreach-youth-work', org: 'oulu', cls: 'youth_services',
    name: ['Etsivä nuorisotyö', 'Uppsökande ungdomsarbete', 'Outreach youth work'],
    summary: ['Etsivä nuorisotyöntekijä tukee koulun tai työn ulkopuolelle jäänyttä nuorta löytämään oman polkunsa.', 'Uppsökande ungdomsarbetare stöder unga utanför skola och arbete att hitta sin väg.', 'Outreach youth workers support young people outside education or work.'],
    desc: ['Etsivä nuorisotyö on vapaaehtoista ja luottamuksellista tukea alle 29-vuotiaille, jotka ovat koulutuksen tai työelämän ulkopuolella tai tarvitsevat apua palvelujen piiriin pääsemiseksi. Työntekijä tapaa nuoren siellä missä nuori haluaa, myös kotona tai verkossa.', 'Uppsökande ungdomsarbete är frivilligt och konfidentiellt stöd för unga under 29 år som står utanför utbildning eller arbetsliv eller behöver hjälp att nå tjänster. Arbetstagaren träffar den unga där den unga vill, även hemma eller på nätet.', 'Voluntary, confidential support for under-29s outside education or work, meeting them where they wish, including at home or online.'],
    kw: ['etsivä nuorisotyö', 'etsivä', 'syrjäytyminen', 'nuori', 'uppsökande ungdomsarbete', 'outreach youth'],
    tg: ['young_people_15_29'], crit: ['Alle 29-vuotiaat, jotka tarvitsevat tukea koulutukseen, työhön tai palveluihin.', 'Unga under 29 år som behöver stöd till utbildning, arbete eller tjänster.', 'Under-29s needing support towards education, work or services.'], minAge: 15, maxAge: 28,
    quality: ['Yhteydenottoon vastataan 2 arkipäivässä.', 'Kontakter besvaras inom 2 vardagar.', 'Contacts answered within 2 working days.'],
    eligible: 1900,
    at: [{ location: 'oulu-ohjaamo', channels: [ch.phone('08 558 47710', hours(MON_FRI, '09:00', '16:00')), ch.chat(`${E_SERVICE}/chat/etsiva`, hours(MON_FRI, '12:00', '16:00')), ch.homeVisit()] }],
  }),
  simple({
    key: 'summer-job-voucher', org: 'oulu', cls: 'youth_services', langs: ['fi', 'sv', 'en'],
    name: ['Kesäseteli nuorille', 'Sommarsedel för unga', 'Summer job voucher for young people'],
    summary: ['Oululaiset 9.-luokkalaiset ja 15–17-vuotiaat saavat kesätyöhön setelin, jonka avulla työnantaja saa tukea palkkaan.', 'Ungdomar i årskurs 9 och 15–17-åringar i Uleåborg får en sedel som ger arbetsgivaren stöd för lönen.', 'Young people in grade 9 and aged 15–17 get a voucher that subsidises their summer-job wage.'],
    desc: ['Kesäseteli haetaan sähköisesti keväällä. Nuori etsii itse työpaikan, ja työnantaja saa kaupungilta tuen kahden viikon kesätyön palkkaan.', 'Sommarsedeln söks elektroniskt på våren. Den unga söker själv en arbetsplats och arbetsgivaren får stöd av staden för lönen för två veckors sommarjobb.', 'Apply online in spring. The young person finds a job; the employer gets city support for two weeks\' wages.'],
    kw: ['kesäseteli', 'kesätyö', 'kesäduuni', 'nuoret', 'sommarsedel', 'sommarjobb', 'summer job'],
    tg: ['young_people_15_17'], crit: ['Oululaiset 15–17-vuotiaat ja 9.-luokkalaiset.', '15–17-åringar och elever i årskurs 9 i Uleåborg.', 'Oulu residents aged 15–17 and 9th-graders.'], minAge: 15, maxAge: 17, cond: ['municipality_resident'],
    quality: ['Setelit myönnetään hakujärjestyksessä 2 viikon kuluessa.', 'Sedlarna beviljas i ansökningsordning inom 2 veckor.', 'Vouchers granted in order within 2 weeks.'],
    eligible: 7600,
    at: [{ location: 'oulu-ohjaamo', channels: [ch.eService(`${E_SERVICE}/kesaseteli`), ch.phone('08 558 47720', hours(MON_FRI, '10:00', '14:00'))] }],
  }),
  simple({
    key: 'youth-substance-clinic', cls: 'mental_health_substance', group: 'youth',
    name: ['Nuorisoasema – nuorten päihde- ja riippuvuuspalvelut', 'Ungdomsstationen – missbruks- och beroendetjänster för unga', 'Youth station – substance and addiction services for young people'],
    summary: ['13–24-vuotiaiden ja heidän läheistensä tuki päihteisiin, pelaamiseen ja digiriippuvuuteen.', 'Stöd för 13–24-åringar och deras närstående vid rusmedel, spel och digitalt beroende.', 'Support for 13–24-year-olds and their families with substances, gambling and digital addiction.'],
    desc: ['Nuorisoasemalla nuori voi keskustella päihteiden käytöstä, pelaamisesta tai muusta riippuvuudesta luottamuksellisesti. Myös vanhemmat voivat tulla yksin. Tarjolla on keskusteluja, perhetapaamisia, päihdeseulontaa ja ryhmiä.', 'På ungdomsstationen kan den unga konfidentiellt prata om bruk av rusmedel, spelande eller annat beroende. Även föräldrar kan komma ensamma. Det finns samtal, familjemöten, drogtester och grupper.', 'Young people can talk confidentially about substances, gambling or other addictions; parents can come alone too. Talks, family meetings, screening and groups.'],
    kw: ['nuorisoasema', 'nuoret', 'päihteet', 'kannabis', 'pelaaminen', 'riippuvuus', 'ungdomsstation', 'droger', 'youth substance'],
    tg: ['young_people_13_24', 'parents'], crit: ['13–24-vuotiaat ja heidän läheisensä; ei lähetettä.', '13–24-åringar och deras närstående; ingen remiss.', 'Ages 13–24 and their families; no referral.'], minAge: 13, maxAge: 24, cond: ['mental_health_or_substance_concern'],
    quality: ['Ensikäynti viikon sisällä; kiireellisesti samana päivänä.', 'Första besöket inom en vecka; brådskande samma dag.', 'First visit within a week; urgent same day.'],
    eligible: 1500,
    at: [{ location: 'hyp-valke', channels: [ch.inPerson(), ch.walkIn(hours([3], '13:00', '16:00')), ch.phone(regionTel(302), hours(MON_FRI, '09:00', '15:00')), ch.chat(`${E_SERVICE}/chat/nuorisoasema`, hours(MON_THU, '14:00', '18:00'))] }],
  }),
  simple({
    key: 'digital-youth-work', org: 'oulu', cls: 'youth_services', langs: ['fi', 'en'],
    name: ['Nuorten netti – digitaalinen nuorisotyö', 'Ungdomsnätet – digitalt ungdomsarbete', 'Youth online – digital youth work'],
    summary: ['Nuoriso-ohjaajat chatissa, Discordissa ja peli-illoissa iltaisin.', 'Ungdomsledare i chatt, på Discord och på spelkvällar på kvällarna.', 'Youth workers on chat, Discord and gaming nights in the evenings.'],
    desc: ['Digitaalinen nuorisotyö kohtaa nuoria siellä missä he ovat: chatissa, peliyhteisöissä ja somessa. Nuoriso-ohjaajat juttelevat, järjestävät peli-iltoja ja ohjaavat tarvittaessa muihin palveluihin.', 'Det digitala ungdomsarbetet möter unga där de är: i chatten, i spelgemenskaper och på sociala medier. Ungdomsledarna pratar, ordnar spelkvällar och hänvisar vid behov till andra tjänster.', 'Digital youth work meets young people in chats, gaming communities and social media, with gaming nights and referral onwards.'],
    kw: ['nuorisotyö', 'chat', 'discord', 'pelit', 'nuoret', 'ungdomsarbete', 'youth work online'],
    tg: ['young_people_10_17', 'young_people_15_29'], crit: ['10–29-vuotiaat.', '10–29-åringar.', 'Ages 10–29.'], minAge: 10, maxAge: 29,
    quality: ['Chat auki vähintään 4 iltana viikossa; moderointi ja turvallisuusohjeet.', 'Chatten öppen minst 4 kvällar i veckan; moderering och säkerhetsregler.', 'Chat open at least 4 evenings a week; moderated.'],
    eligible: Math.round(OULU_POP * 0.2),
    at: [{ location: 'oulu-ohjaamo', channels: [ch.chat(`${E_SERVICE}/chat/nuortennetti`, hours(MON_THU, '17:00', '21:00'))] }],
  }),
];

export const REGION_SERVICES_A: SeedService[] = [...AREA_SERVICES, ...REGION_SERVICES];
export { BUS_STOPS, FREE, office, OPEN_TO_ALL };
