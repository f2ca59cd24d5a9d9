/**
 * DEMO DATA — the welfare region's own services at each welfare centre and point (templates with
 * per-place variation). Part of the Oulu demo catalogue, see catalog-oulu.ts.
 */
import type { Language } from '@avain/domain';
import type { SeedChannel, SeedService } from './catalog-types.ts';
import { CENTRES, E_SERVICE, MON_FRI, MON_THU, OULU_POP, PL, PLACES, SHARE, ch, hours, mk, place, price, t, tel } from './catalog-oulu-base.ts';
import type { Place } from './catalog-oulu-base.ts';

export const slug = (p: Place): string => p.code.replace(/^hy[kp]-/, '');

export function langs(p: Place): Language[] {
  if (p.area === 'central' && p.kind === 'centre') return ['fi', 'sv', 'en'];
  if (['hyk-kaakkuri', 'hyk-myllyoja', 'hyp-valke', 'hyp-kaijonharju'].includes(p.code)) return ['fi', 'en'];
  return ['fi'];
}

export const IMMIGRANT_CONTACT = { group: 'immigrants' as const, name: 'Maahanmuuttajien palveluohjaus / Immigrant service guidance', phone: '08 558 55210', email: 'maahanmuuttajat@example.fi' };
export const DISABLED_CONTACT = { group: 'disabled' as const, name: 'Vammaispalvelujen palveluohjaaja / Disability service coordinator', phone: '08 558 55320', email: 'vammaispalvelut@example.fi' };
export const SANCTIONS_CONTACT = { group: 'criminal_sanctions' as const, name: 'Kriminaalisosiaalityön yhteyshenkilö / Contact for criminal sanctions clients', phone: '08 558 55330', email: 'kriminaalisosiaalityo@example.fi' };

const est = (p: Place, share: number, factor = 1): number => Math.round(p.pop * share * factor);
const isCentre = (p: Place): boolean => p.kind === 'centre';
/** Points are open fewer days (Yli-Ii Mon–Thu). */
const days = (p: Place): typeof MON_FRI => (p.code === 'hyp-yli-ii' ? MON_THU : MON_FRI);
const FREE_CLINIC = { type: 'free' as const, rule: t('Maksuton.', 'Avgiftsfri.', 'Free of charge.') };
const BOOKING = `${E_SERVICE}/ajanvaraus`;

function maternity(p: Place): SeedService {
  const yliIi = p.code === 'hyp-yli-ii';
  return mk({
    key: `maternity-clinic-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'maternity_clinic',
    name: t(`${p.gen} äitiysneuvola`, `Mödrarådgivningen i ${p.sv}`, `${p.en} maternity clinic`),
    summary: t(`Raskauden seuranta ja tuki odottavalle perheelle ${p.loc}.`, `Uppföljning av graviditeten och stöd för den väntande familjen i ${p.sv}.`, `Pregnancy follow-up and support for expectant families in ${p.en}.`),
    description: t(
      `Äitiysneuvolassa terveydenhoitaja ja lääkäri seuraavat raskauden kulkua sekä odottavan äidin, sikiön ja koko perheen hyvinvointia. Ensimmäinen käynti on raskausviikoilla 8–10; varaa aika heti, kun raskaus on todettu. Neuvolassa tehdään määräaikaistarkastukset ja laaja terveystarkastus, ohjataan sikiöseulontoihin ja järjestetään perhevalmennusta. Toinen vanhempi on tervetullut kaikille käynneille.${yliIi ? ' Yli-Iin neuvola on avoinna tiistaisin ja torstaisin; muina päivinä palvelee Haukiputaan neuvola.' : ''}`,
      `På mödrarådgivningen följer hälsovårdaren och läkaren graviditetens förlopp och den blivande mammans, fostrets och hela familjens välbefinnande. Det första besöket görs i graviditetsvecka 8–10; boka tid så snart graviditeten har konstaterats. Rådgivningen erbjuder periodiska kontroller och en omfattande hälsoundersökning, hänvisar till fosterscreening och ordnar familjeförberedelse. Den andra föräldern är välkommen på alla besök.${yliIi ? ' Rådgivningen i Överijo är öppen tisdagar och torsdagar; andra dagar betjänar rådgivningen i Haukipudas.' : ''}`,
      `At the maternity clinic a public health nurse and a doctor follow the pregnancy and the well-being of the mother, the baby and the whole family. The first visit is in weeks 8–10 of pregnancy; book as soon as the pregnancy is confirmed. The clinic offers regular check-ups, an extensive health examination, referral to prenatal screening and family coaching. The other parent is welcome at every visit.${yliIi ? ' The Yli-Ii clinic is open on Tuesdays and Thursdays; on other days, use the Haukipudas clinic.' : ''}`,
    ),
    keywords: ['neuvola', 'äitiysneuvola', 'raskaus', 'odottava äiti', 'raskaana', 'perhevalmennus', 'terveydenhoitaja', 'mödrarådgivning', 'rådgivning', 'gravid', 'graviditet', 'maternity', 'pregnancy', p.fi, p.sv],
    targetGroups: ['expectant_families', 'pregnant_people'],
    languages: langs(p),
    grantingCriteria: {
      text: t(`Raskaana olevat ja heidän perheensä, jotka asuvat ${p.gen} väestövastuualueella tai ovat valinneet neuvolan.`, `Gravida och deras familjer som bor i ${p.sv} område eller har valt rådgivningen.`, `Pregnant people and their families living in the ${p.en} area or having chosen this clinic.`),
      areas: [p.area],
      conditions: ['pregnancy'],
    },
    qualityCriteria: t('Ensikäynti raskausviikoilla 8–10; vähintään 8–9 määräaikaistarkastusta valtakunnallisen suosituksen mukaan; sama terveydenhoitaja koko raskauden ajan.', 'Första besöket i graviditetsvecka 8–10; minst 8–9 periodiska kontroller enligt den nationella rekommendationen; samma hälsovårdare under hela graviditeten.', 'First visit in weeks 8–10; at least 8–9 regular check-ups as nationally recommended; the same nurse throughout the pregnancy.'),
    fee: FREE_CLINIC,
    estimatedEligible: est(p, SHARE.births, p.childFactor),
    specialContacts: [IMMIGRANT_CONTACT],
    at: [
      {
        location: p.code,
        channels: [
          ch.inPerson(yliIi ? hours([2, 4], '08:00', '15:00') : undefined),
          ch.phone(tel(p, 10), hours(days(p), '12:00', '13:00'), t('Neuvolan puhelinaika', 'Rådgivningens telefontid', 'Clinic phone hour')),
          ch.eService(`${BOOKING}/neuvola`),
          ...(isCentre(p) ? [ch.video(`${E_SERVICE}/video/neuvola`, t('Osa käynneistä voidaan hoitaa videovastaanottona.', 'En del av besöken kan skötas som videomottagning.', 'Some visits can be held by video.'))] : []),
        ],
      },
    ],
  });
}

function childClinic(p: Place): SeedService {
  const dropIn = p.childFactor >= 1.2;
  const yliIi = p.code === 'hyp-yli-ii';
  const channels: SeedChannel[] = [
    ch.inPerson(yliIi ? hours([2, 4], '08:00', '15:00') : undefined),
    ch.phone(tel(p, 11), hours(days(p), '12:00', '13:00'), t('Neuvolan puhelinaika', 'Rådgivningens telefontid', 'Clinic phone hour')),
    ch.eService(`${BOOKING}/neuvola`),
  ];
  if (dropIn) channels.push(ch.walkIn(hours([5], '09:00', '11:00'), t('Avoin neuvola: punnitus ja kysymykset ilman ajanvarausta.', 'Öppen rådgivning: vägning och frågor utan tidsbokning.', 'Open clinic: weighing and questions without an appointment.')));
  return mk({
    key: `child-clinic-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'child_clinic',
    name: yliIi ? t('Yli-Iin neuvola (lasten- ja äitiysneuvola)', 'Rådgivningen i Överijo (barn- och mödrarådgivning)', 'Yli-Ii child and maternity clinic') : t(`${p.gen} lastenneuvola`, `Barnrådgivningen i ${p.sv}`, `${p.en} child health clinic`),
    summary: t(`Alle kouluikäisten lasten kasvun ja kehityksen seuranta, rokotukset ja vanhemmuuden tuki ${p.loc}.`, `Uppföljning av tillväxt och utveckling, vaccinationer och stöd i föräldraskapet för barn under skolåldern i ${p.sv}.`, `Growth and development checks, vaccinations and parenting support for children under school age in ${p.en}.`),
    description: t(
      `Lastenneuvolassa seurataan lapsen kasvua ja kehitystä syntymästä kouluikään ja tuetaan vanhempia kasvatuksessa ja arjessa. Ohjelmaan kuuluvat määräaikaistarkastukset, kansallisen rokotusohjelman rokotukset sekä laajat terveystarkastukset 4 kuukauden, 18 kuukauden ja 4 vuoden iässä, joihin kutsutaan molemmat vanhemmat. Tarvittaessa neuvola ohjaa perhetyöhön, puheterapiaan tai perheneuvolaan.${dropIn ? ' Perjantaiaamuisin on avoin neuvola ilman ajanvarausta.' : ''}`,
      `På barnrådgivningen följer man barnets tillväxt och utveckling från födseln till skolåldern och stöder föräldrarna i fostran och vardagen. Programmet omfattar periodiska kontroller, vaccinationer enligt det nationella vaccinationsprogrammet och omfattande hälsoundersökningar vid 4 månader, 18 månader och 4 år, till vilka båda föräldrarna kallas. Vid behov hänvisar rådgivningen till familjearbete, talterapi eller familjerådgivning.${dropIn ? ' På fredagsförmiddagar har rådgivningen öppen mottagning utan tidsbokning.' : ''}`,
      `The child health clinic follows the child's growth and development from birth to school age and supports parents. The programme includes regular check-ups, the national vaccination programme and extensive health examinations at 4 months, 18 months and 4 years, to which both parents are invited. When needed, the clinic refers to family work, speech therapy or child guidance.${dropIn ? ' On Friday mornings there is an open clinic without an appointment.' : ''}`,
    ),
    keywords: ['neuvola', 'lastenneuvola', 'lapsi', 'vauva', 'rokotus', 'rokotukset', 'terveydenhoitaja', '4-vuotistarkastus', 'barnrådgivning', 'rådgivning', 'vaccination', 'bebis', 'child clinic', 'baby', p.fi, p.sv],
    targetGroups: ['children_0_6', 'parents'],
    languages: langs(p),
    grantingCriteria: {
      text: t(`Alle kouluikäiset lapset (0–6 v) ja heidän vanhempansa ${p.gen} alueella tai neuvolan valinneet.`, `Barn under skolåldern (0–6 år) och deras föräldrar i ${p.sv} område eller som har valt rådgivningen.`, `Children under school age (0–6) and their parents in the ${p.en} area or having chosen the clinic.`),
      minAge: 0,
      maxAge: 6,
      areas: [p.area],
    },
    qualityCriteria: t('Kaikki asetuksen mukaiset määräaikaistarkastukset toteutuvat; rokotuskattavuus yli 95 %; laajoihin tarkastuksiin osallistuu molemmat vanhemmat.', 'Alla periodiska kontroller enligt förordningen genomförs; vaccinationstäckning över 95 %; båda föräldrarna deltar i de omfattande kontrollerna.', 'All statutory check-ups carried out; vaccination coverage above 95 %; both parents attend the extensive examinations.'),
    fee: FREE_CLINIC,
    estimatedEligible: est(p, SHARE.age0to6, p.childFactor),
    specialContacts: [IMMIGRANT_CONTACT],
    at: [{ location: p.code, channels }],
  });
}

function familyWork(p: Place): SeedService {
  return mk({
    key: `family-work-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'family_work',
    name: t(`Perhetyö, ${p.fi}`, `Familjearbete, ${p.sv}`, `Family work, ${p.en}`),
    summary: t('Lyhytaikaista tukea lapsiperheen arkeen, vanhemmuuteen ja vaikeisiin elämäntilanteisiin, usein kotikäynneillä.', 'Kortvarigt stöd för barnfamiljens vardag, föräldraskap och svåra livssituationer, ofta genom hembesök.', 'Short-term support for family life, parenting and difficult situations, often through home visits.'),
    description: t(
      `Ennaltaehkäisevä perhetyö tukee lapsiperheitä esimerkiksi vauva-arjessa, uupumuksessa, eron jälkeen tai kun lapsen käytös huolestuttaa. Perhetyöntekijä tapaa perhettä yleensä kotona 1–2 kertaa viikossa muutaman kuukauden ajan, ja yhdessä sovitaan tavoitteet. Tukea voi hakea ilman lastensuojelun asiakkuutta; yhteyttä voi ottaa perhe itse tai neuvolan terveydenhoitaja. ${p.gen} perhetyöntekijät toimivat osana hyvinvointikeskuksen perhepalveluja.`,
      `Förebyggande familjearbete stöder barnfamiljer till exempel i vardagen med en bebis, vid utmattning, efter en skilsmässa eller när barnets beteende oroar. Familjearbetaren träffar familjen oftast hemma en eller två gånger i veckan under några månader, och målen avtalas tillsammans. Stödet kan fås utan att familjen är klient inom barnskyddet; familjen själv eller hälsovårdaren på rådgivningen kan ta kontakt. Familjearbetarna i ${p.sv} är en del av välfärdscentralens familjetjänster.`,
      `Preventive family work supports families, for example with a new baby, exhaustion, after a separation or when a child's behaviour is worrying. A family worker usually visits the home once or twice a week for a few months, with goals agreed together. No child-protection client relationship is needed; the family or the clinic nurse can get in touch.`,
    ),
    keywords: ['perhetyö', 'perhetyöntekijä', 'lapsiperhe', 'vanhemmuus', 'uupumus', 'kotikäynti', 'familjearbete', 'familjearbetare', 'family work', p.fi],
    targetGroups: ['families_with_children', 'parents'],
    languages: langs(p),
    grantingCriteria: {
      text: t('Lapsiperheet, joissa on alle 18-vuotias lapsi ja tuen tarve arjessa; palvelutarpeen arvio tehdään ensimmäisillä tapaamisilla.', 'Barnfamiljer med barn under 18 år och behov av stöd i vardagen; bedömningen av servicebehovet görs vid de första träffarna.', 'Families with a child under 18 and a need for support; the need is assessed at the first meetings.'),
      maxAge: 17,
      areas: [p.area],
      conditions: ['family_support_need'],
    },
    qualityCriteria: t('Yhteydenotto perheeseen 7 vuorokauden kuluessa; kirjallinen suunnitelma tavoitteineen; tuen vaikutus arvioidaan 3 kuukauden välein.', 'Kontakt med familjen inom 7 dygn; skriftlig plan med mål; stödets effekt utvärderas var tredje månad.', 'Contact within 7 days; written plan with goals; effect reviewed every 3 months.'),
    fee: { type: 'free', rule: t('Ennaltaehkäisevä perhetyö on maksutonta.', 'Förebyggande familjearbete är avgiftsfritt.', 'Preventive family work is free.') },
    estimatedEligible: est(p, 0.004, p.childFactor),
    specialContacts: [IMMIGRANT_CONTACT],
    at: [{ location: p.code, channels: [ch.homeVisit(), ch.phone(tel(p, 12), hours(MON_FRI, '09:00', '11:00')), ch.inPerson()] }],
  });
}

function speechTherapy(p: Place): SeedService {
  return mk({
    key: `speech-therapy-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'speech_therapy',
    name: t(`Lasten puheterapia, ${p.fi}`, `Talterapi för barn, ${p.sv}`, `Speech therapy for children, ${p.en}`),
    summary: t('Puheen, kielen ja vuorovaikutuksen sekä syömisen vaikeuksien tutkimus ja kuntoutus.', 'Undersökning och rehabilitering av svårigheter med tal, språk, kommunikation och ätande.', 'Assessment and therapy for speech, language, communication and feeding difficulties.'),
    description: t(
      'Puheterapeutti tutkii ja kuntouttaa lasten puheen, kielen, vuorovaikutuksen sekä syömisen ja nielemisen vaikeuksia. Puheterapiaan tullaan neuvolan, varhaiskasvatuksen tai kouluterveydenhuollon lähetteellä. Kuntoutus voi olla yksilöterapiaa, vanhempien ohjausta tai etäterapiaa, ja puheterapeutti tekee yhteistyötä päiväkodin ja koulun kanssa.',
      'Talterapeuten undersöker och rehabiliterar barns svårigheter med tal, språk, kommunikation samt med att äta och svälja. Man kommer till talterapi på remiss från rådgivningen, småbarnspedagogiken eller skolhälsovården. Rehabiliteringen kan vara individuell terapi, handledning för föräldrar eller distansterapi, och talterapeuten samarbetar med daghemmet och skolan.',
      'A speech therapist assesses and treats children\'s speech, language, communication, feeding and swallowing difficulties, by referral from the child clinic, early education or school health care. Therapy may be individual sessions, parent guidance or remote therapy.',
    ),
    keywords: ['puheterapia', 'puheterapeutti', 'puhe', 'änkytys', 'kielen kehitys', 'talterapi', 'talterapeut', 'speech therapy', p.fi],
    targetGroups: ['children_0_17'],
    languages: langs(p),
    grantingCriteria: {
      text: t('Alle 18-vuotiaat, joilla on lähete ja todettu puheen tai kielen kehityksen viive tai häiriö.', 'Personer under 18 år med remiss och konstaterad försening eller störning i tal- eller språkutvecklingen.', 'Under-18s with a referral and a diagnosed speech or language delay or disorder.'),
      minAge: 0,
      maxAge: 17,
      areas: [p.area],
      conditions: ['referral', 'speech_development_concern'],
    },
    qualityCriteria: t('Arviointikäynti 3 kuukauden kuluessa lähetteestä; kuntoutussuunnitelma jokaiselle asiakkaalle.', 'Bedömningsbesök inom 3 månader från remissen; rehabiliteringsplan för varje klient.', 'Assessment within 3 months of referral; rehabilitation plan for each client.'),
    fee: FREE_CLINIC,
    estimatedEligible: est(p, 0.012, p.childFactor),
    at: [{ location: p.code, channels: [ch.inPerson(), ch.phone(tel(p, 13), hours(MON_FRI, '08:00', '09:00')), ch.video(`${E_SERVICE}/video/puheterapia`, t('Etäterapia', 'Distansterapi', 'Remote therapy'))] }],
  });
}

function schoolHealth(p: Place): SeedService {
  return mk({
    key: `school-health-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'school_health',
    name: t(`Kouluterveydenhuolto, ${p.gen} alue`, `Skolhälsovården, ${p.sv}`, `School health care, ${p.en} area`),
    summary: t('Peruskoululaisten terveystarkastukset, rokotukset ja terveydenhoitajan vastaanotto alueen kouluissa.', 'Hälsoundersökningar, vaccinationer och hälsovårdarens mottagning för grundskoleelever i områdets skolor.', 'Health checks, vaccinations and nurse appointments for comprehensive-school pupils in local schools.'),
    description: t(
      `Kouluterveydenhoitaja ja koululääkäri seuraavat oppilaiden kasvua, kehitystä ja hyvinvointia koko peruskoulun ajan. Laajat terveystarkastukset tehdään 1., 5. ja 8. luokalla, ja niihin kutsutaan myös huoltajat. Terveydenhoitajan vastaanotolle pääsee koulupäivän aikana myös ilman ajanvarausta. Palvelua annetaan ${p.gen} alueen kouluissa; hyvinvointikeskuksessa on koululääkärin vastaanotto.`,
      `Skolhälsovårdaren och skolläkaren följer elevernas tillväxt, utveckling och välbefinnande under hela grundskolan. Omfattande hälsoundersökningar görs i årskurs 1, 5 och 8, och även vårdnadshavarna kallas. Till hälsovårdaren kan man komma under skoldagen också utan tidsbokning. Tjänsten ges i skolorna i ${p.sv}; skolläkaren har mottagning i välfärdscentralen.`,
      `School nurses and doctors follow pupils' growth, development and well-being throughout comprehensive school. Extensive health examinations are in grades 1, 5 and 8, with guardians invited. Pupils can see the nurse during the school day without an appointment. The service is given in the schools of the ${p.en} area.`,
    ),
    keywords: ['kouluterveydenhoitaja', 'kouluterveydenhuolto', 'koululääkäri', 'terveystarkastus', 'rokotus', 'skolhälsovårdare', 'skolhälsovård', 'school nurse', p.fi],
    targetGroups: ['pupils_7_15', 'guardians'],
    languages: langs(p),
    grantingCriteria: { text: t(`${p.gen} alueen peruskoulujen oppilaat (7–15 v).`, `Elever i grundskolorna i ${p.sv} (7–15 år).`, `Comprehensive-school pupils (7–15) in the ${p.en} area.`), minAge: 7, maxAge: 15, areas: [p.area], conditions: ['school_enrolled'] },
    qualityCriteria: t('Terveydenhoitajan mitoitus enintään 600 oppilasta / hoitaja; kaikki määräaikaistarkastukset toteutuvat.', 'Högst 600 elever per hälsovårdare; alla periodiska kontroller genomförs.', 'At most 600 pupils per nurse; all statutory check-ups carried out.'),
    fee: FREE_CLINIC,
    estimatedEligible: est(p, SHARE.age7to15, p.childFactor),
    specialContacts: [IMMIGRANT_CONTACT],
    at: [{ location: p.code, channels: [ch.inPerson(undefined, t('Terveydenhoitajat ovat koulupäivinä alueen kouluissa.', 'Hälsovårdarna finns i områdets skolor under skoldagar.', 'Nurses are in the local schools on school days.')), ch.phone(tel(p, 14), hours(MON_FRI, '08:00', '09:00')), ch.eService(`${E_SERVICE}/wilma`, t('Viestit Wilman kautta', 'Meddelanden via Wilma', 'Messages via Wilma'))] }],
  });
}

function schoolSocialWork(p: Place): SeedService {
  return mk({
    key: `school-social-work-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'school_social_work',
    name: t(`Koulukuraattorit ja -psykologit, ${p.gen} alue`, `Skolkuratorer och skolpsykologer, ${p.sv}`, `School social workers and psychologists, ${p.en} area`),
    summary: t('Keskusteluapua ja tukea koulunkäyntiin, kaverisuhteisiin ja jaksamiseen.', 'Samtalsstöd för skolgång, kamratrelationer och ork.', 'Someone to talk to about school, friends and coping.'),
    description: t(
      'Koulukuraattori ja koulupsykologi tukevat oppilaiden koulunkäyntiä, hyvinvointia ja sosiaalisia suhteita. Yhteyttä voi ottaa oppilas itse, huoltaja tai koulun henkilökunta. Keskustelut ovat luottamuksellisia ja maksuttomia. Psykologi tekee myös oppimisen ja kehityksen arviointeja. Oppilaalla on oikeus päästä keskustelemaan viimeistään seitsemäntenä koulupäivänä yhteydenotosta, kiireellisessä asiassa samana tai seuraavana päivänä.',
      'Skolkuratorn och skolpsykologen stöder elevernas skolgång, välbefinnande och sociala relationer. Eleven själv, vårdnadshavaren eller skolans personal kan ta kontakt. Samtalen är konfidentiella och avgiftsfria. Psykologen gör också bedömningar av inlärning och utveckling. Eleven har rätt att få ett samtal senast den sjunde skoldagen efter kontakten, i brådskande fall samma eller följande dag.',
      'School social workers and psychologists support pupils\' schooling, well-being and relationships. Pupils, guardians or staff can get in touch; talks are confidential and free. Pupils have the right to a meeting within seven school days, urgently on the same or the next day.',
    ),
    keywords: ['kuraattori', 'koulukuraattori', 'koulupsykologi', 'kiusaaminen', 'opiskeluhuolto', 'kurator', 'skolpsykolog', 'mobbning', 'school counsellor', p.fi],
    targetGroups: ['pupils_7_15', 'students_16_19', 'guardians'],
    languages: langs(p),
    grantingCriteria: { text: t('Alueen perusopetuksen ja toisen asteen oppilaat ja opiskelijat.', 'Elever och studerande inom grundläggande utbildning och andra stadiet i området.', 'Pupils and students of basic and upper-secondary education in the area.'), minAge: 7, maxAge: 20, areas: [p.area], conditions: ['school_enrolled'] },
    qualityCriteria: t('Keskusteluaika viimeistään 7. koulupäivänä, kiireellisesti samana tai seuraavana päivänä (oppilas- ja opiskelijahuoltolaki).', 'Samtalstid senast den 7:e skoldagen, i brådskande fall samma eller följande dag (lagen om elev- och studerandevård).', 'Meeting within 7 school days, urgently the same or next day (Pupil and Student Welfare Act).'),
    fee: FREE_CLINIC,
    estimatedEligible: est(p, SHARE.age7to15 + SHARE.age16to19, p.childFactor),
    at: [{ location: p.code, channels: [ch.inPerson(), ch.phone(tel(p, 15), hours(MON_FRI, '08:00', '10:00')), ch.eService(`${E_SERVICE}/wilma`), ch.chat(`${E_SERVICE}/chat/kuraattori`, hours(MON_THU, '12:00', '15:00'))] }],
  });
}

function youthClinic(p: Place): SeedService {
  return mk({
    key: `youth-clinic-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'youth_services',
    name: t(`Nuorten vastaanotto, ${p.fi}`, `Ungdomsmottagningen i ${p.sv}`, `Youth clinic, ${p.en}`),
    summary: t('Matalan kynnyksen vastaanotto 13–24-vuotiaille: seksuaaliterveys, ehkäisy, mieliala ja päihteet.', 'Lågtröskelmottagning för 13–24-åringar: sexuell hälsa, preventivmedel, humör och rusmedel.', 'Low-threshold clinic for 13–24-year-olds: sexual health, contraception, mood and substances.'),
    description: t(
      `Nuorten vastaanotolla terveydenhoitaja ja tarvittaessa lääkäri tai psykiatrinen sairaanhoitaja auttavat nuoria terveyteen, seksuaalisuuteen, ehkäisyyn, mielialaan ja päihteisiin liittyvissä kysymyksissä. Vastaanotolle voi tulla ilman ajanvarausta avoimen vastaanoton aikana tai kysyä nimettömästi chatissa. ${p.gen} nuorten vastaanotto toimii yhteistyössä nuorisopalvelujen ja koulujen kanssa.`,
      `På ungdomsmottagningen hjälper hälsovårdaren och vid behov en läkare eller psykiatrisk sjukskötare unga med frågor om hälsa, sexualitet, preventivmedel, humör och rusmedel. Man kan komma utan tidsbokning under den öppna mottagningen eller fråga anonymt i chatten. Ungdomsmottagningen i ${p.sv} samarbetar med ungdomstjänsterna och skolorna.`,
      `At the youth clinic a nurse, and when needed a doctor or psychiatric nurse, helps young people with health, sexuality, contraception, mood and substance questions. Drop in during open hours or ask anonymously in the chat.`,
    ),
    keywords: ['nuorten vastaanotto', 'nuoret', 'ehkäisy', 'e-pilleri', 'seksuaaliterveys', 'mielenterveys', 'ungdomsmottagning', 'unga', 'preventivmedel', 'youth clinic', p.fi],
    targetGroups: ['young_people_13_24'],
    languages: langs(p),
    grantingCriteria: { text: t('13–24-vuotiaat nuoret; ei lähetettä eikä huoltajan lupaa tarvita.', 'Unga i åldern 13–24 år; ingen remiss eller vårdnadshavarens tillstånd behövs.', 'Young people aged 13–24; no referral or guardian\'s consent needed.'), minAge: 13, maxAge: 24 },
    qualityCriteria: t('Avoin vastaanotto vähintään kerran viikossa; kiireetön aika viikon sisällä; palaute kerätään jokaisen käynnin jälkeen.', 'Öppen mottagning minst en gång i veckan; icke-brådskande tid inom en vecka; respons samlas in efter varje besök.', 'Open clinic at least weekly; non-urgent appointment within a week; feedback after every visit.'),
    fee: FREE_CLINIC,
    estimatedEligible: est(p, 0.13),
    at: [{ location: p.code, channels: [ch.walkIn(hours([p.eveningDay ?? 3], '14:00', '17:00')), ch.chat(`${E_SERVICE}/chat/nuoret`, hours(MON_FRI, '12:00', '18:00'), t('Nimetön nuorten chat', 'Anonym chatt för unga', 'Anonymous youth chat')), ch.phone(tel(p, 16), hours(MON_FRI, '09:00', '11:00')), ch.inPerson()] }],
  });
}

function youthClub(p: Place): SeedService {
  return mk({
    key: `youth-club-${slug(p)}`,
    organization: 'oulu',
    serviceClass: 'youth_services',
    name: t(`${p.gen} nuorisotila`, `Ungdomslokalen i ${p.sv}`, `${p.en} youth club`),
    summary: t('Avoin kohtaamispaikka 10–17-vuotiaille: kavereita, pelejä, kokkailua ja nuoriso-ohjaajat paikalla.', 'Öppen mötesplats för 10–17-åringar: vänner, spel, matlagning och ungdomsledare på plats.', 'Open meeting place for 10–17-year-olds with games, cooking and youth workers.'),
    description: t(
      `Nuorisotila on turvallinen paikka tavata kavereita, pelata, kokkailla ja osallistua kerhoihin. Oulun kaupungin nuoriso-ohjaajat ovat paikalla ja auttavat myös arjen kysymyksissä, kuten koulunkäynnissä, kesätöissä ja kaverisuhteissa. Tila toimii ${p.gen} hyvinvointikeskuksen yhteydessä; toiminta on päihteetöntä ja maksutonta.`,
      `Ungdomslokalen är en trygg plats att träffa vänner, spela, laga mat och delta i klubbar. Uleåborgs stads ungdomsledare finns på plats och hjälper också med vardagsfrågor, som skolgång, sommarjobb och kamratrelationer. Lokalen finns i anslutning till välfärdscentralen i ${p.sv}; verksamheten är drogfri och avgiftsfri.`,
      `The youth club is a safe place to meet friends, play games, cook and join clubs. The city's youth workers are there and also help with everyday questions like school, summer jobs and friendships. Substance-free and free of charge.`,
    ),
    keywords: ['nuorisotila', 'nuorisotalo', 'nuorisotyö', 'nuoriso-ohjaaja', 'nuokkari', 'ungdomsgård', 'ungdomslokal', 'youth club', p.fi],
    targetGroups: ['young_people_10_17'],
    languages: langs(p).filter((l) => l !== 'sv'),
    grantingCriteria: { text: t('10–17-vuotiaat; ei ilmoittautumista.', '10–17-åringar; ingen anmälan.', 'Ages 10–17; no registration.'), minAge: 10, maxAge: 17 },
    qualityCriteria: t('Kaksi ohjaajaa paikalla aukioloaikoina; nuorten oma toimintaraati vaikuttaa ohjelmaan.', 'Två ledare på plats under öppettiderna; ungdomarnas eget råd påverkar programmet.', 'Two youth workers present during opening hours; a youth council shapes the programme.'),
    fee: { type: 'free', rule: t('Maksuton; retkistä voi olla pieni omavastuu.', 'Avgiftsfri; för utfärder kan det finnas en liten självrisk.', 'Free; trips may have a small fee.') },
    estimatedEligible: est(p, 0.085, p.childFactor),
    at: [{ location: p.code, channels: [ch.walkIn([...hours(MON_THU, '15:00', '20:00'), { weekday: 5, opens: '17:00', closes: '22:00' }]), ch.phone(tel(p, 17), hours(MON_FRI, '13:00', '16:00'))] }],
  });
}

function adultSocialWork(p: Place): SeedService {
  return mk({
    key: `adult-social-work-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'adult_social_work',
    name: t(`Aikuissosiaalityö, ${p.fi}`, `Socialt arbete för vuxna, ${p.sv}`, `Adult social work, ${p.en}`),
    summary: t('Sosiaalityöntekijän ja -ohjaajan tuki asumisen, talouden, työn ja arjen ongelmiin.', 'Stöd av socialarbetare och socialhandledare vid problem med boende, ekonomi, arbete och vardag.', 'Support from social workers with housing, money, work and everyday problems.'),
    description: t(
      'Aikuissosiaalityössä sosiaalityöntekijä ja sosiaaliohjaaja auttavat täysi-ikäisiä erilaisissa elämäntilanteissa: asumisen ja talouden vaikeuksissa, työttömyydessä, päihde- tai mielenterveysongelmien yhteydessä ja kriisien jälkeen. Yhdessä tehdään palvelutarpeen arvio ja tarvittaessa asiakassuunnitelma. Paljon palveluja tarvitseville nimetään vastuutyöntekijä ja laaditaan yhteinen palvelusuunnitelma.',
      'Inom det sociala arbetet för vuxna hjälper socialarbetaren och socialhandledaren myndiga personer i olika livssituationer: vid svårigheter med boende och ekonomi, arbetslöshet, missbruks- eller psykiska problem och efter kriser. Tillsammans görs en bedömning av servicebehovet och vid behov en klientplan. För den som behöver många tjänster utses en ansvarig arbetstagare och en gemensam serviceplan görs upp.',
      'Social workers help adults with housing and money problems, unemployment, substance or mental health issues and crises. A service-needs assessment and, where needed, a client plan are made together; clients with many needs get one responsible worker and a joint service plan.',
    ),
    keywords: ['sosiaalityö', 'sosiaalityöntekijä', 'sosiaaliohjaus', 'sossu', 'aikuissosiaalityö', 'asuminen', 'socialarbetare', 'socialbyrå', 'social worker', p.fi],
    targetGroups: ['adults_18_64'],
    languages: langs(p),
    grantingCriteria: { text: t('Täysi-ikäiset, joilla on sosiaalihuoltolain mukainen tuen tarve; palvelutarpeen arvio aloitetaan 7 arkipäivän kuluessa.', 'Myndiga personer med behov av stöd enligt socialvårdslagen; bedömningen av servicebehovet inleds inom 7 vardagar.', 'Adults needing support under the Social Welfare Act; assessment starts within 7 working days.'), minAge: 18, areas: [p.area], conditions: ['social_support_need'] },
    qualityCriteria: t('Palvelutarpeen arvio alkaa 7 arkipäivässä ja valmistuu 3 kuukaudessa; asiakassuunnitelma kaikille pitkäaikaisille asiakkaille.', 'Bedömningen inleds inom 7 vardagar och blir klar inom 3 månader; klientplan för alla långvariga klienter.', 'Assessment starts within 7 working days, completed within 3 months; client plan for all long-term clients.'),
    fee: { type: 'free', rule: t('Sosiaalityö on maksutonta.', 'Socialt arbete är avgiftsfritt.', 'Social work is free.') },
    estimatedEligible: est(p, 0.022),
    specialContacts: [IMMIGRANT_CONTACT, SANCTIONS_CONTACT],
    at: [{ location: p.code, channels: [ch.inPerson(), ch.phone(tel(p, 20), hours(MON_FRI, '09:00', '11:00'), t('Sosiaalityön puhelinaika', 'Socialarbetets telefontid', 'Social work phone hours')), ch.video(`${E_SERVICE}/video/sosiaalityo`), ch.eService(`${E_SERVICE}/viestit`, t('Suojattu viesti', 'Skyddat meddelande', 'Secure message'))] }],
  });
}

function mentalHealth(p: Place): SeedService {
  return mk({
    key: `mental-health-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'mental_health_substance',
    name: t(`Mielenterveys- ja päihdevastaanotto, ${p.fi}`, `Mottagningen för mentalvård och missbruk, ${p.sv}`, `Mental health and substance use clinic, ${p.en}`),
    summary: t('Apua masennukseen, ahdistukseen, uupumukseen sekä alkoholin, huumeiden ja pelaamisen ongelmiin ilman lähetettä.', 'Hjälp vid depression, ångest, utmattning samt problem med alkohol, droger och spel utan remiss.', 'Help with depression, anxiety, exhaustion and problems with alcohol, drugs or gambling — no referral needed.'),
    description: t(
      `Mielenterveys- ja päihdevastaanotto auttaa aikuisia, kun mieliala, ahdistus, unettomuus, kriisi tai päihteiden käyttö haittaa arkea. Vastaanotolle voi hakeutua ilman lähetettä: psykiatrinen sairaanhoitaja tekee ensiarvion, ja hoito voi olla lyhytinterventio, terapeuttinen ryhmä, nettiterapia tai ohjaus jatkohoitoon. Avovastaanotolle ${p.loc} voi tulla ilman ajanvarausta.`,
      `Mottagningen för mentalvård och missbruk hjälper vuxna när humöret, ångest, sömnlöshet, en kris eller bruk av rusmedel stör vardagen. Man kan söka sig till mottagningen utan remiss: en psykiatrisk sjukskötare gör den första bedömningen och vården kan vara en kort intervention, en terapeutisk grupp, nätterapi eller hänvisning till fortsatt vård. Till den öppna mottagningen i ${p.sv} kan man komma utan tidsbokning.`,
      `The clinic helps adults when mood, anxiety, insomnia, a crisis or substance use disrupts daily life. No referral needed: a psychiatric nurse makes the first assessment; care may be a brief intervention, a group, online therapy or referral onwards. Drop-in hours are available.`,
    ),
    keywords: ['mielenterveys', 'päihde', 'masennus', 'ahdistus', 'alkoholi', 'huumeet', 'peliriippuvuus', 'depparit', 'psykiatrinen sairaanhoitaja', 'mielenterveystoimisto', 'mentalvård', 'missbruk', 'depression', 'ångest', 'mental health', p.fi],
    targetGroups: ['adults_18_64', 'adults_65_plus'],
    languages: langs(p),
    grantingCriteria: { text: t('Täysi-ikäiset, joilla on mielenterveyteen tai päihteiden käyttöön liittyvä huoli; ei lähetettä.', 'Myndiga personer med oro för psykisk hälsa eller bruk av rusmedel; ingen remiss.', 'Adults with a mental health or substance use concern; no referral.'), minAge: 18, conditions: ['mental_health_or_substance_concern'] },
    qualityCriteria: t('Hoidon tarpeen arvio 3 arkipäivässä; hoito alkaa 14 vuorokauden kuluessa (hoitotakuu); kiireellisessä tilanteessa samana päivänä.', 'Bedömning av vårdbehovet inom 3 vardagar; vården inleds inom 14 dygn (vårdgaranti); i brådskande fall samma dag.', 'Needs assessment within 3 working days; treatment within 14 days; urgent cases the same day.'),
    fee: { type: 'free', rule: t('Mielenterveys- ja päihdetyön avohoitokäynnit ovat maksuttomia.', 'Besök inom mentalvårds- och missbrukarvårdens öppenvård är avgiftsfria.', 'Outpatient mental health and substance visits are free.') },
    estimatedEligible: est(p, 0.06),
    specialContacts: [SANCTIONS_CONTACT, IMMIGRANT_CONTACT],
    at: [{ location: p.code, channels: [ch.walkIn(hours([p.eveningDay ?? 2], '08:00', '10:00'), t('Avovastaanotto ilman ajanvarausta', 'Öppen mottagning utan tidsbokning', 'Drop-in without appointment')), ch.phone(tel(p, 21), hours(MON_FRI, '08:00', '15:00')), ch.chat(`${E_SERVICE}/chat/mielenterveys`, hours(MON_THU, '12:00', '18:00')), ch.video(`${E_SERVICE}/video/mielenterveys`), ch.inPerson()] }],
  });
}

function psychologist(p: Place): SeedService {
  return mk({
    key: `psychologist-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'psychologist',
    name: t(`Psykologin vastaanotto, ${p.fi}`, `Psykologmottagningen i ${p.sv}`, `Psychologist, ${p.en}`),
    summary: t('Lyhyet keskusteluhoidot ja psykologiset arviot työikäisille.', 'Korta samtalsbehandlingar och psykologiska bedömningar för vuxna i arbetsför ålder.', 'Short talking therapies and psychological assessments for working-age adults.'),
    description: t(
      'Psykologi tarjoaa lyhytterapiaa (5–10 käyntiä) lieviin ja keskivaikeisiin mielenterveyden ongelmiin, kuten ahdistukseen, alakuloisuuteen ja stressiin, sekä psykologisia tutkimuksia esimerkiksi työkyvyn arviointiin. Vastaanotolle ohjaudutaan hoitajan tai lääkärin arvion kautta. Käytössä ovat myös ohjatut nettiterapiat.',
      'Psykologen erbjuder korttidsterapi (5–10 besök) för lindriga och medelsvåra psykiska problem som ångest, nedstämdhet och stress, samt psykologiska undersökningar till exempel för bedömning av arbetsförmågan. Man hänvisas till mottagningen via en bedömning av skötare eller läkare. Även handledda nätterapier används.',
      'The psychologist offers short therapy (5–10 sessions) for mild and moderate problems such as anxiety, low mood and stress, and psychological assessments e.g. of work ability. Access after a nurse or doctor assessment; guided online therapies are also available.',
    ),
    keywords: ['psykologi', 'terapia', 'lyhytterapia', 'keskusteluapu', 'stressi', 'psykolog', 'terapi', 'psychologist', p.fi],
    targetGroups: ['adults_18_64'],
    languages: langs(p),
    grantingCriteria: { text: t('18–64-vuotiaat, joille hoitaja tai lääkäri on arvioinut psykologin palvelun tarpeen.', '18–64-åringar som skötare eller läkare har bedömt att behöver psykologtjänster.', 'Ages 18–64 assessed by a nurse or doctor as needing a psychologist.'), minAge: 18, maxAge: 64, conditions: ['referral'] },
    qualityCriteria: t('Ensikäynti 3 viikon kuluessa ohjauksesta; vaikuttavuus mitataan alku- ja loppukyselyllä (esim. PHQ-9, GAD-7).', 'Första besöket inom 3 veckor från hänvisningen; effekten mäts med enkät i början och slutet (t.ex. PHQ-9, GAD-7).', 'First visit within 3 weeks; outcomes measured at start and end (e.g. PHQ-9, GAD-7).'),
    fee: { type: 'free', rule: t('Maksuton.', 'Avgiftsfri.', 'Free of charge.') },
    estimatedEligible: est(p, 0.02),
    at: [{ location: p.code, channels: [ch.inPerson(), ch.video(`${E_SERVICE}/video/psykologi`), ch.phone(tel(p, 22), hours(MON_FRI, '08:00', '09:00'))] }],
  });
}

function dayCentre(p: Place): SeedService {
  const dayList: typeof MON_FRI = p.kind === 'point' ? [2, 4] : MON_FRI;
  return mk({
    key: `day-centre-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'day_centre',
    name: t(`Ikäihmisten päivätoiminta, ${p.fi}`, `Dagverksamhet för äldre, ${p.sv}`, `Day activities for older people, ${p.en}`),
    summary: t('Yhteisöllistä päivätoimintaa, liikuntaa, muistin virkistystä, ruokailu ja sauna kotona asuville ikäihmisille.', 'Gemenskap, motion, minnesträning, måltider och bastu för äldre som bor hemma.', 'Company, exercise, memory activities, meals and sauna for older people living at home.'),
    description: t(
      `Päivätoiminta tukee kotona asuvan ikäihmisen toimintakykyä ja tuo arkeen seuraa. Ryhmä kokoontuu ${p.loc} 1–2 kertaa viikossa: ohjelmassa on liikuntaa, muistia virkistäviä tehtäviä, lounas ja päiväkahvi sekä mahdollisuus saunaan. Päivätoiminta antaa samalla vapaata omaishoitajalle. Kuljetus järjestetään tarvittaessa.`,
      `Dagverksamheten stöder funktionsförmågan hos äldre som bor hemma och ger sällskap i vardagen. Gruppen träffas i ${p.sv} en eller två gånger i veckan: programmet omfattar motion, minnesövningar, lunch och eftermiddagskaffe samt möjlighet till bastu. Samtidigt får närståendevårdaren ledigt. Transport ordnas vid behov.`,
      `Day activities support the functional ability of older people living at home. The group meets once or twice a week with exercise, memory activities, lunch, coffee and sauna. It also gives family carers a break. Transport is arranged when needed.`,
    ),
    keywords: ['päivätoiminta', 'päiväkeskus', 'ikäihmiset', 'vanhukset', 'seniorit', 'omaishoitaja', 'dagverksamhet', 'dagcenter', 'äldre', 'day centre', p.fi],
    targetGroups: ['older_people_65_plus', 'family_carers'],
    languages: ['fi'],
    grantingCriteria: { text: t('Kotona asuvat ikäihmiset, joiden toimintakyky on heikentynyt tai jotka ovat yksinäisiä; myönnetään palvelutarpeen arvion perusteella.', 'Äldre som bor hemma och har nedsatt funktionsförmåga eller är ensamma; beviljas på basis av en bedömning av servicebehovet.', 'Older people at home with reduced functional ability or loneliness; granted after a needs assessment.'), minAge: 65, areas: [p.area], conditions: ['service_needs_assessment'] },
    qualityCriteria: t('Ryhmäkoko enintään 12; toimintakyky arvioidaan puolen vuoden välein; asiakaspalaute kahdesti vuodessa.', 'Högst 12 i gruppen; funktionsförmågan bedöms varje halvår; kundrespons två gånger per år.', 'At most 12 per group; functional ability reviewed every six months; feedback twice a year.'),
    fee: { type: 'fixed', amountCents: 1500, unit: 'day', rule: t('15,00 € / päivä sisältäen aterian; kuljetus 3,50 € / suunta.', '15,00 € / dag inklusive måltid; transport 3,50 € / riktning.', '€15.00 per day including meal; transport €3.50 each way.') },
    purchasePrice: price('day', [PL.staff(6200), PL.meals(950), PL.premises(1400), PL.travel(1800), PL.overheads(850)]),
    estimatedEligible: est(p, SHARE.age75plus * 0.06, p.olderFactor),
    at: [{ location: p.code, channels: [ch.inPerson(hours(dayList, '09:00', '14:00')), ch.phone(tel(p, 30), hours(MON_FRI, '09:00', '12:00'))] }],
  });
}

function reception(p: Place): SeedService {
  const centre = isCentre(p);
  const walkIn = centre ? hours(MON_FRI, '08:00', '10:00') : hours(p.code === 'hyp-yli-ii' ? [2] : [1, 3], '08:00', '10:00');
  const evening = p.eveningDay;
  return mk({
    key: `reception-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'reception',
    name: centre ? t(`${p.gen} terveysasema – lääkärin ja hoitajan vastaanotto`, `Hälsostationen i ${p.sv} – läkar- och skötarmottagning`, `${p.en} health station – doctor and nurse appointments`) : t(`${p.gen} hoitajan vastaanotto`, `Skötarmottagningen i ${p.sv}`, `${p.en} nurse appointments`),
    summary: centre ? t('Äkillisten ja pitkäaikaisten sairauksien hoito, hoidon tarpeen arvio, todistukset ja pitkäaikaissairaiden seuranta.', 'Vård av akuta och långvariga sjukdomar, bedömning av vårdbehov, intyg och uppföljning av långtidssjuka.', 'Care for acute and long-term illness, needs assessment, certificates and chronic disease follow-up.') : t('Sairaanhoitajan vastaanotto, haavanhoito, rokotukset ja lääkärin etävastaanotto.', 'Sjukskötarmottagning, sårvård, vaccinationer och läkarens distansmottagning.', 'Nurse appointments, wound care, vaccinations and remote doctor appointments.'),
    description: centre
      ? t(
          `Terveysaseman vastaanotolla hoidetaan äkilliset ja pitkäaikaiset sairaudet. Hoidon tarve arvioidaan puhelimessa, chatissa tai paikan päällä, minkä jälkeen saat ajan sairaanhoitajalle tai lääkärille. Vastaanotto hoitaa myös diabeteksen, astman ja verenpainetaudin seurannan, rokotukset ja todistukset. ${p.gen} terveysasemalla on iltavastaanotto ${evening === 1 ? 'maanantaisin' : evening === 2 ? 'tiistaisin' : evening === 3 ? 'keskiviikkoisin' : 'torstaisin'} klo 20 asti. Kiireettömään hoitoon pääsee hoitotakuun mukaisesti 14 vuorokaudessa.`,
          `På hälsostationens mottagning vårdas akuta och långvariga sjukdomar. Vårdbehovet bedöms per telefon, i chatten eller på plats, och därefter får du tid till sjukskötare eller läkare. Mottagningen sköter också uppföljning av diabetes, astma och högt blodtryck, vaccinationer och intyg. Hälsostationen i ${p.sv} har kvällsmottagning ${evening === 1 ? 'på måndagar' : evening === 2 ? 'på tisdagar' : evening === 3 ? 'på onsdagar' : 'på torsdagar'} till kl. 20. Icke-brådskande vård ges enligt vårdgarantin inom 14 dygn.`,
          `The health station treats acute and long-term illness. Your need for care is assessed by phone, chat or on site, after which you get an appointment with a nurse or doctor. Diabetes, asthma and blood pressure follow-up, vaccinations and certificates are also handled. Evening appointments until 8 pm one day a week. Non-urgent care within 14 days under the care guarantee.`,
        )
      : t(
          `Hyvinvointipisteessä sairaanhoitaja hoitaa haavat, ompeleiden poistot, rokotukset, verenpaineen seurannan ja pitkäaikaissairauksien kontrollit. Lääkärin vastaanotto järjestetään tarvittaessa videoyhteydellä tai ${p.kind === 'point' ? 'lähimmässä hyvinvointikeskuksessa' : ''}. Hoitajan avovastaanotolle voi tulla ilman ajanvarausta.`,
          `I välfärdspunkten sköter sjukskötaren sår, borttagning av stygn, vaccinationer, blodtrycksuppföljning och kontroller av långtidssjukdomar. Läkarmottagning ordnas vid behov via video eller i närmaste välfärdscentral. Till skötarens öppna mottagning kan man komma utan tidsbokning.`,
          `At the welfare point a nurse handles wounds, stitch removal, vaccinations, blood pressure and chronic disease checks. A doctor is available by video or at the nearest welfare centre. Drop in to the nurse's open hours without an appointment.`,
        ),
    keywords: ['terveysasema', 'terkkari', 'lääkäri', 'sairaanhoitaja', 'hoitaja', 'vastaanotto', 'ajanvaraus', 'flunssa', 'rokotus', 'hälsostation', 'läkare', 'sjukskötare', 'mottagning', 'doctor', 'nurse', 'health centre', p.fi, p.sv],
    targetGroups: ['everyone'],
    languages: langs(p),
    grantingCriteria: { text: t('Kaikki alueen asukkaat; väestövastuualueen voi valita vapaasti hyvinvointialueen sisällä.', 'Alla invånare i området; man kan fritt välja hälsostation inom välfärdsområdet.', 'All residents; any health station in the region can be chosen.') },
    qualityCriteria: t('Yhteydenotto samana päivänä; hoidon tarpeen arvio 3 arkipäivässä; kiireetön hoito 14 vuorokaudessa; puhelun odotus alle 15 min tai takaisinsoitto.', 'Kontakt samma dag; bedömning av vårdbehov inom 3 vardagar; icke-brådskande vård inom 14 dygn; väntetid i telefon under 15 min eller återuppringning.', 'Same-day contact; assessment within 3 working days; non-urgent care within 14 days; phone wait under 15 min or call-back.'),
    fee: { type: 'fixed', amountCents: 2550, unit: 'visit', rule: t('Lääkärikäynti 25,50 € (asiakasmaksulaki), peritään enintään kolmelta käynniltä kalenterivuodessa samassa yksikössä; sairaanhoitajan käynti maksuton; alle 18-vuotiaille maksuton; käyttämättä jätetty aika 51,50 €. Maksukatto on voimassa.', 'Läkarbesök 25,50 € (lagen om klientavgifter), tas ut för högst tre besök per kalenderår i samma enhet; besök hos sjukskötare avgiftsfritt; avgiftsfritt för personer under 18 år; outnyttjad tid 51,50 €. Avgiftstaket gäller.', 'Doctor visit €25.50 (Client Fees Act), charged for at most three visits a year at the same unit; nurse visits free; free for under-18s; missed appointment €51.50. The annual fee cap applies.') },
    purchasePrice: centre ? price('visit', [PL.doctor(5400), PL.staff(2600), PL.supplies(900), PL.premises(1500), PL.overheads(1300)]) : undefined,
    estimatedEligible: p.pop,
    specialContacts: [IMMIGRANT_CONTACT, DISABLED_CONTACT],
    at: [
      {
        location: p.code,
        channels: [
          ch.inPerson(),
          ch.phone(tel(p, 1), hours(days(p), '08:00', '15:00'), t('Hoidon tarpeen arvio ja ajanvaraus; takaisinsoitto', 'Bedömning av vårdbehov och tidsbokning; återuppringning', 'Needs assessment and booking; call-back')),
          ch.chat(`${E_SERVICE}/chat/terveysasema`, hours(MON_FRI, '08:00', '16:00')),
          ch.eService(`${E_SERVICE}/oirearvio`, t('Sähköinen oirearvio ja ajanvaraus', 'Elektronisk symtombedömning och tidsbokning', 'Online symptom checker and booking')),
          ch.walkIn(walkIn, t('Hoitajan avovastaanotto ilman ajanvarausta', 'Skötarens öppna mottagning utan tidsbokning', 'Nurse drop-in without appointment')),
          ...(centre ? [ch.video(`${E_SERVICE}/video/vastaanotto`)] : [ch.video(`${E_SERVICE}/video/vastaanotto`, t('Lääkärin etävastaanotto', 'Läkarens distansmottagning', 'Remote doctor appointment'))]),
        ],
      },
    ],
  });
}

function physiotherapy(p: Place): SeedService {
  return mk({
    key: `physiotherapy-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'physiotherapy',
    name: t(`Fysioterapia, ${p.fi}`, `Fysioterapi, ${p.sv}`, `Physiotherapy, ${p.en}`),
    summary: t('Tuki- ja liikuntaelinvaivojen arviointi ja hoito; fysioterapeutin suoravastaanotto ilman lähetettä.', 'Bedömning och behandling av besvär i stöd- och rörelseorganen; direktmottagning hos fysioterapeut utan remiss.', 'Assessment and treatment of musculoskeletal problems; direct access without referral.'),
    description: t(
      'Fysioterapeutti arvioi ja hoitaa tuki- ja liikuntaelinten vaivoja ja ohjaa omahoitoon ja liikuntaan. Äkillisissä selkä-, niska- ja nivelvaivoissa voit varata ajan suoraan fysioterapeutille ilman lääkärin lähetettä. Lisäksi järjestetään ryhmiä (esim. selkäkoulu, kaatumisten ehkäisy) ja etäfysioterapiaa videolla.',
      'Fysioterapeuten bedömer och behandlar besvär i stöd- och rörelseorganen och ger handledning i egenvård och motion. Vid akuta rygg-, nack- och ledbesvär kan du boka tid direkt till fysioterapeuten utan läkarremiss. Dessutom ordnas grupper (t.ex. ryggskola, fallprevention) och distansfysioterapi via video.',
      'Physiotherapists assess and treat musculoskeletal problems and guide self-care and exercise. For acute back, neck and joint pain you can book directly without a doctor\'s referral. Groups (back school, fall prevention) and video physiotherapy are also available.',
    ),
    keywords: ['fysioterapia', 'fysioterapeutti', 'fysiatri', 'selkäkipu', 'niska', 'kuntoutus', 'fysioterapi', 'ryggont', 'physiotherapy', 'physio', p.fi],
    targetGroups: ['everyone'],
    languages: langs(p),
    grantingCriteria: { text: t('Kaikki alueen asukkaat; suoravastaanotolle äkillisissä tuki- ja liikuntaelinvaivoissa ilman lähetettä, muuten lähetteellä.', 'Alla invånare; direktmottagning vid akuta besvär i stöd- och rörelseorganen utan remiss, annars med remiss.', 'All residents; direct access for acute musculoskeletal problems, otherwise by referral.') },
    qualityCriteria: t('Suoravastaanottoaika 7 vuorokauden kuluessa; toimintakyvyn muutos mitataan (esim. PSFS).', 'Tid till direktmottagning inom 7 dygn; förändringen i funktionsförmågan mäts (t.ex. PSFS).', 'Direct-access appointment within 7 days; functional change measured (e.g. PSFS).'),
    fee: { type: 'fixed', amountCents: 1270, unit: 'visit', rule: t('Yksilöllinen fysioterapia 12,70 € / käynti; alle 18-vuotiaille maksuton; ryhmät maksuttomia.', 'Individuell fysioterapi 12,70 € / besök; avgiftsfritt under 18 år; grupper avgiftsfria.', 'Individual physiotherapy €12.70 per visit; free under 18; groups free.') },
    purchasePrice: price('visit', [PL.staff(4200), PL.premises(900), PL.supplies(300), PL.overheads(700)]),
    estimatedEligible: est(p, 0.07),
    at: [{ location: p.code, channels: [ch.inPerson(), ch.phone(tel(p, 2), hours(MON_FRI, '08:00', '09:30')), ch.eService(`${BOOKING}/fysioterapia`), ch.video(`${E_SERVICE}/video/fysioterapia`, t('Etäfysioterapia', 'Distansfysioterapi', 'Remote physiotherapy'))] }],
  });
}

function laboratory(p: Place): SeedService {
  const centre = isCentre(p);
  const walk = centre ? hours(MON_FRI, '07:30', '11:00') : p.code === 'hyp-yli-ii' ? hours([2], '08:00', '10:00') : hours([1, 3, 5], '08:00', '10:30');
  return mk({
    key: `laboratory-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'laboratory',
    name: t(`Laboratorio, ${p.fi}`, `Laboratoriet i ${p.sv}`, `Laboratory, ${p.en}`),
    summary: t('Verikokeet, virtsanäytteet ja EKG lääkärin tai hoitajan tilauksesta; ajanvaraus tai jonotus.', 'Blodprov, urinprov och EKG på beställning av läkare eller skötare; tidsbokning eller kö.', 'Blood and urine tests and ECG ordered by a doctor or nurse; book or queue.'),
    description: t(
      `Laboratoriossa otetaan lääkärin tai hoitajan tilaamat näytteet: verikokeet, virtsanäytteet, EKG ja glukoosirasituskokeet. Varaa aika verkossa tai tule jonotusaikana ilman ajanvarausta. Paastoa vaativat näytteet otetaan aamuisin. ${centre ? '' : `${p.gen} hyvinvointipisteessä näytteenotto on vain osana viikkoa.`}`,
      `I laboratoriet tas prover som läkaren eller skötaren har beställt: blodprov, urinprov, EKG och glukosbelastning. Boka tid på nätet eller kom utan tidsbokning under kötiden. Prover som kräver fasta tas på morgonen. ${centre ? '' : `I välfärdspunkten i ${p.sv} sker provtagning endast vissa dagar.`}`,
      `Samples ordered by a doctor or nurse are taken here: blood, urine, ECG and glucose tolerance tests. Book online or queue during walk-in hours. Fasting samples are taken in the morning.`,
    ),
    keywords: ['laboratorio', 'labra', 'verikoe', 'verikokeet', 'näytteenotto', 'ekg', 'labb', 'blodprov', 'provtagning', 'laboratory', 'blood test', p.fi],
    targetGroups: ['everyone'],
    languages: langs(p),
    grantingCriteria: { text: t('Asiakkaat, joille on tilattu laboratoriotutkimus.', 'Klienter för vilka laboratorieundersökning har beställts.', 'Clients with a laboratory test order.'), conditions: ['lab_order'] },
    qualityCriteria: t('Jonotusaika keskimäärin alle 20 min; tulokset nähtävissä verkossa 1–3 arkipäivässä.', 'Kötid i genomsnitt under 20 min; resultaten syns på nätet inom 1–3 vardagar.', 'Average queue under 20 min; results online within 1–3 working days.'),
    fee: { type: 'free', rule: t('Sisältyy hoitokäynnin maksuun; ei erillistä maksua.', 'Ingår i avgiften för vårdbesöket; ingen separat avgift.', 'Included in the visit fee; no separate charge.') },
    purchasePrice: price('sample_visit', [PL.staff(1100), PL.supplies(650), PL.premises(300), PL.overheads(250)]),
    estimatedEligible: est(p, 0.35),
    at: [{ location: p.code, channels: [ch.walkIn(walk, t('Jonotus vuoronumerolla', 'Kö med könummer', 'Queue with a number')), ch.eService(`${BOOKING}/laboratorio`)] }],
  });
}

function oralHealth(p: Place): SeedService {
  return mk({
    key: `oral-health-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'oral_health',
    name: t(`${p.gen} hammashoitola`, `Tandklinikken i ${p.sv}`, `${p.en} dental clinic`),
    summary: t('Hampaiden ja suun tutkimus, ehkäisevä hoito ja korjaava hoito lapsille ja aikuisille.', 'Undersökning, förebyggande vård och behandling av tänder och mun för barn och vuxna.', 'Dental check-ups, prevention and treatment for children and adults.'),
    description: t(
      `Hammashoitolassa hammaslääkäri, suuhygienisti ja hammashoitaja tutkivat ja hoitavat hampaita ja suuta. Lapset ja nuoret kutsutaan määräaikaistarkastuksiin. Aikuiset varaavat ajan keskitetystä ajanvarauksesta puhelimitse tai verkossa; äkilliseen särkyyn soita aamulla päivystysnumeroon. ${p.gen} hoitolassa toimii myös suuhygienistin vastaanotto.`,
      `På tandklinikken undersöker och behandlar tandläkare, munhygienist och tandskötare tänder och mun. Barn och unga kallas till regelbundna kontroller. Vuxna bokar tid via den centraliserade tidsbokningen per telefon eller på nätet; vid akut värk ring jourens nummer på morgonen. Kliniken i ${p.sv} har också munhygienistmottagning.`,
      `Dentists, dental hygienists and dental nurses examine and treat teeth. Children are invited to regular check-ups; adults book via central booking by phone or online; for acute pain, call the emergency number in the morning.`,
    ),
    keywords: ['hammaslääkäri', 'hammashoitola', 'hammashoito', 'hammassärky', 'suuhygienisti', 'hampaat', 'tandläkare', 'tandvård', 'tandvärk', 'dentist', p.fi, p.sv],
    targetGroups: ['everyone'],
    languages: langs(p),
    grantingCriteria: { text: t('Kaikki alueen asukkaat; kiireettömään hoitoon hoidon tarpeen arvion mukaan.', 'Alla invånare; icke-brådskande vård enligt bedömning av vårdbehovet.', 'All residents; non-urgent care based on need assessment.') },
    qualityCriteria: t('Kiireetön hoito 3 kuukauden kuluessa hoidon tarpeen arviosta (hoitotakuu); lasten kutsut toteutuvat 100 %.', 'Icke-brådskande vård inom 3 månader från bedömningen (vårdgaranti); alla barn kallas.', 'Non-urgent care within 3 months (care guarantee); all children invited.'),
    fee: { type: 'fixed', amountCents: 1430, unit: 'visit', rule: t('Hammaslääkärin perusmaksu 14,30 € / käynti, suuhygienistin 10,70 €, lisäksi toimenpidemaksut asiakasmaksulain mukaan; alle 18-vuotiaille maksuton.', 'Grundavgift hos tandläkare 14,30 € / besök, hos munhygienist 10,70 €, därtill åtgärdsavgifter enligt lagen om klientavgifter; avgiftsfritt under 18 år.', 'Dentist base fee €14.30 per visit, hygienist €10.70, plus procedure fees under the Client Fees Act; free under 18.') },
    purchasePrice: price('visit', [PL.doctor(5200), PL.staff(2100), PL.supplies(1400), PL.premises(1600), PL.overheads(900)]),
    estimatedEligible: est(p, 0.55),
    at: [{ location: p.code, channels: [ch.inPerson(), ch.phone('08 558 55400', hours(MON_FRI, '07:45', '15:00'), t('Suun terveydenhuollon keskitetty ajanvaraus', 'Tandvårdens centraliserade tidsbokning', 'Central dental booking')), ch.eService(`${BOOKING}/hammashoito`)] }],
  });
}

function serviceGuidance(p: Place): SeedService {
  const centre = isCentre(p);
  return mk({
    key: `service-guidance-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'service_guidance',
    name: t(`Palveluohjaus ja neuvonta, ${p.fi}`, `Servicehandledning och rådgivning, ${p.sv}`, `Service guidance and advice, ${p.en}`),
    summary: t('Apua oikean palvelun löytämiseen, hakemusten täyttämiseen ja sähköiseen asiointiin.', 'Hjälp att hitta rätt tjänst, fylla i ansökningar och använda e-tjänster.', 'Help finding the right service, filling in applications and using e-services.'),
    description: t(
      `${centre ? 'Hyvinvointikeskuksen' : 'Hyvinvointipisteen'} palveluohjaaja auttaa löytämään sopivat sosiaali- ja terveyspalvelut sekä järjestöjen ja seurakuntien toiminnan, neuvoo hakemusten ja sähköisen asioinnin kanssa ja varaa tarvittaessa ajan ammattilaiselle. Palveluohjaukseen voi tulla ilman ajanvarausta. ${centre ? 'Käytössä on videoyhteys Kelaan ja työllisyyspalveluihin.' : 'Asiointi-iltapäivinä paikalla on myös digituki.'}`,
      `Servicehandledaren i ${centre ? 'välfärdscentralen' : 'välfärdspunkten'} hjälper dig att hitta lämpliga social- och hälsovårdstjänster samt organisationers och församlingars verksamhet, ger råd om ansökningar och e-tjänster och bokar vid behov tid till en yrkesperson. Man kan komma utan tidsbokning. ${centre ? 'Det finns videoförbindelse till FPA och sysselsättningstjänsterna.' : 'Under serviceeftermiddagar finns också digitalt stöd på plats.'}`,
      `The service guide helps you find suitable social and health services and NGO and parish activities, helps with applications and e-services and books appointments with professionals. No appointment needed.${centre ? ' A video link to Kela and employment services is available.' : ''}`,
    ),
    keywords: ['palveluohjaus', 'neuvonta', 'info', 'palveluneuvonta', 'digituki', 'hakemus', 'servicehandledning', 'rådgivning', 'service guidance', 'help desk', p.fi, p.sv],
    targetGroups: ['everyone'],
    languages: langs(p),
    grantingCriteria: { text: t('Kaikille avoin.', 'Öppen för alla.', 'Open to everyone.') },
    qualityCriteria: t('Asia hoidetaan ensimmäisellä yhteydenotolla mahdollisimman pitkälle (ei luukulta luukulle); asiakaspalaute jatkuvasti.', 'Ärendet sköts så långt som möjligt vid första kontakten (inte från lucka till lucka); fortlöpande kundrespons.', 'Matters are handled as far as possible at first contact; continuous feedback.'),
    fee: { type: 'free', rule: t('Maksuton.', 'Avgiftsfri.', 'Free of charge.') },
    estimatedEligible: p.pop,
    specialContacts: [IMMIGRANT_CONTACT, DISABLED_CONTACT],
    at: [{ location: p.code, channels: [ch.walkIn(centre ? hours(MON_FRI, '09:00', '15:00') : hours(days(p), '09:00', '12:00')), ch.phone(tel(p, 3), hours(MON_FRI, '09:00', '15:00')), ...(centre ? [ch.video(`${E_SERVICE}/video/kela`, t('Videoyhteys Kelaan ja työllisyyspalveluihin', 'Videoförbindelse till FPA och sysselsättningstjänsterna', 'Video link to Kela and employment services'))] : [])] }],
  });
}

function studentHealth(p: Place, campus: [string, string, string]): SeedService {
  return mk({
    key: `student-health-${slug(p)}`,
    organization: 'pphva',
    serviceClass: 'student_health',
    name: t(`Opiskeluterveydenhuolto, ${p.fi}`, `Studerandehälsovård, ${p.sv}`, `Student health care, ${p.en}`),
    summary: t(`Lukioiden ja ammatillisten oppilaitosten opiskelijoiden terveydenhoitaja- ja lääkäripalvelut (${campus[0]}).`, `Hälsovårdar- och läkartjänster för studerande vid gymnasier och yrkesläroanstalter (${campus[1]}).`, `Nurse and doctor services for upper-secondary and vocational students (${campus[2]}).`),
    description: t(
      `Opiskeluterveydenhuolto palvelee toisen asteen opiskelijoita: terveystarkastukset, seksuaaliterveys, mielenterveyden tuki, rokotukset ja sairausvastaanotto. Terveydenhoitajat toimivat oppilaitoksissa (${campus[0]}) ja hyvinvointikeskuksessa. Korkeakouluopiskelijat käyttävät YTHS:n palveluja.`,
      `Studerandehälsovården betjänar studerande på andra stadiet: hälsoundersökningar, sexuell hälsa, stöd för psykisk hälsa, vaccinationer och sjukmottagning. Hälsovårdarna finns på läroanstalterna (${campus[1]}) och i välfärdscentralen. Högskolestuderande använder SHVS tjänster.`,
      `Student health care serves upper-secondary students: health checks, sexual health, mental health support, vaccinations and sick visits. Nurses work at the schools (${campus[2]}) and at the welfare centre. University students use the YTHS student health service.`,
    ),
    keywords: ['opiskeluterveydenhuolto', 'opiskelija', 'lukio', 'ammattikoulu', 'amis', 'terveydenhoitaja', 'studerandehälsovård', 'gymnasium', 'student health', p.fi],
    targetGroups: ['students_16_19'],
    languages: langs(p),
    grantingCriteria: { text: t('Alueen lukioiden ja ammatillisten oppilaitosten opiskelijat asuinpaikasta riippumatta.', 'Studerande vid gymnasier och yrkesläroanstalter i området oberoende av hemort.', 'Students of local upper-secondary and vocational schools regardless of residence.'), minAge: 15, maxAge: 29, conditions: ['student_enrolled'] },
    qualityCriteria: t('Terveystarkastus ensimmäisenä opiskeluvuonna kaikille; hoitajalle pääsee samana tai seuraavana päivänä.', 'Hälsoundersökning för alla under det första studieåret; till hälsovårdaren samma eller följande dag.', 'Health check for all in the first year; nurse the same or next day.'),
    fee: { type: 'free', rule: t('Maksuton alle 18-vuotiaille; täysi-ikäisiltä lääkärikäynnistä voidaan periä terveyskeskusmaksu.', 'Avgiftsfri för personer under 18 år; av myndiga kan hälsocentralsavgift tas ut för läkarbesök.', 'Free under 18; adults may pay the health centre doctor fee.') },
    estimatedEligible: est(p, SHARE.age16to19 * 1.6),
    at: [{ location: p.code, channels: [ch.inPerson(undefined, t(`Terveydenhoitajat oppilaitoksissa: ${campus[0]}`, `Hälsovårdarna på läroanstalterna: ${campus[1]}`, `Nurses at the schools: ${campus[2]}`)), ch.phone(tel(p, 18), hours(MON_FRI, '08:00', '09:30')), ch.chat(`${E_SERVICE}/chat/opiskelijat`, hours(MON_THU, '12:00', '15:00')), ch.eService(`${E_SERVICE}/wilma`)] }],
  });
}

// ---------------------------------------------------------------------------------------------

const centreTemplates = [maternity, childClinic, familyWork, speechTherapy, schoolHealth, schoolSocialWork, youthClinic, youthClub, adultSocialWork, mentalHealth, psychologist, dayCentre, reception, physiotherapy, laboratory, oralHealth, serviceGuidance];

const pointTemplates: Record<string, ((p: Place) => SeedService)[]> = {
  'hyp-valke': [reception, laboratory, serviceGuidance, mentalHealth, youthClinic],
  'hyp-kaijonharju': [reception, laboratory, maternity, childClinic, oralHealth, serviceGuidance, physiotherapy, psychologist],
  'hyp-oulunsalo': [reception, laboratory, maternity, childClinic, oralHealth, physiotherapy, dayCentre, schoolHealth, serviceGuidance, familyWork],
  'hyp-yli-ii': [reception, laboratory, childClinic, oralHealth, dayCentre, schoolHealth, serviceGuidance],
};

export const LOCAL_SERVICES: SeedService[] = [
  ...CENTRES.flatMap((p) => centreTemplates.map((f) => f(p))),
  ...PLACES.filter((p) => p.kind === 'point').flatMap((p) => (pointTemplates[p.code] ?? []).map((f) => f(p))),
  studentHealth(place('hyk-tuira'), ['Oulun Lyseon lukio, OSAO Tuira', 'Oulun Lyseon lukio, OSAO Tuira', 'Oulun Lyseo upper secondary school, OSAO Tuira']),
  studentHealth(place('hyk-kontinkangas'), ['Kastellin lukio, OSAO Kaukovainio', 'Kastellin lukio, OSAO Kaukovainio', 'Kastelli upper secondary school, OSAO Kaukovainio']),
  studentHealth(place('hyk-haukipudas'), ['Haukiputaan lukio, OSAO Haukipudas', 'Haukiputaan lukio, OSAO Haukipudas', 'Haukipudas upper secondary school, OSAO Haukipudas']),
  studentHealth(place('hyk-kiiminki'), ['Kiimingin lukio', 'Kiimingin lukio', 'Kiiminki upper secondary school']),
  studentHealth(place('hyp-kaijonharju'), ['Madetojan musiikkilukio, OSAO Kaijonharju', 'Madetojan musiikkilukio, OSAO Kaijonharju', 'Madetoja music upper secondary school, OSAO Kaijonharju']),
];

export const OULU_POPULATION = OULU_POP;
