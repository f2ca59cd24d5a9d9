/**
 * DEMO DATA — services of the private producers (service vouchers and purchased services) and the
 * welfare region's remaining public service classes. Every company is fictional (see
 * catalog-oulu-base.ts). Part of the Oulu demo catalogue, see catalog-oulu.ts.
 */
import type { LifeCourseGroup, ServiceClass } from '@avain/domain';
import type { SeedChannel, SeedService } from './catalog-types.ts';
import { AREAS, E_SERVICE, MON_FRI, OULU_POP, PL, SHARE, areaTel, ch, hours, mk, price, regionTel, t, weekHours } from './catalog-oulu-base.ts';
import { LOCATIONS, ORGANIZATIONS } from './catalog-oulu-places.ts';
import { DISABLED_CONTACT, IMMIGRANT_CONTACT } from './catalog-oulu-local.ts';
import { simple } from './catalog-oulu-region.ts';

export type Tx = [string, string, string];
type Line = [string, string, string, number];

export function orgOf(key: string): (typeof ORGANIZATIONS)[number] {
  const o = ORGANIZATIONS.find((x) => x.key === key);
  if (!o) throw new Error(`Unknown organisation ${key}`);
  return o;
}

export function locOf(code: string): (typeof LOCATIONS)[number] {
  const l = LOCATIONS.find((x) => x.code === code);
  if (!l) throw new Error(`Unknown location ${code}`);
  return l;
}

const eur = (cents: number): string => (cents / 100).toFixed(2).replace('.', ',');
const eurEn = (cents: number): string => (cents / 100).toFixed(2);

/** Service-voucher co-payment: the difference between the provider's price and the voucher value. */
function voucherFee(cents: number, unit: string, per: Tx): SeedService['fee'] {
  return {
    type: 'fixed',
    amountCents: cents,
    unit,
    rule: t(
      `Palvelusetelin omavastuu on tuottajan hinnan ja setelin arvon erotus, tyypillisesti noin ${eur(cents)} € / ${per[0]}. Setelin arvo määräytyy talouden bruttotulojen mukaan; tuottaja kertoo hinnan ennen palvelun alkua.`,
      `Självriskandelen med servicesedel är skillnaden mellan producentens pris och sedelns värde, vanligen cirka ${eur(cents)} € / ${per[1]}. Sedelns värde bestäms enligt hushållets bruttoinkomster; producenten meddelar priset innan tjänsten börjar.`,
      `The voucher co-payment is the difference between the provider's price and the voucher value, typically about €${eurEn(cents)} per ${per[2]}. The voucher value depends on household gross income; the provider states the price before the service starts.`,
    ),
  };
}

function fixedFee(cents: number, unit: string, rule: Tx): SeedService['fee'] {
  return { type: 'fixed', amountCents: cents, unit, rule: t(...rule) };
}

const INCOME_MONTH: SeedService['fee'] = {
  type: 'income_based',
  unit: 'month',
  rule: t(
    'Kuukausimaksu määräytyy palvelun määrän, talouden koon ja nettotulojen mukaan asiakasmaksulain perusteella; asiakkaalle jätetään lain mukainen käyttövara. Vuokra ja ateriat maksetaan erikseen palveluasumisessa.',
    'Månadsavgiften bestäms enligt tjänstens omfattning, hushållets storlek och nettoinkomsterna enligt lagen om klientavgifter; klienten lämnas ett lagstadgat förbehållsbelopp. Vid serviceboende betalas hyra och måltider separat.',
    'The monthly fee depends on the amount of service, household size and net income under the Client Fees Act; the statutory personal allowance is left to the client. In service housing, rent and meals are paid separately.',
  ),
};

const FREE_PURCHASED: SeedService['fee'] = { type: 'free', rule: t('Hyvinvointialueen maksusitoumuksella tai lähetteellä maksuton asiakkaalle.', 'Avgiftsfri för klienten med välfärdsområdets betalningsförbindelse eller remiss.', 'Free to the client with the welfare region\'s payment commitment or referral.') };

interface Tpl {
  cls: ServiceClass;
  group?: LifeCourseGroup;
  name: Tx;
  summary: Tx;
  desc: Tx;
  kw: string[];
  tg: string[];
  crit: Tx;
  minAge?: number;
  maxAge?: number;
  cond?: string[];
  quality: Tx;
  fee: SeedService['fee'];
  unit: string;
  lines: Line[];
  share: number;
  home?: boolean;
}

const Q_VOUCHER: Tx = ['Tuottaja on hyväksytty hyvinvointialueen palvelusetelituottajaksi; henkilöstön kelpoisuus tarkistettu (Valvira/JulkiTerhikki); omavalvontasuunnitelma julkinen; asiakaspalaute kerätään vähintään kerran vuodessa; muistutuksiin vastataan 2 viikossa.', 'Producenten är godkänd som producent av servicesedeltjänster i välfärdsområdet; personalens behörighet kontrollerad (Valvira/JulkiTerhikki); planen för egenkontroll är offentlig; kundrespons samlas in minst en gång om året; anmärkningar besvaras inom 2 veckor.', 'The provider is approved for the welfare region\'s service vouchers; staff qualifications checked (Valvira); the self-monitoring plan is public; client feedback collected at least yearly; complaints answered within 2 weeks.'];
const Q_HOUSING: Tx = ['Hoitajamitoitus vähintään 0,6 tehostetussa ja 0,4 palveluasumisessa; RAI-arviointi puolen vuoden välein; omahoitaja ja omaisten yhteistyö; lääkäripalvelut sovittu; hyvinvointialueen valvontakäynti vähintään kerran vuodessa.', 'Personaldimensionering minst 0,6 i serviceboende med heldygnsomsorg och 0,4 i serviceboende; RAI-bedömning varje halvår; egen vårdare och samarbete med anhöriga; läkartjänster avtalade; välfärdsområdets tillsynsbesök minst en gång om året.', 'Staffing ratio at least 0.6 in intensive and 0.4 in service housing; RAI every six months; named nurse and cooperation with relatives; doctor services agreed; at least one supervisory visit a year.'];
const C_VOUCHER: Tx = ['Hyvinvointialueen palvelusetelipäätös; päätös perustuu palvelutarpeen arvioon.', 'Välfärdsområdets beslut om servicesedel; beslutet grundar sig på en bedömning av servicebehovet.', 'A service-voucher decision by the welfare region, based on a needs assessment.'];
const C_PURCHASE: Tx = ['Hyvinvointialueen lähete tai maksusitoumus; palvelu ostetaan, kun oma palvelu ei riitä tai hoitotakuu on vaarassa ylittyä.', 'Remiss eller betalningsförbindelse från välfärdsområdet; tjänsten köps när den egna servicen inte räcker eller vårdgarantin riskerar att överskridas.', 'A referral or payment commitment from the welfare region; purchased when own capacity is insufficient or the care guarantee is at risk.'];
const OLD: string[] = ['older_people_65_plus', 'people_with_illness'];

const T: Record<string, Tpl> = {
  hcVoucher: {
    cls: 'home_care', name: ['Kotihoito palvelusetelillä', 'Hemvård med servicesedel', 'Home care with a service voucher'],
    summary: ['Säännöllistä kotihoitoa palvelusetelillä: henkilökohtainen hoito, lääkehoito ja arjen tuki kotona.', 'Regelbunden hemvård med servicesedel: personlig vård, läkemedelsbehandling och stöd i vardagen hemma.', 'Regular home care with a voucher: personal care, medication and everyday support at home.'],
    desc: ['Kotihoidon palvelusetelillä voit valita hoitajat hyväksytyltä yksityiseltä tuottajalta. Lähihoitajat ja sairaanhoitajat käyvät kotona hoito- ja palvelusuunnitelman mukaisesti, myös iltaisin ja viikonloppuisin.', 'Med hemvårdens servicesedel kan du välja vårdarna från en godkänd privat producent. Närvårdare och sjukskötare besöker hemmet enligt vård- och serviceplanen, också kvällar och veckoslut.', 'With a home-care voucher you choose an approved private provider. Practical nurses and nurses visit according to the care and service plan, also evenings and weekends.'],
    kw: ['kotihoito', 'palveluseteli', 'lähihoitaja', 'ikäihminen', 'hemvård', 'servicesedel', 'home care', 'voucher'], tg: OLD,
    crit: ['Hyvinvointialueen palvelusetelipäätös kotihoitoon; päätös perustuu RAI-arviointiin ja päivittäisen hoidon tarpeeseen.', 'Välfärdsområdets beslut om servicesedel för hemvård; beslutet grundar sig på RAI-bedömning och behov av daglig vård.', 'A voucher decision for home care, based on RAI and a daily care need.'],
    minAge: 18, cond: ['voucher_decision', 'rai_assessment', 'daily_care_need'], quality: Q_VOUCHER,
    fee: voucherFee(1200, 'hour', ['tunti', 'timme', 'hour']), unit: 'hour', lines: [PL.staff(3900), PL.travel(550), PL.supplies(150), PL.overheads(600), PL.margin(300)], share: 0.004, home: true,
  },
  hcNight: {
    cls: 'home_care', name: ['Ilta-, yö- ja viikonloppukotihoito (ostopalvelu)', 'Hemvård kvällar, nätter och veckoslut (köpt tjänst)', 'Evening, night and weekend home care (purchased)'],
    summary: ['Hyvinvointialueen ostama kotihoidon käynti iltaisin, öisin ja viikonloppuisin.', 'Hemvårdsbesök kvällar, nätter och veckoslut som välfärdsområdet köper.', 'Home-care visits in the evening, at night and at weekends, purchased by the region.'],
    desc: ['Tuottaja hoitaa hyvinvointialueen kotihoidon asiakkaiden ilta-, yö- ja viikonloppukäynnit sekä turvapuhelinhälytykset sovitulla alueella. Hoito perustuu alueen laatimaan hoito- ja palvelusuunnitelmaan.', 'Producenten sköter hemvårdsbesöken kvällar, nätter och veckoslut samt larm från trygghetstelefoner för välfärdsområdets klienter inom ett avtalat område. Vården grundar sig på vård- och serviceplanen som området gjort upp.', 'The provider makes evening, night and weekend visits and answers safety-phone alarms for the region\'s home-care clients in an agreed area, following the region\'s care plan.'],
    kw: ['kotihoito', 'yökotihoito', 'viikonloppu', 'ostopalvelu', 'hemvård', 'natt', 'köpt tjänst', 'night care'], tg: OLD,
    crit: ['Hyvinvointialueen kotihoidon asiakas, jolla on hoito- ja palvelusuunnitelmassa ilta-, yö- tai viikonloppukäyntejä.', 'Klient inom välfärdsområdets hemvård med besök kvällar, nätter eller veckoslut i vård- och serviceplanen.', 'A client of the region\'s home care with evening, night or weekend visits in the care plan.'],
    cond: ['rai_assessment', 'daily_care_need'], quality: ['Hälytykseen saavutaan 30 minuutissa; käynnit kirjataan reaaliaikaisesti; poikkeamat raportoidaan alueelle seuraavana arkipäivänä.', 'Vid larm är vårdaren på plats inom 30 minuter; besöken dokumenteras i realtid; avvikelser rapporteras till området följande vardag.', 'Alarms answered on site within 30 minutes; visits recorded in real time; deviations reported next working day.'],
    fee: INCOME_MONTH, unit: 'visit', lines: [PL.staff(3600), PL.travel(900), PL.supplies(200), PL.overheads(500), PL.margin(300)], share: 0.003, home: true,
  },
  hcRespite: {
    cls: 'home_care', name: ['Omaishoitajan vapaan sijaishoito kotona', 'Avlösning i hemmet under närståendevårdarens ledighet', 'Substitute care at home during a family carer\'s leave'],
    summary: ['Sijaishoitaja tulee kotiin, kun omaishoitaja pitää lakisääteisen vapaansa.', 'En avlösare kommer hem när närståendevårdaren tar ut sin lagstadgade ledighet.', 'A substitute carer comes home while the family carer takes statutory leave.'],
    desc: ['Omaishoidon tuen asiakas voi käyttää vapaapäivänsä niin, että hoidettava saa hoidon omassa kodissaan. Sijaishoitaja tutustuu perheeseen ennen ensimmäistä vapaata ja hoitaa kuten omaishoitaja sovitun ajan.', 'Den som får stöd för närståendevård kan använda sina lediga dagar så att den vårdade får vård i sitt eget hem. Avlösaren bekantar sig med familjen före den första ledigheten och sköter vården under den avtalade tiden.', 'A family carer can use leave days so that the cared-for person is looked after at home; the substitute meets the family beforehand.'],
    kw: ['omaishoito', 'omaishoitajan vapaa', 'sijaishoito', 'palveluseteli', 'närståendevård', 'avlösning', 'family carer', 'respite'], tg: ['family_carers', 'older_people_65_plus'],
    crit: ['Omaishoidon tuen sopimus ja palvelusetelipäätös omaishoitajan vapaan järjestämiseen.', 'Avtal om stöd för närståendevård och beslut om servicesedel för närståendevårdarens ledighet.', 'A family-care agreement and a voucher decision for the carer\'s leave.'],
    cond: ['voucher_decision', 'family_carer_agreement'], quality: Q_VOUCHER,
    fee: fixedFee(1160, 'day', ['Omaishoitajan vapaan ajalta peritään 11,60 € vuorokaudelta; muuta omavastuuta ei ole.', 'För närståendevårdarens ledighet tas ut 11,60 € per dygn; ingen annan självrisk.', 'A fee of €11.60 per day applies during the carer\'s leave; no other co-payment.']),
    unit: 'day', lines: [PL.staff(19800), PL.travel(1500), PL.overheads(2400), PL.margin(1200)], share: 0.002, home: true,
  },
  meals: {
    cls: 'home_care_support', name: ['Ateriapalvelu kotiin', 'Måltidsservice till hemmet', 'Meals on wheels'],
    summary: ['Lämmin ateria tai viikon kylmäateriat kotiin kuljetettuna.', 'Varm måltid eller veckans kylda måltider hemkörda.', 'A hot meal or a week\'s chilled meals delivered home.'],
    desc: ['Ateriat valmistetaan omassa keittiössä ravitsemussuositusten mukaan, ja erityisruokavaliot huomioidaan. Kuljettaja tuo aterian kotiin arkipäivisin tai kylmäateriat kerran viikossa ja kertoo huolista kotihoidolle.', 'Måltiderna tillagas i det egna köket enligt näringsrekommendationerna och specialdieter beaktas. Chauffören kör ut måltiden på vardagar eller kylda måltider en gång i veckan och meddelar hemvården om något oroar.', 'Meals are cooked in the provider\'s kitchen following nutrition guidelines, with special diets. Delivered on weekdays or weekly chilled; the driver reports concerns to home care.'],
    kw: ['ateriapalvelu', 'kotiateria', 'ruoka kotiin', 'tukipalvelu', 'måltidsservice', 'mat hem', 'meals on wheels'], tg: OLD,
    crit: ['Kotona asuva, joka ei pysty itse valmistamaan ruokaa; myönnetään palvelutarpeen arvion perusteella.', 'Person som bor hemma och inte själv kan laga mat; beviljas utifrån en bedömning av servicebehovet.', 'People at home unable to cook; granted after a needs assessment.'],
    cond: ['service_needs_assessment'], quality: ['Ateria perillä sovitussa aikaikkunassa ±45 min; lämpötila kirjataan; ruokalistat 6 viikon kierrossa; ravitsemusterapeutin hyväksymät.', 'Måltiden levereras inom avtalat tidsfönster ±45 min; temperaturen registreras; matsedlar i 6 veckors cykel godkända av näringsterapeut.', 'Delivered within ±45 min; temperature logged; 6-week menu approved by a dietitian.'],
    fee: fixedFee(890, 'meal', ['Asiakas maksaa 8,90 € ateriaa kohden (kuljetus sisältyy).', 'Klienten betalar 8,90 € per måltid (transporten ingår).', 'The client pays €8.90 per meal, delivery included.']),
    unit: 'meal', lines: [PL.meals(620), PL.travel(210), PL.overheads(90), PL.margin(60)], share: 0.006, home: true,
  },
  cleaning: {
    cls: 'home_care_support', name: ['Siivouspalvelu palvelusetelillä', 'Städservice med servicesedel', 'Cleaning with a service voucher'],
    summary: ['Kodin perussiivous kahden tai neljän viikon välein palvelusetelillä.', 'Grundstädning av hemmet varannan eller var fjärde vecka med servicesedel.', 'Basic home cleaning every two or four weeks with a voucher.'],
    desc: ['Siivooja imuroi, pesee lattiat ja saniteettitilat sekä vaihtaa liinavaatteet. Palvelu tukee kotona asumista, kun omat voimat eivät riitä. Tarvittaessa myös ikkunanpesu ja suursiivous sovitaan erikseen.', 'Städaren dammsuger, tvättar golv och våtutrymmen och byter sängkläder. Tjänsten stöder boendet hemma när de egna krafterna inte räcker. Vid behov avtalas fönstertvätt och storstädning separat.', 'The cleaner vacuums, washes floors and bathrooms and changes bed linen. Window washing and deep cleaning by agreement.'],
    kw: ['siivous', 'kotisiivous', 'palveluseteli', 'tukipalvelu', 'städning', 'servicesedel', 'cleaning'], tg: OLD,
    crit: C_VOUCHER, minAge: 65, cond: ['voucher_decision', 'service_needs_assessment'], quality: Q_VOUCHER,
    fee: voucherFee(900, 'hour', ['tunti', 'timme', 'hour']), unit: 'hour', lines: [PL.staff(3100), PL.travel(400), PL.supplies(200), PL.overheads(400), PL.margin(200)], share: 0.008, home: true,
  },
  safetyPhone: {
    cls: 'home_care_support', name: ['Turvapuhelin ja turva-auttajat', 'Trygghetstelefon och trygghetshjälp', 'Safety phone and responders'],
    summary: ['Rannekkeen hälytys välittyy ympäri vuorokauden päivystykseen, ja turva-auttaja tulee kotiin.', 'Larmet från armbandet går dygnet runt till jouren, och en trygghetshjälpare kommer hem.', 'The wristband alarm goes to a 24/7 centre, and a responder comes home.'],
    desc: ['Turvapuhelimeen kuuluu ranneke tai kaulaan ripustettava hälytin, tarvittaessa kaatumis- ja ovihälytin. Hälytyskeskus arvioi tilanteen ja lähettää turva-auttajan tai hätäkeskuksen apua. Asennus ja käytön opastus tehdään kotikäynnillä.', 'I trygghetstelefonen ingår ett armband eller en halslarmknapp, vid behov fall- och dörrlarm. Larmcentralen bedömer situationen och skickar en trygghetshjälpare eller hjälp från nödcentralen. Installationen och handledningen görs vid ett hembesök.', 'Includes a wrist or neck alarm and, if needed, fall and door sensors. The alarm centre sends a responder or emergency help. Installed on a home visit.'],
    kw: ['turvapuhelin', 'turvaranneke', 'hälytys', 'kaatuminen', 'trygghetstelefon', 'trygghetslarm', 'safety phone', 'alarm'], tg: OLD,
    crit: ['Kotona asuva, jolla on kaatumisriski tai muu turvattomuutta aiheuttava tilanne.', 'Person som bor hemma och har fallrisk eller annan otrygghet.', 'People at home with a fall risk or other safety concern.'],
    cond: ['service_needs_assessment'], quality: ['Hälytykseen vastataan 60 sekunnissa; turva-auttaja paikalla 45 minuutissa; laitteen toiminta testataan kuukausittain.', 'Larmet besvaras inom 60 sekunder; trygghetshjälparen är på plats inom 45 minuter; apparaten testas varje månad.', 'Alarms answered within 60 s; responder on site within 45 min; device tested monthly.'],
    fee: fixedFee(3500, 'month', ['Asiakas maksaa 35 € kuukaudessa; auttajakäynti 15 €.', 'Klienten betalar 35 € i månaden; besök av trygghetshjälpare 15 €.', 'The client pays €35 a month; a responder visit €15.']),
    unit: 'month', lines: [PL.staff(2400), PL.supplies(1400), PL.travel(600), PL.overheads(500)], share: 0.012, home: true,
  },
  shopping: {
    cls: 'home_care_support', name: ['Kauppa- ja asiointipalvelu', 'Butiks- och ärendeservice', 'Shopping and errand service'],
    summary: ['Ostokset tilataan puhelimitse ja tuodaan kotiin kerran tai kahdesti viikossa; saattaja asiointikäynneille.', 'Inköpen beställs per telefon och körs hem en eller två gånger i veckan; följeslagare vid ärenden.', 'Groceries ordered by phone and delivered weekly; an escort for errands.'],
    desc: ['Kauppapalvelussa tilaus tehdään puhelimitse tai verkossa, ja ostokset tuodaan kotiin ja tarvittaessa jääkaappiin. Asiointipalvelussa työntekijä saattaa apteekkiin, pankkiin tai lääkäriin.', 'I butiksservicen görs beställningen per telefon eller på nätet och inköpen körs hem och vid behov in i kylskåpet. I ärendeservicen följer en medarbetare med till apoteket, banken eller läkaren.', 'Orders by phone or online, delivered and put away; an escort to the pharmacy, bank or doctor.'],
    kw: ['kauppapalvelu', 'kauppakassi', 'asiointi', 'saattaja', 'butiksservice', 'ärenden', 'shopping service'], tg: OLD,
    crit: ['Kotona asuva, joka ei pysty itse käymään kaupassa; palvelutarpeen arvio.', 'Person som bor hemma och inte själv kan handla; bedömning av servicebehovet.', 'People at home unable to shop; after a needs assessment.'],
    cond: ['service_needs_assessment'], quality: ['Toimitus sovittuna päivänä; kylmäketju säilyy; kuitit ja vaihtorahat tarkistettavissa.', 'Leverans på avtalad dag; kylkedjan bevaras; kvitton och växel kan kontrolleras.', 'Delivery on the agreed day; cold chain kept; receipts checkable.'],
    fee: fixedFee(900, 'delivery', ['Toimitusmaksu 9 € kerta; ostokset maksetaan kuitin mukaan.', 'Leveransavgift 9 € per gång; inköpen betalas enligt kvittot.', 'Delivery €9; groceries paid per receipt.']),
    unit: 'delivery', lines: [PL.staff(1400), PL.travel(700), PL.overheads(300)], share: 0.004, home: true,
  },
  bath: {
    cls: 'home_care_support', name: ['Kylvetys- ja saunapalvelu', 'Bad- och bastuservice', 'Bathing and sauna service'],
    summary: ['Avustettu sauna tai suihku kerran viikossa esteettömissä tiloissa, kuljetus tarvittaessa.', 'Assisterad bastu eller dusch en gång i veckan i tillgängliga lokaler, vid behov med transport.', 'Assisted sauna or shower weekly in accessible premises, transport if needed.'],
    desc: ['Lähihoitaja avustaa peseytymisessä, ihon ja jalkojen hoidossa sekä pukeutumisessa. Palvelun yhteydessä voi nauttia kahvit ja tavata muita.', 'En närvårdare hjälper till med tvätt, hud- och fotvård samt påklädning. I samband med tjänsten kan man dricka kaffe och träffa andra.', 'A practical nurse helps with washing, skin and foot care and dressing; coffee and company included.'],
    kw: ['sauna', 'kylvetys', 'peseytyminen', 'suihku', 'bastu', 'bad', 'bathing'], tg: OLD,
    crit: ['Kotona asuva, jonka kotona peseytyminen ei onnistu turvallisesti.', 'Person som bor hemma och inte tryggt kan tvätta sig hemma.', 'People who cannot wash safely at home.'],
    cond: ['service_needs_assessment'], quality: ['Kaksi hoitajaa tarvittaessa; turvakaiteet ja nostolaitteet; hygieniasuunnitelma.', 'Två vårdare vid behov; stödhandtag och lyftanordningar; hygienplan.', 'Two nurses if needed; grab rails and hoists; hygiene plan.'],
    fee: fixedFee(1500, 'visit', ['Asiakas maksaa 15 € käynniltä; kuljetus 5 €.', 'Klienten betalar 15 € per besök; transport 5 €.', 'The client pays €15 per visit; transport €5.']),
    unit: 'visit', lines: [PL.staff(2200), PL.premises(500), PL.supplies(200), PL.overheads(300)], share: 0.003,
  },
  laundry: {
    cls: 'home_care_support', name: ['Pyykki- ja vaatehuoltopalvelu', 'Tvätt- och klädvårdsservice', 'Laundry service'],
    summary: ['Pyykit haetaan kotoa, pestään ja palautetaan viikon kuluessa.', 'Tvätten hämtas hemma, tvättas och lämnas tillbaka inom en vecka.', 'Laundry collected, washed and returned within a week.'],
    desc: ['Palvelu sopii, kun pyykinpesu kotona on raskasta. Vaatteet merkitään nimellä, ja pienet korjaukset tehdään sovittaessa.', 'Tjänsten passar när tvätten är tung att sköta hemma. Kläderna märks med namn och små lagningar görs enligt överenskommelse.', 'For when laundry at home is too heavy; clothes are labelled and small repairs made.'],
    kw: ['pyykki', 'pyykkipalvelu', 'vaatehuolto', 'tvätt', 'tvättservice', 'laundry'], tg: OLD,
    crit: ['Kotona asuva ikäihminen tai vammainen, jolla on palvelutarpeen arvio.', 'Äldre eller person med funktionsnedsättning som bor hemma och har en bedömning av servicebehovet.', 'Older or disabled people at home with a needs assessment.'],
    cond: ['service_needs_assessment'], quality: ['Palautus 7 päivässä; hygieniaohjeiden mukainen pesu.', 'Returnering inom 7 dagar; tvätt enligt hygienanvisningarna.', 'Returned within 7 days; hygienic washing.'],
    fee: fixedFee(1400, 'bag', ['14 € pyykkikassilta (noin 5 kg), nouto ja palautus sisältyvät.', '14 € per tvättkasse (cirka 5 kg), hämtning och leverans ingår.', '€14 per bag (about 5 kg), pick-up and return included.']),
    unit: 'bag', lines: [PL.staff(1500), PL.supplies(400), PL.travel(500), PL.overheads(200)], share: 0.002, home: true,
  },
  serviceHousing: {
    cls: 'service_housing', name: ['Palveluasuminen (ostopalvelu ja palveluseteli)', 'Serviceboende (köpt tjänst och servicesedel)', 'Service housing (purchased and voucher)'],
    summary: ['Oma asunto yhteisössä, jossa hoitajat ovat tavoitettavissa päivisin ja yöllä turvapuhelimella.', 'Egen bostad i en gemenskap där vårdare nås på dagen och nattetid via trygghetstelefon.', 'Your own flat in a community with nurses available by day and by safety phone at night.'],
    desc: ['Palveluasumisessa asukas vuokraa oman esteettömän asunnon ja saa hoivaa ja huolenpitoa hoito- ja palvelusuunnitelman mukaan. Yhteiset tilat, ateriat ja viriketoiminta tukevat arkea. Asumispaikkaa voi hakea hyvinvointialueen asiakasohjauksen kautta.', 'I serviceboende hyr den boende en egen tillgänglig bostad och får vård och omsorg enligt vård- och serviceplanen. Gemensamma utrymmen, måltider och aktiviteter stöder vardagen. Man ansöker om boendeplats via välfärdsområdets klientstyrning.', 'Residents rent their own accessible flat and receive care under the care plan; shared spaces, meals and activities support daily life. Apply through the region\'s client guidance.'],
    kw: ['palveluasuminen', 'palvelutalo', 'asumispalvelu', 'ikäihminen', 'serviceboende', 'servicehus', 'service housing'], tg: OLD,
    crit: ['Ikäihminen, joka ei selviydy kotona kotihoidon ja tukipalvelujen turvin; RAI-arviointi ja SAS-päätös.', 'Äldre person som inte klarar sig hemma med hemvård och stödtjänster; RAI-bedömning och SAS-beslut.', 'Older people who cannot cope at home with home care; RAI and placement decision.'],
    minAge: 65, cond: ['rai_assessment', 'placement_decision'], quality: Q_HOUSING,
    fee: INCOME_MONTH, unit: 'day', lines: [PL.staff(4800), PL.meals(1100), PL.overheads(900), PL.margin(500)], share: 0.006,
  },
  intensive: {
    cls: 'intensive_service_housing', name: ['Tehostettu palveluasuminen', 'Serviceboende med heldygnsomsorg', 'Intensive service housing'],
    summary: ['Ympärivuorokautinen hoiva kodinomaisessa hoivakodissa.', 'Omsorg dygnet runt i ett hemlikt vårdhem.', 'Round-the-clock care in a homelike care home.'],
    desc: ['Tehostetussa palveluasumisessa hoitajat ovat paikalla ympäri vuorokauden. Asukkaalla on oma huone omine huonekaluineen, ja hoito sisältää lääkehoidon, ateriat, hygienian ja kuntouttavan arjen. Saattohoito järjestetään omassa kodissa.', 'I serviceboende med heldygnsomsorg finns vårdare på plats dygnet runt. Den boende har ett eget rum med egna möbler, och vården omfattar läkemedelsbehandling, måltider, hygien och en rehabiliterande vardag. Vård i livets slutskede ges i det egna hemmet.', 'Nurses are present around the clock. Residents have their own room with their own furniture; care covers medication, meals, hygiene and rehabilitative daily life, including end-of-life care.'],
    kw: ['tehostettu palveluasuminen', 'hoivakoti', 'ympärivuorokautinen hoiva', 'heldygnsomsorg', 'vårdhem', 'care home'], tg: OLD,
    crit: ['Ympärivuorokautinen hoivan tarve, jota ei voi turvata kotiin; RAI-arviointi ja SAS-työryhmän päätös.', 'Behov av omsorg dygnet runt som inte kan tryggas hemma; RAI-bedömning och beslut av SAS-gruppen.', 'A 24-hour care need that cannot be met at home; RAI and placement group decision.'],
    minAge: 65, cond: ['rai_assessment', 'placement_decision', 'daily_care_need'], quality: Q_HOUSING,
    fee: INCOME_MONTH, unit: 'day', lines: [PL.staff(12800), PL.meals(1300), PL.supplies(600), PL.overheads(1400), PL.margin(900)], share: 0.01,
  },
  memory: {
    cls: 'intensive_service_housing', name: ['Muistisairaiden ryhmäkoti', 'Grupphem för personer med minnessjukdom', 'Group home for people with dementia'],
    summary: ['Pienryhmäkoti muistisairaille: turvallinen ympäristö ja hoitajat ympäri vuorokauden.', 'Litet grupphem för personer med minnessjukdom: trygg miljö och vårdare dygnet runt.', 'A small group home for people with dementia, staffed around the clock.'],
    desc: ['Ryhmäkodissa asuu 12–15 asukasta. Henkilökunta on koulutettu muistisairaiden hoitoon, ja arki rakentuu asukkaan elämänhistorian ja tottumusten varaan. Piha-alue on aidattu, ja ulkoilu kuuluu päivittäin arkeen.', 'I grupphemmet bor 12–15 personer. Personalen är utbildad i vård av personer med minnessjukdom och vardagen byggs utifrån den boendes livshistoria och vanor. Gården är inhägnad och utevistelse hör till varje dag.', 'Home for 12–15 residents; staff trained in dementia care; daily life built on each resident\'s life story; fenced garden and daily outdoor time.'],
    kw: ['muistisairaus', 'dementia', 'ryhmäkoti', 'alzheimer', 'minnessjukdom', 'grupphem', 'dementia care'], tg: ['older_people_65_plus', 'people_with_dementia'],
    crit: ['Diagnosoitu muistisairaus ja ympärivuorokautisen hoivan tarve; SAS-päätös.', 'Diagnostiserad minnessjukdom och behov av omsorg dygnet runt; SAS-beslut.', 'Diagnosed dementia and a 24-hour care need; placement decision.'],
    cond: ['dementia_diagnosis', 'placement_decision', 'rai_assessment'], quality: Q_HOUSING,
    fee: INCOME_MONTH, unit: 'day', lines: [PL.staff(14200), PL.meals(1300), PL.supplies(600), PL.overheads(1500), PL.margin(900)], share: 0.005,
  },
  shortStay: {
    cls: 'short_term_care', name: ['Lyhytaikaishoito ja intervallijakso', 'Korttidsvård och intervallvård', 'Short-term and respite care'],
    summary: ['Muutaman päivän tai viikkojen hoitojakso omaishoitajan vapaan tai kuntoutumisen ajaksi.', 'Vårdperiod på några dagar eller veckor under närståendevårdarens ledighet eller för rehabilitering.', 'A stay of days or weeks during a carer\'s leave or for rehabilitation.'],
    desc: ['Lyhytaikaisjaksolla asiakas saa ympärivuorokautisen hoidon ja kuntouttavan arjen. Jaksot sovitaan säännöllisiksi (intervalli) tai tilapäisiksi. Jakson aikana arvioidaan toimintakykyä ja kotona pärjäämistä.', 'Under en korttidsperiod får klienten vård dygnet runt och en rehabiliterande vardag. Perioderna avtalas som regelbundna (intervall) eller tillfälliga. Under perioden bedöms funktionsförmågan och hur klienten klarar sig hemma.', 'Round-the-clock care and rehabilitative daily life; regular (interval) or occasional stays; functional ability is assessed.'],
    kw: ['lyhytaikaishoito', 'intervallihoito', 'omaishoitajan vapaa', 'kuntoutus', 'korttidsvård', 'intervallvård', 'respite care'], tg: ['older_people_65_plus', 'family_carers'],
    crit: ['Hyvinvointialueen päätös lyhytaikaishoidosta tai omaishoitajan vapaasta.', 'Välfärdsområdets beslut om korttidsvård eller närståendevårdarens ledighet.', 'A decision on short-term care or carer\'s leave.'],
    cond: ['service_needs_assessment', 'rai_assessment'], quality: Q_HOUSING,
    fee: fixedFee(5180, 'day', ['Lyhytaikaishoito 51,80 € vuorokaudelta; omaishoitajan vapaan aikana 11,60 €.', 'Korttidsvård 51,80 € per dygn; under närståendevårdarens ledighet 11,60 €.', 'Short-term care €51.80 a day; €11.60 during a carer\'s leave.']),
    unit: 'day', lines: [PL.staff(11800), PL.meals(1300), PL.supplies(500), PL.overheads(1300), PL.margin(700)], share: 0.004,
  },
  dayCare: {
    cls: 'day_centre', name: ['Päivätoiminta palvelusetelillä', 'Dagverksamhet med servicesedel', 'Day activities with a voucher'],
    summary: ['Kuntouttavaa päivätoimintaa, lounas ja sauna 1–3 päivänä viikossa.', 'Rehabiliterande dagverksamhet, lunch och bastu 1–3 dagar i veckan.', 'Rehabilitative day activities, lunch and sauna 1–3 days a week.'],
    desc: ['Päivätoiminta tukee kotona asuvan ikäihmisen toimintakykyä ja antaa omaishoitajalle vapaata. Päivään kuuluu liikuntaa, muistiharjoituksia, lounas, päiväkahvi ja mahdollisuus saunaan. Kuljetus järjestetään.', 'Dagverksamheten stöder funktionsförmågan hos äldre som bor hemma och ger närståendevårdaren ledigt. Dagen omfattar motion, minnesövningar, lunch, eftermiddagskaffe och möjlighet till bastu. Transport ordnas.', 'Supports functional ability and gives carers a break: exercise, memory training, lunch, coffee and sauna; transport arranged.'],
    kw: ['päivätoiminta', 'ikäihminen', 'omaishoito', 'palveluseteli', 'dagverksamhet', 'servicesedel', 'day care'], tg: ['older_people_65_plus', 'family_carers'],
    crit: C_VOUCHER, minAge: 65, cond: ['voucher_decision', 'rai_assessment'], quality: Q_VOUCHER,
    fee: voucherFee(1500, 'day', ['päivä', 'dag', 'day']), unit: 'day', lines: [PL.staff(5400), PL.meals(900), PL.travel(1800), PL.premises(700), PL.overheads(600)], share: 0.003,
  },
  physio: {
    cls: 'physiotherapy', name: ['Fysioterapia palvelusetelillä', 'Fysioterapi med servicesedel', 'Physiotherapy with a voucher'],
    summary: ['Fysioterapiajakso tuki- ja liikuntaelinvaivoihin tai leikkauksen jälkeen palvelusetelillä.', 'Fysioterapiperiod för besvär i stöd- och rörelseorganen eller efter operation med servicesedel.', 'A physiotherapy course for musculoskeletal problems or after surgery with a voucher.'],
    desc: ['Fysioterapeutti tutkii, ohjaa omaharjoittelua ja antaa tarvittaessa manuaalista terapiaa. Jakso on tavallisesti 5–10 käyntiä. Setelin myöntää hyvinvointialueen fysioterapeutti tai lääkäri.', 'Fysioterapeuten undersöker, handleder egen träning och ger vid behov manuell terapi. En period omfattar vanligen 5–10 besök. Sedeln beviljas av välfärdsområdets fysioterapeut eller läkare.', 'Assessment, guided home exercise and manual therapy when needed; usually 5–10 visits. The voucher is granted by a regional physiotherapist or doctor.'],
    kw: ['fysioterapia', 'fysioterapeutti', 'selkä', 'polvi', 'leikkauksen jälkeen', 'fysioterapi', 'physiotherapy'], tg: ['adults_18_64', 'older_people_65_plus'],
    crit: C_VOUCHER, cond: ['voucher_decision', 'referral'], quality: Q_VOUCHER,
    fee: voucherFee(1100, 'visit', ['käynti', 'besök', 'visit']), unit: 'visit', lines: [PL.staff(5200), PL.premises(700), PL.supplies(200), PL.overheads(600), PL.margin(300)], share: 0.01,
  },
  homePhysio: {
    cls: 'physiotherapy', group: 'older_and_disabled', name: ['Kotikuntoutus (fysioterapia kotona)', 'Hemrehabilitering (fysioterapi i hemmet)', 'Home rehabilitation (physiotherapy at home)'],
    summary: ['Fysioterapeutti harjoittelee kotona liikkumista, tasapainoa ja apuvälineiden käyttöä.', 'Fysioterapeuten tränar rörlighet, balans och användning av hjälpmedel i hemmet.', 'A physiotherapist trains mobility, balance and aids at home.'],
    desc: ['Kotikuntoutus sopii esimerkiksi sairaalajakson tai kaatumisen jälkeen. Fysioterapeutti arvioi kodin turvallisuuden ja laatii kotiharjoitusohjelman, jota kotihoito tukee.', 'Hemrehabilitering passar till exempel efter en sjukhusperiod eller ett fall. Fysioterapeuten bedömer säkerheten i hemmet och gör upp ett hemträningsprogram som hemvården stöder.', 'After hospital or a fall: home safety check and a home exercise programme supported by home care.'],
    kw: ['kotikuntoutus', 'fysioterapia', 'kaatuminen', 'tasapaino', 'hemrehabilitering', 'fall', 'home rehabilitation'], tg: OLD,
    crit: C_PURCHASE, cond: ['referral', 'rehabilitation_potential'], quality: Q_VOUCHER,
    fee: FREE_PURCHASED, unit: 'visit', lines: [PL.staff(5600), PL.travel(1200), PL.overheads(600), PL.margin(300)], share: 0.004, home: true,
  },
  ot: {
    cls: 'physiotherapy', name: ['Toimintaterapia (ostopalvelu)', 'Ergoterapi (köpt tjänst)', 'Occupational therapy (purchased)'],
    summary: ['Toimintaterapeutti harjoittelee arjen taitoja ja käden toimintaa aivoverenkiertohäiriön tai vamman jälkeen.', 'Ergoterapeuten tränar vardagsfärdigheter och handens funktion efter stroke eller skada.', 'Training of everyday skills and hand function after a stroke or injury.'],
    desc: ['Toimintaterapiassa harjoitellaan pukeutumista, ruoanlaittoa ja muita arjen toimia sekä käden hienomotoriikkaa. Terapeutti voi käydä myös kotona ja työpaikalla.', 'I ergoterapin tränar man påklädning, matlagning och andra vardagssysslor samt handens finmotorik. Terapeuten kan också besöka hemmet och arbetsplatsen.', 'Practising dressing, cooking and fine motor skills; the therapist can also visit home and workplace.'],
    kw: ['toimintaterapia', 'käsi', 'aivoinfarkti', 'arjen taidot', 'ergoterapi', 'occupational therapy'], tg: ['adults_18_64', 'older_people_65_plus'],
    crit: C_PURCHASE, cond: ['referral'], quality: Q_VOUCHER,
    fee: FREE_PURCHASED, unit: 'visit', lines: [PL.staff(5400), PL.premises(700), PL.supplies(300), PL.overheads(600)], share: 0.003,
  },
  dental: {
    cls: 'oral_health', name: ['Hammashoito palvelusetelillä', 'Tandvård med servicesedel', 'Dental care with a voucher'],
    summary: ['Hammastarkastus ja hoitojakso yksityisellä hammaslääkärillä palvelusetelillä.', 'Tandundersökning och vårdperiod hos privat tandläkare med servicesedel.', 'Dental check-up and treatment by a private dentist with a voucher.'],
    desc: ['Kun hoitoon pääsy julkisessa suun terveydenhuollossa viivästyy, voit saada palvelusetelin hoitojaksoon. Seteli kattaa tutkimuksen ja hoitosuunnitelman mukaiset toimenpiteet; proteettiset hoidot eivät sisälly.', 'När det dröjer att få vård inom den offentliga munhälsovården kan du få en servicesedel för en vårdperiod. Sedeln täcker undersökningen och åtgärderna enligt vårdplanen; protetik ingår inte.', 'When public dental care is delayed you can get a voucher covering the examination and planned treatment; prosthetics excluded.'],
    kw: ['hammaslääkäri', 'hammashoito', 'palveluseteli', 'hampaat', 'tandläkare', 'tandvård', 'dentist'], tg: ['adults_18_64', 'older_people_65_plus'],
    crit: C_VOUCHER, minAge: 18, cond: ['voucher_decision'], quality: Q_VOUCHER,
    fee: voucherFee(3500, 'course', ['hoitojakso', 'vårdperiod', 'course of treatment']), unit: 'course', lines: [PL.doctor(14500), PL.staff(3800), PL.supplies(2600), PL.premises(1800), PL.overheads(1300)], share: 0.015,
  },
  hygienist: {
    cls: 'oral_health', name: ['Suuhygienistin käynti palvelusetelillä', 'Besök hos munhygienist med servicesedel', 'Dental hygienist visit with a voucher'],
    summary: ['Hammaskiven poisto, ientulehduksen hoito ja omahoidon ohjaus.', 'Avlägsnande av tandsten, behandling av tandköttsinflammation och handledning i egenvård.', 'Scaling, gum treatment and self-care advice.'],
    desc: ['Suuhygienisti puhdistaa hampaat, hoitaa ientulehdusta ja opastaa hampaiden harjaukseen ja välien puhdistukseen. Käynti kestää 45–60 minuuttia.', 'Munhygienisten rengör tänderna, behandlar tandköttsinflammation och ger råd om tandborstning och rengöring av mellanrummen. Besöket tar 45–60 minuter.', 'Cleaning, gum treatment and brushing advice; 45–60 minutes.'],
    kw: ['suuhygienisti', 'hammaskivi', 'ientulehdus', 'munhygienist', 'tandsten', 'dental hygienist'], tg: ['adults_18_64'],
    crit: C_VOUCHER, minAge: 18, cond: ['voucher_decision'], quality: Q_VOUCHER,
    fee: voucherFee(1300, 'visit', ['käynti', 'besök', 'visit']), unit: 'visit', lines: [PL.staff(4800), PL.supplies(600), PL.premises(700), PL.overheads(500)], share: 0.01,
  },
  psychotherapy: {
    cls: 'psychologist', name: ['Lyhytpsykoterapia palvelusetelillä', 'Korttidspsykoterapi med servicesedel', 'Short-term psychotherapy with a voucher'],
    summary: ['Enintään 20 käynnin lyhytpsykoterapia masennukseen ja ahdistukseen.', 'Korttidspsykoterapi på högst 20 besök vid depression och ångest.', 'Up to 20 sessions for depression and anxiety.'],
    desc: ['Lyhytpsykoterapia on tavoitteellista, tutkittuun tietoon perustuvaa hoitoa (esim. kognitiivinen tai ratkaisukeskeinen). Psykoterapeutti on Valviran nimikesuojattu ammattilainen. Käyntejä on 1 viikossa, myös etäyhteydellä.', 'Korttidspsykoterapi är målinriktad, evidensbaserad behandling (t.ex. kognitiv eller lösningsfokuserad). Psykoterapeuten är en legitimerad yrkesperson med skyddad yrkesbeteckning. Besöken sker en gång i veckan, också på distans.', 'Goal-oriented evidence-based therapy (e.g. CBT or solution-focused) by a registered psychotherapist, weekly, also remotely.'],
    kw: ['psykoterapia', 'lyhytterapia', 'masennus', 'ahdistus', 'mielenterveys', 'psykoterapi', 'depression', 'psychotherapy'], tg: ['adults_18_64', 'young_people_15_29'],
    crit: ['Hyvinvointialueen mielenterveyspalvelujen arvio ja palvelusetelipäätös.', 'Bedömning av välfärdsområdets mentalvårdstjänster och beslut om servicesedel.', 'An assessment by the region\'s mental health services and a voucher decision.'],
    minAge: 16, cond: ['voucher_decision', 'mental_health_assessment'], quality: Q_VOUCHER,
    fee: voucherFee(1500, 'visit', ['käynti', 'besök', 'session']), unit: 'visit', lines: [PL.staff(7800), PL.premises(900), PL.overheads(700), PL.margin(400)], share: 0.006,
  },
  therapyFront: {
    cls: 'psychologist', name: ['Terapiat etulinjaan -lyhytinterventio (ostopalvelu)', 'Kort intervention inom Terapier i frontlinjen (köpt tjänst)', 'Therapies to the front line brief intervention (purchased)'],
    summary: ['Psykologin 5–8 käynnin lyhythoito (esim. IPC, CBT) lieviin mielenterveyden ongelmiin.', 'Korttidsbehandling hos psykolog på 5–8 besök (t.ex. IPC, KBT) vid lindriga psykiska problem.', 'A 5–8 session brief treatment (e.g. IPC, CBT) with a psychologist for mild problems.'],
    desc: ['Lyhytinterventiot ovat kansallisen Terapiat etulinjaan -mallin mukaisia menetelmiä. Ne sopivat esimerkiksi lievään masennukseen, ahdistukseen ja unettomuuteen. Hoito aloitetaan kahden viikon kuluessa lähetteestä.', 'Korta interventioner följer den nationella modellen Terapier i frontlinjen. De passar till exempel vid lindrig depression, ångest och sömnlöshet. Behandlingen börjar inom två veckor från remissen.', 'Methods from the national Therapies to the front line model for mild depression, anxiety and insomnia; starts within two weeks of referral.'],
    kw: ['psykologi', 'lyhytinterventio', 'ahdistus', 'unettomuus', 'psykolog', 'kort intervention', 'psychologist'], tg: ['adults_18_64'],
    crit: C_PURCHASE, minAge: 18, cond: ['referral'], quality: Q_VOUCHER,
    fee: FREE_PURCHASED, unit: 'visit', lines: [PL.staff(6900), PL.premises(800), PL.overheads(700)], share: 0.008,
  },
  couples: {
    cls: 'psychologist', name: ['Pari- ja perheterapia (ostopalvelu)', 'Par- och familjeterapi (köpt tjänst)', 'Couples and family therapy (purchased)'],
    summary: ['Pari- ja perheterapeutin tapaamisia parisuhteen ja perheen kriiseihin.', 'Samtal med par- och familjeterapeut vid kriser i parrelationen och familjen.', 'Sessions with a couples and family therapist in relationship and family crises.'],
    desc: ['Terapiassa käsitellään perheen vuorovaikutusta, ristiriitoja ja elämänmuutoksia. Tapaamisia on tavallisesti 5–15, ja niihin osallistuvat perheenjäsenet sovitusti.', 'I terapin behandlas familjens samspel, konflikter och livsförändringar. Träffarna är vanligen 5–15 och familjemedlemmarna deltar enligt överenskommelse.', 'Family interaction, conflicts and life changes; usually 5–15 sessions.'],
    kw: ['pariterapia', 'perheterapia', 'parisuhde', 'ero', 'parterapi', 'familjeterapi', 'couples therapy'], tg: ['families_with_children', 'couples'],
    group: 'families_with_children', crit: C_PURCHASE, cond: ['referral'], quality: Q_VOUCHER,
    fee: FREE_PURCHASED, unit: 'visit', lines: [PL.staff(9800), PL.premises(900), PL.overheads(800)], share: 0.003,
  },
  ohContract: {
    cls: 'occupational_health', name: ['Työterveyshuolto yrityksille', 'Företagshälsovård för företag', 'Occupational health for companies'],
    summary: ['Lakisääteinen ennaltaehkäisevä työterveyshuolto ja sairaanhoito työnantajan sopimuksella.', 'Lagstadgad förebyggande företagshälsovård och sjukvård enligt arbetsgivarens avtal.', 'Statutory preventive occupational health and medical care under an employer contract.'],
    desc: ['Työterveyshuolto tekee työpaikkaselvitykset, terveystarkastukset ja työkyvyn tuen, ja sopimuksen mukaan myös yleislääkäritasoisen sairaanhoidon. Työterveyshoitaja on tavoitettavissa puhelimitse ja chatissa.', 'Företagshälsovården gör arbetsplatsutredningar, hälsoundersökningar och stöd för arbetsförmågan, och enligt avtal också sjukvård på allmänläkarnivå. Företagshälsovårdaren nås per telefon och i chatten.', 'Workplace surveys, health checks, work ability support and, by contract, GP-level care; the OH nurse is reachable by phone and chat.'],
    kw: ['työterveys', 'työterveyshuolto', 'työkyky', 'työpaikkaselvitys', 'företagshälsovård', 'arbetsförmåga', 'occupational health'], tg: ['employees', 'employers'],
    crit: ['Työnantaja, jolla on työterveyshuoltosopimus tuottajan kanssa, ja sen työntekijät.', 'Arbetsgivare med avtal om företagshälsovård med producenten och dess anställda.', 'Employers with an occupational health contract and their employees.'],
    minAge: 15, cond: ['employer_contract'], quality: ['Kiireellinen vastaanotto samana päivänä; työkykyneuvottelu 2 viikossa; työterveyshuollon toimintasuunnitelma päivitetään vuosittain.', 'Brådskande mottagning samma dag; förhandling om arbetsförmåga inom 2 veckor; verksamhetsplanen uppdateras årligen.', 'Urgent appointments the same day; work-ability meeting within 2 weeks; plan updated yearly.'],
    fee: { type: 'free', rule: t('Maksuton työntekijälle; työnantaja maksaa sopimuksen mukaan ja saa Kela-korvauksen.', 'Avgiftsfri för arbetstagaren; arbetsgivaren betalar enligt avtal och får FPA-ersättning.', 'Free for the employee; the employer pays under the contract and is reimbursed by Kela.') },
    unit: 'employee_year', lines: [PL.doctor(11000), PL.staff(9500), PL.premises(2200), PL.overheads(2800), PL.margin(1500)], share: 0.08,
  },
  ohEntrepreneur: {
    cls: 'occupational_health', name: ['Yrittäjän työterveyshuolto', 'Företagshälsovård för företagare', 'Occupational health for entrepreneurs'],
    summary: ['Työterveyshuolto yksinyrittäjille, maatalousyrittäjille ja freelancereille.', 'Företagshälsovård för ensamföretagare, lantbruksföretagare och frilansare.', 'Occupational health for sole traders, farmers and freelancers.'],
    desc: ['Yrittäjä voi järjestää itselleen työterveyshuollon ja saada siitä Kela-korvauksen. Palveluun kuuluu terveystarkastus, työpaikkakäynti ja työkyvyn seuranta.', 'En företagare kan ordna företagshälsovård för sig själv och få FPA-ersättning. I tjänsten ingår hälsoundersökning, arbetsplatsbesök och uppföljning av arbetsförmågan.', 'Entrepreneurs can arrange occupational health with Kela reimbursement: health check, workplace visit and work-ability follow-up.'],
    kw: ['yrittäjä', 'työterveys', 'maatalousyrittäjä', 'MYEL', 'YEL', 'företagare', 'entrepreneur'], tg: ['entrepreneurs'],
    crit: ['YEL- tai MYEL-vakuutettu yrittäjä.', 'Företagare med FöPL- eller LFöPL-försäkring.', 'Entrepreneurs insured under YEL or MYEL.'],
    minAge: 18, cond: ['entrepreneur'], quality: ['Terveystarkastus 4 viikossa sopimuksesta; yrittäjälle nimetty työterveyshoitaja.', 'Hälsoundersökning inom 4 veckor från avtalet; egen företagshälsovårdare.', 'Health check within 4 weeks; a named OH nurse.'],
    fee: fixedFee(28000, 'year', ['Vuosimaksu 280 €, josta Kela korvaa noin 60 %.', 'Årsavgift 280 €, av vilken FPA ersätter cirka 60 %.', 'Annual fee €280, about 60 % reimbursed by Kela.']),
    unit: 'year', lines: [PL.doctor(9000), PL.staff(11000), PL.overheads(5000), PL.margin(3000)], share: 0.01,
  },
  xray: {
    cls: 'imaging', name: ['Röntgentutkimukset (ostopalvelu)', 'Röntgenundersökningar (köpt tjänst)', 'X-ray examinations (purchased)'],
    summary: ['Luusto- ja keuhkoröntgen ilman ajanvarausta hyvinvointialueen lähetteellä.', 'Skelett- och lungröntgen utan tidsbokning med remiss från välfärdsområdet.', 'Bone and chest X-ray without appointment on a regional referral.'],
    desc: ['Röntgenhoitaja ottaa kuvat, ja radiologi lausuu ne yleensä samana päivänä. Lausunto siirtyy Kanta-palveluun ja lähettäneelle lääkärille.', 'Röntgenskötaren tar bilderna och en radiolog utlåtar dem vanligen samma dag. Utlåtandet förs till Kanta-tjänsterna och till den remitterande läkaren.', 'A radiographer takes the images; a radiologist reports them usually the same day, sent to Kanta and the referring doctor.'],
    kw: ['röntgen', 'kuvantaminen', 'thorax', 'murtuma', 'lähete', 'röntgen', 'bilddiagnostik', 'x-ray'], tg: ['everyone'],
    crit: C_PURCHASE, cond: ['referral'], quality: ['Lausunto 24 tunnissa; säteilyturvallisuus STUK:n vaatimusten mukaan; laitteiden laadunvalvonta vuosittain.', 'Utlåtande inom 24 timmar; strålsäkerhet enligt STUK:s krav; årlig kvalitetskontroll av apparaterna.', 'Report within 24 h; radiation safety per STUK; annual equipment QA.'],
    fee: FREE_PURCHASED, unit: 'examination', lines: [PL.staff(2400), PL.doctor(1800), PL.supplies(900), PL.overheads(700)], share: 0.05,
  },
  ultrasound: {
    cls: 'imaging', name: ['Ultraäänitutkimukset (ostopalvelu)', 'Ultraljudsundersökningar (köpt tjänst)', 'Ultrasound examinations (purchased)'],
    summary: ['Radiologin tekemät vatsan, pehmytkudosten ja nivelten ultraäänitutkimukset.', 'Ultraljud av buken, mjukdelar och leder utförda av radiolog.', 'Abdominal, soft-tissue and joint ultrasound by a radiologist.'],
    desc: ['Ultraäänitutkimus tehdään ajanvarauksella hyvinvointialueen lähetteellä. Vatsan tutkimukseen tullaan ravinnotta 4 tuntia.', 'Ultraljudsundersökningen görs med tidsbokning och remiss från välfärdsområdet. Till undersökning av buken kommer man fastande i 4 timmar.', 'By appointment on a regional referral; fast 4 hours before an abdominal scan.'],
    kw: ['ultraääni', 'kaikututkimus', 'kuvantaminen', 'ultraljud', 'ultrasound'], tg: ['everyone'],
    crit: C_PURCHASE, cond: ['referral'], quality: ['Tutkimus 2 viikossa lähetteestä; lausunto samana päivänä.', 'Undersökning inom 2 veckor från remissen; utlåtande samma dag.', 'Within 2 weeks of referral; same-day report.'],
    fee: FREE_PURCHASED, unit: 'examination', lines: [PL.doctor(7200), PL.supplies(600), PL.premises(900), PL.overheads(800)], share: 0.02,
  },
  mri: {
    cls: 'imaging', name: ['Magneettitutkimukset (ostopalvelu)', 'Magnetundersökningar (köpt tjänst)', 'MRI examinations (purchased)'],
    summary: ['Nivelten, selän ja pään magneettikuvaukset jonojen purkamiseen.', 'Magnetröntgen av leder, rygg och huvud för att korta köerna.', 'Joint, spine and head MRI to shorten queues.'],
    desc: ['Hyvinvointialue ostaa magneettitutkimuksia, kun oma kapasiteetti ei riitä. Tutkimus kestää 20–45 minuuttia. Metalliesineet ja tahdistin on kerrottava etukäteen.', 'Välfärdsområdet köper magnetundersökningar när den egna kapaciteten inte räcker. Undersökningen tar 20–45 minuter. Metallföremål och pacemaker ska meddelas i förväg.', 'Purchased when regional capacity is insufficient; 20–45 minutes; metal implants and pacemakers must be reported.'],
    kw: ['magneetti', 'MRI', 'magneettikuvaus', 'selkä', 'magnetröntgen', 'MRI scan'], tg: ['everyone'],
    crit: C_PURCHASE, cond: ['referral'], quality: ['Tutkimus 3 viikossa lähetteestä; lausunto 2 arkipäivässä.', 'Undersökning inom 3 veckor från remissen; utlåtande inom 2 vardagar.', 'Within 3 weeks; report in 2 working days.'],
    fee: FREE_PURCHASED, unit: 'examination', lines: [PL.doctor(9500), PL.staff(6000), PL.supplies(3200), PL.overheads(2800)], share: 0.01,
  },
  gp: {
    cls: 'reception', name: ['Lääkärin vastaanotto (ostopalvelu)', 'Läkarmottagning (köpt tjänst)', 'Doctor appointments (purchased)'],
    summary: ['Kiireettömät lääkäriajat hyvinvointialueen asiakkaille hoitotakuun turvaamiseksi.', 'Icke-brådskande läkartider för välfärdsområdets klienter för att trygga vårdgarantin.', 'Non-urgent doctor appointments for regional clients to meet the care guarantee.'],
    desc: ['Hyvinvointialueen palveluohjaus varaa ajan, ja käynti maksaa saman kuin terveysasemalla. Tiedot kirjataan hyvinvointialueen potilastietojärjestelmään.', 'Välfärdsområdets servicehandledning bokar tiden, och besöket kostar lika mycket som på hälsostationen. Uppgifterna förs in i välfärdsområdets patientdatasystem.', 'The region books the appointment; the visit costs the same as at a health station and is recorded in the region\'s records.'],
    kw: ['lääkäri', 'lääkäriaika', 'ostopalvelu', 'hoitotakuu', 'läkare', 'vårdgaranti', 'doctor'], tg: ['everyone'],
    crit: C_PURCHASE, cond: ['referral'], quality: ['Aika 14 vuorokaudessa; epikriisi hyvinvointialueelle samana päivänä.', 'Tid inom 14 dygn; epikris till välfärdsområdet samma dag.', 'Appointment within 14 days; summary sent the same day.'],
    fee: fixedFee(2290, 'visit', ['Sama kuin terveysaseman lääkärikäynti, 22,90 €; alle 18-vuotiaille maksuton.', 'Samma som ett läkarbesök på hälsostationen, 22,90 €; avgiftsfritt för personer under 18 år.', 'Same as a health-station doctor visit, €22.90; free under 18.']),
    unit: 'visit', lines: [PL.doctor(6200), PL.staff(900), PL.premises(800), PL.overheads(700)], share: 0.03,
  },
  lab: {
    cls: 'laboratory', name: ['Laboratorionäytteet (ostopalvelu)', 'Laboratorieprov (köpt tjänst)', 'Laboratory samples (purchased)'],
    summary: ['Verinäytteet ilman ajanvarausta hyvinvointialueen lähetteellä myös lauantaisin.', 'Blodprov utan tidsbokning med välfärdsområdets remiss, också på lördagar.', 'Blood samples without appointment on a regional referral, also on Saturdays.'],
    desc: ['Näytteenotto toimii aamuisin klo 7 alkaen. Tulokset näkyvät OmaKannassa ja hoitavalle yksikölle.', 'Provtagningen är öppen från kl. 7 på morgnarna. Resultaten syns i MinaKanta och för den vårdande enheten.', 'Sampling from 7 am; results in My Kanta and to the treating unit.'],
    kw: ['laboratorio', 'verikoe', 'näytteenotto', 'laboratorium', 'blodprov', 'lab'], tg: ['everyone'],
    crit: C_PURCHASE, cond: ['referral'], quality: ['Odotusaika alle 30 min; tulokset 24 tunnissa.', 'Väntetid under 30 min; resultat inom 24 timmar.', 'Wait under 30 min; results within 24 h.'],
    fee: FREE_PURCHASED, unit: 'visit', lines: [PL.staff(900), PL.supplies(800), PL.overheads(300)], share: 0.04,
  },
  assistance: {
    cls: 'disability_services', name: ['Henkilökohtainen apu palvelusetelillä', 'Personlig assistans med servicesedel', 'Personal assistance with a voucher'],
    summary: ['Avustaja kotiin, töihin, opiskeluun ja harrastuksiin vaikeavammaiselle.', 'Assistent hemma, på jobbet, i studier och fritidsaktiviteter för personer med svår funktionsnedsättning.', 'An assistant at home, work, study and leisure for severely disabled people.'],
    desc: ['Henkilökohtainen apu auttaa vaikeavammaista tekemään itse valitsemiaan asioita. Tuottaja rekrytoi ja perehdyttää avustajat asiakkaan toiveiden mukaan ja järjestää sijaiset.', 'Personlig assistans hjälper en person med svår funktionsnedsättning att göra det han eller hon själv väljer. Producenten rekryterar och introducerar assistenterna enligt klientens önskemål och ordnar vikarier.', 'Helps a severely disabled person do things of their own choice; the provider recruits and trains assistants per the client\'s wishes and arranges substitutes.'],
    kw: ['henkilökohtainen apu', 'avustaja', 'vammaispalvelu', 'vammainen', 'personlig assistans', 'assistent', 'personal assistance'], tg: ['people_with_disabilities'],
    crit: ['Vammaispalvelulain mukainen päätös henkilökohtaisesta avusta ja palvelusetelistä.', 'Beslut om personlig assistans och servicesedel enligt handikappservicelagen.', 'A decision on personal assistance and a voucher under the Disability Services Act.'],
    cond: ['voucher_decision', 'severe_disability'], quality: Q_VOUCHER,
    fee: { type: 'free', rule: t('Henkilökohtainen apu on maksutonta (ei omavastuuta).', 'Personlig assistans är avgiftsfri (ingen självrisk).', 'Personal assistance is free (no co-payment).') },
    unit: 'hour', lines: [PL.staff(2900), PL.overheads(450), PL.margin(250)], share: 0.002, home: true,
  },
  childRespite: {
    cls: 'disability_services', name: ['Vammaisten lasten tilapäishoito', 'Tillfällig vård för barn med funktionsnedsättning', 'Respite care for disabled children'],
    summary: ['Tilapäishoitoa vammaiselle tai pitkäaikaissairaalle lapselle kotona tai tuottajan tiloissa.', 'Tillfällig vård för barn med funktionsnedsättning eller långvarig sjukdom hemma eller i producentens lokaler.', 'Respite care for disabled or chronically ill children at home or on site.'],
    desc: ['Hoitaja tulee kotiin tai lapsi viettää päivän tuottajan tiloissa, jotta vanhemmat saavat vapaata. Hoitajat ovat lastenhoitoon ja erityistarpeisiin perehtyneitä.', 'En vårdare kommer hem eller barnet tillbringar dagen i producentens lokaler så att föräldrarna får ledigt. Vårdarna är insatta i barnomsorg och särskilda behov.', 'A carer comes home or the child spends the day on site so that parents get a break; staff trained in special needs.'],
    kw: ['tilapäishoito', 'vammainen lapsi', 'erityislapsi', 'vapaa', 'tillfällig vård', 'barn', 'respite'], tg: ['children_with_disabilities', 'parents'],
    group: 'families_with_children', crit: ['Vammaispalvelujen päätös tilapäishoidosta.', 'Handikappservicens beslut om tillfällig vård.', 'A disability-services decision on respite care.'],
    maxAge: 17, cond: ['disability_decision'], quality: Q_VOUCHER,
    fee: { type: 'free', rule: t('Maksuton perheelle.', 'Avgiftsfri för familjen.', 'Free to the family.') },
    unit: 'hour', lines: [PL.staff(3400), PL.travel(400), PL.overheads(500)], share: 0.001, home: true,
  },
  aidsRepair: {
    cls: 'aids_centre', name: ['Apuvälineiden huolto ja korjaus (ostopalvelu)', 'Service och reparation av hjälpmedel (köpt tjänst)', 'Repair and maintenance of assistive devices (purchased)'],
    summary: ['Pyörätuolien, rollaattorien ja sähkömopojen huolto ja korjaus apuvälinekeskuksen lukuun.', 'Service och reparation av rullstolar, rollatorer och elmopeder för hjälpmedelscentralens räkning.', 'Repair of wheelchairs, walkers and mobility scooters for the aids centre.'],
    desc: ['Lainattujen apuvälineiden vikailmoitukset tehdään suoraan huoltoon. Pienet korjaukset tehdään kotona, muut korjaamolla; tilalle saa varalaitteen.', 'Felanmälan för lånade hjälpmedel görs direkt till servicen. Små reparationer görs i hemmet, andra i verkstaden; man får en ersättande apparat under tiden.', 'Report faults of loaned devices directly; small repairs at home, others in the workshop with a replacement device.'],
    kw: ['apuväline', 'pyörätuoli', 'rollaattori', 'huolto', 'korjaus', 'hjälpmedel', 'rullstol', 'wheelchair repair'], tg: ['people_with_disabilities', 'older_people_65_plus'],
    crit: ['Hyvinvointialueen apuvälinekeskuksesta lainattu apuväline.', 'Hjälpmedel som lånats från välfärdsområdets hjälpmedelscentral.', 'A device loaned from the region\'s aids centre.'],
    cond: ['aid_loan'], quality: ['Kiireellinen korjaus 2 arkipäivässä; muut 7 arkipäivässä; huoltohistoria kirjataan laiterekisteriin.', 'Brådskande reparation inom 2 vardagar; övriga inom 7 vardagar; servicehistoriken förs in i apparatregistret.', 'Urgent repair within 2 working days, others 7; history logged.'],
    fee: FREE_PURCHASED, unit: 'repair', lines: [PL.staff(5200), PL.supplies(2400), PL.travel(900), PL.overheads(700)], share: 0.03, home: true,
  },
  speech: {
    cls: 'speech_therapy', name: ['Puheterapia (ostopalvelu)', 'Talterapi (köpt tjänst)', 'Speech therapy (purchased)'],
    summary: ['Puheterapiajaksot lapsille ja aikuisille hyvinvointialueen maksusitoumuksella.', 'Talterapiperioder för barn och vuxna med välfärdsområdets betalningsförbindelse.', 'Speech therapy for children and adults with a regional payment commitment.'],
    desc: ['Puheterapeutti kuntouttaa puheen, kielen, vuorovaikutuksen ja nielemisen vaikeuksia. Terapiaa annetaan vastaanotolla, päiväkodissa, koulussa tai etänä.', 'Talterapeuten rehabiliterar svårigheter med tal, språk, kommunikation och sväljning. Terapi ges på mottagningen, i daghemmet, i skolan eller på distans.', 'Therapy for speech, language, communication and swallowing at the clinic, day care, school or remotely.'],
    kw: ['puheterapia', 'puheterapeutti', 'kielenkehitys', 'änkytys', 'talterapi', 'speech therapy'], tg: ['children_0_6', 'adults_18_64'],
    crit: C_PURCHASE, cond: ['referral', 'payment_commitment'], quality: Q_VOUCHER,
    fee: FREE_PURCHASED, unit: 'visit', lines: [PL.staff(6400), PL.premises(700), PL.overheads(600)], share: 0.004,
  },
  aac: {
    cls: 'speech_therapy', name: ['Puhetta tukevat ja korvaavat kommunikointikeinot (AAC)', 'Alternativ och kompletterande kommunikation (AKK)', 'Augmentative and alternative communication (AAC)'],
    summary: ['Kommunikointikansioiden, viittomien ja puhelaitteiden arviointi ja ohjaus.', 'Bedömning och handledning i kommunikationspärmar, tecken och talapparater.', 'Assessment and guidance in communication books, signs and speech devices.'],
    desc: ['AAC-arviossa selvitetään sopivat kommunikointikeinot, ja lähiympäristö ohjataan käyttämään niitä. Laitteet lainataan apuvälinekeskuksesta.', 'I AKK-bedömningen utreds lämpliga kommunikationssätt och närmiljön handleds att använda dem. Apparaterna lånas från hjälpmedelscentralen.', 'Finds suitable communication methods and trains the people around the client; devices are loaned from the aids centre.'],
    kw: ['AAC', 'kommunikointi', 'tukiviittomat', 'puhelaite', 'AKK', 'kommunikation', 'communication aid'], tg: ['people_with_disabilities', 'children_0_6'],
    group: 'older_and_disabled', crit: C_PURCHASE, cond: ['referral'], quality: Q_VOUCHER,
    fee: FREE_PURCHASED, unit: 'visit', lines: [PL.staff(7200), PL.supplies(600), PL.overheads(700)], share: 0.001,
  },
  familyHelp: {
    cls: 'family_home_help', name: ['Lapsiperheiden kotipalvelu palvelusetelillä', 'Hemservice för barnfamiljer med servicesedel', 'Home help for families with a voucher'],
    summary: ['Lastenhoitoa ja kodinhoitoa perheen arkeen, esimerkiksi synnytyksen tai sairauden jälkeen.', 'Barnskötsel och hemskötsel i familjens vardag, till exempel efter förlossning eller sjukdom.', 'Childcare and housework help, e.g. after childbirth or illness.'],
    desc: ['Kotipalvelun työntekijä hoitaa lapsia ja auttaa kodin arjessa tilapäisesti. Palvelu on tarkoitettu tilanteisiin, joissa perheen voimavarat eivät tilapäisesti riitä.', 'Hemservicens medarbetare sköter barnen och hjälper till i hemmets vardag tillfälligt. Tjänsten är avsedd för situationer där familjens resurser tillfälligt inte räcker till.', 'A home helper temporarily looks after children and helps with housework.'],
    kw: ['lapsiperheen kotipalvelu', 'lastenhoito', 'palveluseteli', 'hemservice', 'barnfamilj', 'home help'], tg: ['families_with_children'],
    crit: C_VOUCHER, maxAge: 17, cond: ['voucher_decision', 'family_support_need'], quality: Q_VOUCHER,
    fee: voucherFee(800, 'hour', ['tunti', 'timme', 'hour']), unit: 'hour', lines: [PL.staff(3300), PL.travel(400), PL.overheads(400), PL.margin(200)], share: 0.004, home: true,
  },
  familyRehab: {
    cls: 'family_work', name: ['Intensiivinen perhetyö (ostopalvelu)', 'Intensivt familjearbete (köpt tjänst)', 'Intensive family work (purchased)'],
    summary: ['Tiivis perhetyö lastensuojelun tai sosiaalihuollon asiakasperheille.', 'Intensivt familjearbete för familjer som är klienter inom barnskyddet eller socialvården.', 'Intensive family work for child-protection and social-care client families.'],
    desc: ['Perhetyöntekijäpari tapaa perhettä useita kertoja viikossa kotona ja tuottajan tiloissa. Työskentely perustuu asiakassuunnitelman tavoitteisiin ja raportoidaan sosiaalityöntekijälle.', 'Ett par familjearbetare träffar familjen flera gånger i veckan hemma och i producentens lokaler. Arbetet grundar sig på målen i klientplanen och rapporteras till socialarbetaren.', 'A pair of family workers meets the family several times a week; work follows the client plan and is reported to the social worker.'],
    kw: ['perhetyö', 'lastensuojelu', 'perhekuntoutus', 'familjearbete', 'barnskydd', 'family work'], tg: ['families_with_children'],
    crit: ['Sosiaalityöntekijän päätös ja asiakassuunnitelma.', 'Socialarbetarens beslut och klientplan.', 'A social worker\'s decision and client plan.'],
    maxAge: 17, cond: ['social_work_decision'], quality: Q_VOUCHER,
    fee: { type: 'free', rule: t('Maksuton perheelle.', 'Avgiftsfri för familjen.', 'Free to the family.') },
    unit: 'hour', lines: [PL.staff(5200), PL.travel(600), PL.overheads(700), PL.margin(300)], share: 0.002, home: true,
  },
  mhRehab: {
    cls: 'mental_health_substance', name: ['Mielenterveyskuntoutujien kuntoutumiskoti', 'Rehabiliteringshem för mentalvårdsrehabiliterande', 'Rehabilitation home for mental health clients'],
    summary: ['Ympärivuorokautisesti tuettu kuntoutumisjakso itsenäisen asumisen harjoitteluun.', 'Rehabiliteringsperiod med stöd dygnet runt för att öva självständigt boende.', 'A 24-hour supported stay to practise independent living.'],
    desc: ['Kuntoutumiskodissa harjoitellaan arjen taitoja, lääkehoitoa ja raha-asioita sekä haetaan työ- tai opiskelupaikkaa. Jakso kestää tavallisesti 6–24 kuukautta.', 'I rehabiliteringshemmet övar man vardagsfärdigheter, läkemedelsbehandling och penningfrågor samt söker arbets- eller studieplats. Perioden varar vanligen 6–24 månader.', 'Practising daily skills, medication and money matters and finding work or study; usually 6–24 months.'],
    kw: ['kuntoutumiskoti', 'mielenterveyskuntoutus', 'asumispalvelu', 'rehabiliteringshem', 'mentalvård', 'supported housing'], tg: ['adults_18_64'],
    crit: ['Mielenterveyspalvelujen arvio ja asumispalvelupäätös.', 'Bedömning av mentalvårdstjänsterna och beslut om boendeservice.', 'A mental health assessment and a housing decision.'],
    minAge: 18, cond: ['mental_health_assessment', 'placement_decision'], quality: Q_HOUSING,
    fee: INCOME_MONTH, unit: 'day', lines: [PL.staff(9800), PL.meals(1200), PL.premises(1500), PL.overheads(1100), PL.margin(600)], share: 0.001,
  },
};

/** A private producer's service from a template at the given premises; f scales the price. */
function priv(tplKey: string, org: string, locs: string[], f = 1, extraFi = '', extraSv = ''): SeedService {
  const tp = T[tplKey];
  if (!tp) throw new Error(`Unknown template ${tplKey}`);
  const o = orgOf(org);
  const first = locOf(locs[0] ?? '');
  const web = o.contact.website ?? E_SERVICE;
  const phone = o.contact.phone ?? regionTel(0);
  const lines = tp.lines.map(([fi, sv, en, c]): Line => [fi, sv, en, Math.round((c * f) / 10) * 10]);
  return mk({
    key: `${org}-${tplKey.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}${locs.length === 1 ? `-${first.code.split('-').pop() ?? ''}` : ''}`,
    organization: org,
    serviceClass: tp.cls,
    ...(tp.group ? { lifeCourseGroup: tp.group } : {}),
    name: t(`${tp.name[0]} – ${first.name.fi}`, `${tp.name[1]} – ${first.name.sv ?? first.name.fi}`, `${tp.name[2]} – ${first.name.en ?? first.name.fi}`),
    summary: t(...tp.summary),
    description: t(
      `${tp.desc[0]} Palvelun tuottaa ${o.name.fi} (${first.street}, ${first.city}).${extraFi ? ` ${extraFi}` : ''}`,
      `${tp.desc[1]} Tjänsten produceras av ${o.name.sv ?? o.name.fi} (${first.street}, ${first.city}).${extraSv ? ` ${extraSv}` : ''}`,
      `${tp.desc[2]} Provided by ${o.name.en ?? o.name.fi} (${first.street}, ${first.city}).`,
    ),
    keywords: [...tp.kw, o.name.fi, first.city],
    targetGroups: tp.tg,
    languages: f > 1.02 ? ['fi', 'sv', 'en'] : ['fi', 'en'],
    grantingCriteria: { text: t(...tp.crit), ...(tp.minAge !== undefined ? { minAge: tp.minAge } : {}), ...(tp.maxAge !== undefined ? { maxAge: tp.maxAge } : {}), ...(tp.cond ? { conditions: tp.cond } : {}) },
    qualityCriteria: t(...tp.quality),
    fee: tp.fee,
    purchasePrice: price(tp.unit, lines),
    estimatedEligible: Math.round(OULU_POP * tp.share * (locs.length === 1 ? 0.5 : 1)),
    ...(tp.cls === 'disability_services' || tp.home ? { specialContacts: [DISABLED_CONTACT] } : {}),
    at: locs.map((code, i) => {
      const l = locOf(code);
      const channels: SeedChannel[] = [
        ...(tp.home ? [ch.homeVisit()] : [ch.inPerson(l.openingHours)]),
        ...(i === 0 ? [ch.phone(phone, hours(MON_FRI, '08:00', '15:00')), ch.eService(`${web}/${tp.fee.type === 'fixed' && tp.fee.rule.fi.startsWith('Palvelusetelin') ? 'palveluseteli' : 'ajanvaraus'}`)] : []),
      ];
      return { location: code, channels };
    }),
  });
}

const PRIVATE: SeedService[] = [
  // Home care and support services
  priv('hcVoucher', 'kotihoiva-aurora', ['aurora-toimisto'], 1.0, 'Toiminta-alue: Kaakkuri, Oulunsalo ja Kaukovainio.', 'Verksamhetsområde: Kaakkuri, Karlö och Kaukovainio.'),
  priv('hcVoucher', 'pohjolan-kotiapu', ['kotiapu-toimisto'], 0.97, 'Toiminta-alue: Haukipudas, Kello, Kiviniemi ja Yli-Ii.', 'Verksamhetsområde: Haukipudas, Kello, Kiviniemi och Överijo.'),
  priv('hcVoucher', 'kotisiivous-kiiminkijoki', ['kiiminkijoki-toimisto'], 0.95, 'Toiminta-alue: Kiiminki, Jääli ja Ylikiiminki.', 'Verksamhetsområde: Kiminge, Jääli och Ylikiiminki.'),
  priv('hcNight', 'kotihoiva-aurora', ['aurora-toimisto'], 1.04),
  priv('hcNight', 'pohjolan-kotiapu', ['kotiapu-toimisto'], 1.0),
  priv('hcRespite', 'kotihoiva-aurora', ['aurora-toimisto'], 1.0),
  priv('hcRespite', 'pohjolan-kotiapu', ['kotiapu-toimisto'], 0.96),
  priv('meals', 'kotihoiva-aurora', ['aurora-toimisto'], 1.0),
  priv('meals', 'pohjolan-kotiapu', ['kotiapu-toimisto'], 0.98),
  priv('meals', 'seniorikoti-merituuli', ['merituuli-oulunsalo'], 1.05, 'Ateriat valmistetaan Merituulen omassa keittiössä Oulunsalossa.', 'Måltiderna tillagas i Merituulis eget kök i Karlö.'),
  priv('meals', 'seniorikoti-merituuli', ['merituuli-haukipudas'], 1.03),
  priv('cleaning', 'kotihoiva-aurora', ['aurora-toimisto'], 1.0),
  priv('cleaning', 'pohjolan-kotiapu', ['kotiapu-toimisto'], 0.97),
  priv('cleaning', 'kotisiivous-kiiminkijoki', ['kiiminkijoki-toimisto'], 0.94, 'Myös ikkunanpesu ja piha- ja lumityöt kotitalousvähennyksellä.', 'Också fönstertvätt samt gård- och snöarbeten med hushållsavdrag.'),
  priv('safetyPhone', 'pohjolan-kotiapu', ['kotiapu-toimisto'], 1.0),
  priv('safetyPhone', 'kotihoiva-aurora', ['aurora-toimisto'], 1.03),
  priv('shopping', 'kotisiivous-kiiminkijoki', ['kiiminkijoki-toimisto'], 1.0),
  priv('shopping', 'pohjolan-kotiapu', ['kotiapu-toimisto'], 1.05),
  priv('laundry', 'kotisiivous-kiiminkijoki', ['kiiminkijoki-toimisto'], 1.0),
  priv('bath', 'seniorikoti-merituuli', ['merituuli-oulunsalo'], 1.0),
  priv('bath', 'seniorikoti-merituuli', ['merituuli-haukipudas'], 0.98),
  priv('bath', 'hoivakodit-tuulikello', ['tuulikello-rajakyla'], 1.02),
  priv('bath', 'hoivakodit-tuulikello', ['tuulikello-kiiminki'], 0.97),
  // Housing and short-term care
  priv('serviceHousing', 'hoivakodit-tuulikello', ['tuulikello-rajakyla'], 1.03, 'Talossa on 28 vuokra-asuntoa ja kaksi saunaa.', 'Huset har 28 hyresbostäder och två bastur.'),
  priv('serviceHousing', 'hoivakodit-tuulikello', ['tuulikello-kiiminki'], 0.98),
  priv('serviceHousing', 'seniorikoti-merituuli', ['merituuli-oulunsalo'], 1.05, 'Merinäköala ja rantareitti aivan vieressä.', 'Havsutsikt och strandled alldeles intill.'),
  priv('serviceHousing', 'seniorikoti-merituuli', ['merituuli-haukipudas'], 1.0),
  priv('intensive', 'hoivakodit-tuulikello', ['tuulikello-rajakyla'], 1.03),
  priv('intensive', 'hoivakodit-tuulikello', ['tuulikello-kiiminki'], 0.98),
  priv('intensive', 'seniorikoti-merituuli', ['merituuli-oulunsalo'], 1.05),
  priv('intensive', 'seniorikoti-merituuli', ['merituuli-haukipudas'], 1.0),
  priv('memory', 'hoivakodit-tuulikello', ['tuulikello-rajakyla'], 1.03),
  priv('memory', 'seniorikoti-merituuli', ['merituuli-haukipudas'], 1.0),
  priv('shortStay', 'hoivakodit-tuulikello', ['tuulikello-rajakyla'], 1.03),
  priv('shortStay', 'hoivakodit-tuulikello', ['tuulikello-kiiminki'], 0.98),
  priv('shortStay', 'seniorikoti-merituuli', ['merituuli-oulunsalo'], 1.05),
  priv('shortStay', 'kuntoutumiskoti-vayla', ['vayla-kuntoutumiskoti'], 1.1, 'Väylässä on fysioterapeutti paikalla arkipäivisin, ja jakso painottuu kuntoutukseen sairaalahoidon jälkeen.', 'På Väylä finns en fysioterapeut på plats vardagar och perioden betonar rehabilitering efter sjukhusvård.'),
  priv('dayCare', 'seniorikoti-merituuli', ['merituuli-oulunsalo'], 1.0),
  priv('dayCare', 'hoivakodit-tuulikello', ['tuulikello-kiiminki'], 0.97),
  priv('mhRehab', 'kuntoutumiskoti-vayla', ['vayla-kuntoutumiskoti'], 1.0),
  // Health care
  priv('physio', 'fysio-liikevoima', ['liikevoima-keskusta'], 1.05),
  priv('physio', 'fysio-liikevoima', ['liikevoima-kiiminki'], 0.97),
  priv('homePhysio', 'fysio-liikevoima', ['liikevoima-keskusta'], 1.0),
  priv('ot', 'fysio-liikevoima', ['liikevoima-keskusta'], 1.03),
  priv('physio', 'laakarikeskus-pohjantahti', ['pohjantahti-keskusta'], 1.1),
  priv('dental', 'hammasklinikka-rotuaari', ['rotuaari-klinikka'], 1.06, 'Iltavastaanotto arkisin klo 19 asti.', 'Kvällsmottagning vardagar till kl. 19.'),
  priv('dental', 'hammaslaakarit-kaakkuri', ['hammas-kaakkuri'], 0.97),
  priv('hygienist', 'hammasklinikka-rotuaari', ['rotuaari-klinikka'], 1.04),
  priv('hygienist', 'hammaslaakarit-kaakkuri', ['hammas-kaakkuri'], 0.98),
  priv('psychotherapy', 'psykoterapiakeskus-mielisilta', ['mielisilta'], 1.05, 'Terapiaa myös ruotsiksi ja englanniksi.', 'Terapi också på svenska och engelska.'),
  priv('therapyFront', 'psykoterapiakeskus-mielisilta', ['mielisilta'], 1.0),
  priv('couples', 'psykoterapiakeskus-mielisilta', ['mielisilta'], 1.04),
  priv('therapyFront', 'laakarikeskus-pohjantahti', ['pohjantahti-keskusta'], 1.03),
  priv('ohContract', 'tyoterveys-oulunsuu', ['oulunsuu-tyoterveys'], 1.0, 'Erikoistunut teknologia- ja rakennusalan työpaikkoihin.', 'Specialiserad på arbetsplatser inom teknologi- och byggbranschen.'),
  priv('ohEntrepreneur', 'tyoterveys-oulunsuu', ['oulunsuu-tyoterveys'], 1.0),
  priv('ohContract', 'laakarikeskus-pohjantahti', ['pohjantahti-keskusta'], 1.06),
  priv('xray', 'laakarikeskus-pohjantahti', ['pohjantahti-keskusta'], 1.04),
  priv('ultrasound', 'laakarikeskus-pohjantahti', ['pohjantahti-keskusta'], 1.04),
  priv('mri', 'laakarikeskus-pohjantahti', ['pohjantahti-keskusta'], 1.04),
  priv('gp', 'laakarikeskus-pohjantahti', ['pohjantahti-keskusta'], 1.04),
  priv('lab', 'laakarikeskus-pohjantahti', ['pohjantahti-keskusta'], 1.04),
  priv('speech', 'puheterapia-sanasilta', ['sanasilta'], 1.0),
  priv('aac', 'puheterapia-sanasilta', ['sanasilta'], 1.0),
  // Disability and family services, aids
  priv('assistance', 'kotihoiva-aurora', ['aurora-toimisto'], 1.0),
  priv('assistance', 'pohjolan-kotiapu', ['kotiapu-toimisto'], 0.98),
  priv('childRespite', 'perhepalvelu-kotiranta', ['kotiranta'], 1.0),
  priv('familyHelp', 'perhepalvelu-kotiranta', ['kotiranta'], 1.0),
  priv('familyRehab', 'perhepalvelu-kotiranta', ['kotiranta'], 1.05),
  priv('aidsRepair', 'apuvalinehuolto-arktika', ['arktika-huolto'], 1.0),
];

// ---------------------------------------------------------------------------------------------
// The welfare region's remaining public services

const Q_PUBLIC_HOUSING: Tx = ['Asukkaalle nimetty omahoitaja; RAI-arviointi puolen vuoden välein; lääkäri viikoittain; omaisille tiedotetaan muutoksista.', 'Den boende har en egen vårdare; RAI-bedömning varje halvår; läkare varje vecka; de anhöriga informeras om förändringar.', 'Named nurse; RAI every six months; weekly doctor; relatives informed of changes.'];

function publicHousing(cls: 'service_housing' | 'intensive_service_housing' | 'short_term_care' | 'long_term_care', code: string, n: number, beds: number): SeedService {
  const l = locOf(code);
  const fi = l.name.fi;
  const sv = l.name.sv ?? fi;
  const en = l.name.en ?? fi;
  const texts: Record<typeof cls, { name: Tx; summary: Tx; desc: Tx; cond: string[]; fee: SeedService['fee']; lines: Line[] }> = {
    service_housing: {
      name: ['Palveluasuminen', 'Serviceboende', 'Service housing'],
      summary: ['Vuokra-asunto palvelutalossa, hoiva hoito- ja palvelusuunnitelman mukaan.', 'Hyresbostad i servicehus, omsorg enligt vård- och serviceplanen.', 'A rented flat in a service building with care under the care plan.'],
      desc: ['Hyvinvointialueen oma palvelutalo, jossa asukkaat asuvat omissa asunnoissaan ja saavat apua päivittäisiin toimiin. Hakemus tehdään asiakasohjauksen kautta.', 'Välfärdsområdets eget servicehus där de boende bor i egna bostäder och får hjälp med dagliga sysslor. Ansökan görs via klientstyrningen.', 'The region\'s own service building: residents live in their own flats and get help with daily activities. Apply through client guidance.'],
      cond: ['rai_assessment', 'placement_decision'], fee: INCOME_MONTH, lines: [PL.staff(4600), PL.meals(1100), PL.overheads(1000)],
    },
    intensive_service_housing: {
      name: ['Tehostettu palveluasuminen', 'Serviceboende med heldygnsomsorg', 'Intensive service housing'],
      summary: ['Ympärivuorokautinen hoiva hyvinvointialueen omassa hoivakodissa.', 'Omsorg dygnet runt i välfärdsområdets eget vårdhem.', 'Round-the-clock care in the region\'s own care home.'],
      desc: ['Hoitajat ovat paikalla ympäri vuorokauden; asukkaalla on oma huone ja yhteiset tilat. Hoitoon kuuluvat lääkehoito, ateriat, hygienia ja saattohoito.', 'Vårdare finns på plats dygnet runt; den boende har ett eget rum och gemensamma utrymmen. I vården ingår läkemedelsbehandling, måltider, hygien och vård i livets slutskede.', 'Staff around the clock; own room and shared spaces; medication, meals, hygiene and end-of-life care included.'],
      cond: ['rai_assessment', 'placement_decision', 'daily_care_need'], fee: INCOME_MONTH, lines: [PL.staff(12400), PL.meals(1300), PL.supplies(600), PL.overheads(1700)],
    },
    short_term_care: {
      name: ['Lyhytaikaishoito ja arviointijakso', 'Korttidsvård och bedömningsperiod', 'Short-term care and assessment stay'],
      summary: ['Lyhytaikainen hoitojakso omaishoitajan vapaan, kuntoutuksen tai palvelutarpeen arvioinnin ajaksi.', 'Kortvarig vårdperiod under närståendevårdarens ledighet, för rehabilitering eller bedömning av servicebehovet.', 'A short stay for a carer\'s leave, rehabilitation or needs assessment.'],
      desc: ['Jakson aikana moniammatillinen tiimi arvioi toimintakyvyn ja kotona pärjäämisen sekä suunnittelee jatkon yhdessä asiakkaan ja omaisten kanssa.', 'Under perioden bedömer ett multiprofessionellt team funktionsförmågan och hur klienten klarar sig hemma och planerar fortsättningen tillsammans med klienten och de anhöriga.', 'A multi-professional team assesses functioning and coping at home and plans next steps with the client and family.'],
      cond: ['service_needs_assessment', 'rai_assessment'], fee: fixedFee(5180, 'day', ['51,80 € vuorokaudelta; omaishoitajan vapaan aikana 11,60 €.', '51,80 € per dygn; under närståendevårdarens ledighet 11,60 €.', '€51.80 a day; €11.60 during a carer\'s leave.']), lines: [PL.staff(11200), PL.meals(1300), PL.supplies(500), PL.overheads(1600)],
    },
    long_term_care: {
      name: ['Pitkäaikainen laitoshoito', 'Långvarig anstaltsvård', 'Long-term institutional care'],
      summary: ['Pitkäaikaista hoitoa lääketieteellisin perustein, kun hoitoa ei voi turvata muualla.', 'Långvarig vård på medicinska grunder när vården inte kan tryggas på annat sätt.', 'Long-term care on medical grounds when care cannot be provided elsewhere.'],
      desc: ['Pitkäaikainen laitoshoito on tarkoitettu potilaille, joiden hoito vaatii jatkuvaa lääketieteellistä seurantaa. Lääkäri kiertää osastolla arkipäivisin, ja hoitoa tukevat fysioterapeutti ja sosiaalityöntekijä.', 'Långvarig anstaltsvård är avsedd för patienter vars vård kräver fortlöpande medicinsk uppföljning. Läkaren går rond på avdelningen på vardagar och vården stöds av fysioterapeut och socialarbetare.', 'For patients who need continuous medical follow-up; daily doctor rounds on weekdays with physiotherapy and social work.'],
      cond: ['medical_grounds', 'placement_decision'], fee: { type: 'income_based', unit: 'month', rule: t('Enintään 85 % nettotuloista; asiakkaalle jää vähintään 179 € kuukaudessa.', 'Högst 85 % av nettoinkomsterna; klienten får behålla minst 179 € i månaden.', 'Up to 85 % of net income; at least €179 a month is left to the client.') }, lines: [PL.staff(16800), PL.doctor(2400), PL.meals(1300), PL.supplies(900), PL.overheads(2100)],
    },
  };
  const x = texts[cls];
  return simple({
    key: `${cls.replace(/_/g, '-')}-${code.replace(/^pphva-/, '')}`, cls,
    name: [`${x.name[0]}, ${fi}`, `${x.name[1]}, ${sv}`, `${x.name[2]}, ${en}`],
    summary: x.summary,
    desc: [`${x.desc[0]} Yksikössä on ${beds} paikkaa (${l.street}, ${l.city}).`, `${x.desc[1]} Enheten har ${beds} platser (${l.street}, ${l.city}).`, `${x.desc[2]} ${beds} places (${l.street}, ${l.city}).`],
    kw: [...x.name.slice(0, 2).map((s) => s.toLowerCase()), 'ikäihminen', 'äldre', 'hoiva', 'omsorg', fi],
    tg: OLD, crit: ['Hyvinvointialueen SAS-työryhmän päätös palvelutarpeen ja RAI-arvioinnin perusteella.', 'Beslut av välfärdsområdets SAS-grupp utifrån servicebehov och RAI-bedömning.', 'A placement-group decision based on needs and RAI assessment.'],
    cond: x.cond, quality: Q_PUBLIC_HOUSING, fee: x.fee, price: price('day', x.lines),
    eligible: Math.round(beds * 1.6), special: [DISABLED_CONTACT],
    at: [{ location: code, channels: [ch.inPerson(hours(MON_FRI, '09:00', '15:00'), t('Tutustumiskäynnit sopimuksen mukaan.', 'Bekantningsbesök enligt överenskommelse.', 'Visits by appointment.')), ch.phone(regionTel(400 + n), hours(MON_FRI, '09:00', '14:00'), t('Asiakasohjaus', 'Klientstyrning', 'Client guidance'))] }],
  });
}

function xray(code: string, n: number): SeedService {
  const l = code.replace('hyk-', '');
  const names: Record<string, [string, string]> = { kaakkuri: ['Kaakkurin', 'Kaakkuri'], kontinkangas: ['Kontinkankaan', 'Kontinkangas'], haukipudas: ['Haukiputaan', 'Haukipudas'], myllyoja: ['Myllyojan', 'Myllyoja'] };
  const p = names[l] ?? [l, l];
  return simple({
    key: `xray-${l}`, cls: 'imaging',
    name: [`${p[0]} röntgen`, `Röntgen i ${p[1]}`, `${p[1]} X-ray`],
    summary: ['Natiiviröntgen (luusto, keuhkot) lääkärin lähetteellä ilman ajanvarausta.', 'Konventionell röntgen (skelett, lungor) med läkarremiss utan tidsbokning.', 'Plain X-ray (bones, chest) on a doctor\'s referral without appointment.'],
    desc: ['Hyvinvointikeskuksen röntgenissä kuvataan luusto ja keuhkot. Tule lähetteen kanssa aukioloaikana; ultraääni- ja erikoistutkimuksiin kutsutaan erikseen. Kerro raskaudesta röntgenhoitajalle.', 'På välfärdscentralens röntgen tas bilder av skelett och lungor. Kom med remissen under öppettiden; till ultraljud och specialundersökningar kallas man separat. Berätta om graviditet för röntgenskötaren.', 'Bone and chest X-rays at the welfare centre; come with the referral during opening hours. Tell the radiographer if you may be pregnant.'],
    kw: ['röntgen', 'kuvaus', 'keuhkokuva', 'murtuma', 'röntgen', 'bilddiagnostik', 'x-ray', p[1]],
    tg: ['everyone'], crit: ['Lääkärin tai hoitajan lähete.', 'Remiss från läkare eller skötare.', 'A referral from a doctor or nurse.'], cond: ['referral'],
    quality: ['Odotusaika alle 45 min; lausunto 2 arkipäivässä; säteilyannokset seurataan.', 'Väntetid under 45 min; utlåtande inom 2 vardagar; stråldoserna följs upp.', 'Wait under 45 min; report within 2 working days; doses monitored.'],
    fee: { type: 'free', rule: t('Sisältyy lähettäneen käynnin maksuun.', 'Ingår i avgiften för det remitterande besöket.', 'Included in the referring visit fee.') },
    eligible: Math.round(OULU_POP * 0.03),
    at: [{ location: code, channels: [ch.walkIn(weekHours('08:00', '15:30', '14:00'), t('Lähetteellä ilman ajanvarausta', 'Med remiss utan tidsbokning', 'With referral, no appointment')), ch.phone(regionTel(450 + n), hours(MON_FRI, '09:00', '12:00'))] }],
  });
}

const PUBLIC_AREA: SeedService[] = AREAS.flatMap((a) => [
  simple({
    key: `disability-services-${a.code}`, cls: 'disability_services',
    name: [`Vammaispalvelut, ${a.fiAdj.toLowerCase()}`, `Handikappservice, ${a.sv}`, `Disability services, ${a.en}`],
    summary: ['Vammaispalvelulain mukaiset palvelut: henkilökohtainen apu, kuljetuspalvelu, asunnonmuutostyöt ja erityinen osallisuuden tuki.', 'Tjänster enligt handikappservicelagen: personlig assistans, färdtjänst, ändringsarbeten i bostaden och särskilt stöd för delaktighet.', 'Services under the Disability Services Act: personal assistance, transport, home modifications and participation support.'],
    desc: ['Vammaispalvelujen sosiaalityöntekijä tekee palvelutarpeen arvion ja laatii palvelusuunnitelman yhdessä asiakkaan kanssa. Hakemuksen voi tehdä sähköisesti tai paperilla; liitteeksi tarvitaan lääkärinlausunto.', 'Handikappservicens socialarbetare bedömer servicebehovet och gör upp en serviceplan tillsammans med klienten. Ansökan kan göras elektroniskt eller på papper; ett läkarutlåtande behövs som bilaga.', 'A social worker assesses the need and drafts a service plan with the client. Apply online or on paper with a medical statement.'],
    kw: ['vammaispalvelu', 'henkilökohtainen apu', 'kuljetuspalvelu', 'vammainen', 'handikappservice', 'färdtjänst', 'disability services', a.fiAdj],
    tg: ['people_with_disabilities'], crit: ['Pitkäaikainen vamma tai sairaus, joka aiheuttaa huomattavia vaikeuksia suoriutua arjen toiminnoista.', 'Långvarig funktionsnedsättning eller sjukdom som orsakar betydande svårigheter i vardagen.', 'A long-term disability or illness causing significant difficulties in daily life.'],
    cond: ['disability_decision', 'medical_statement'],
    quality: ['Palvelutarpeen arvio 7 arkipäivässä; päätös 3 kuukaudessa hakemuksesta; palvelusuunnitelma tarkistetaan vuosittain.', 'Bedömning av servicebehovet inom 7 vardagar; beslut inom 3 månader; serviceplanen ses över årligen.', 'Assessment within 7 working days; decision within 3 months; plan reviewed yearly.'],
    eligible: Math.round(a.pop * 0.012), special: [DISABLED_CONTACT, IMMIGRANT_CONTACT],
    at: [{ location: a.centres[0] ?? 'hyk-tuira', channels: [ch.inPerson(), ch.phone(areaTel(a, 30), hours(MON_FRI, '09:00', '11:00')), ch.eService(`${E_SERVICE}/vammaispalvelut`)] }],
  }),
  simple({
    key: `home-care-support-${a.code}`, cls: 'home_care_support',
    name: [`Kotihoidon tukipalvelut, ${a.fiAdj.toLowerCase()}`, `Stödtjänster för hemvård, ${a.sv}`, `Home care support services, ${a.en}`],
    summary: ['Ateria-, turvapuhelin-, siivous- ja kauppapalvelujen myöntäminen ja palvelusetelit.', 'Beviljande av måltids-, trygghetstelefon-, städ- och butikstjänster samt servicesedlar.', 'Granting of meals, safety phone, cleaning and shopping services and vouchers.'],
    desc: ['Tukipalvelut helpottavat kotona asumista. Asiakasohjaaja arvioi tarpeen ja myöntää palvelun tai palvelusetelin, jolla voit valita tuottajan hyväksyttyjen yritysten joukosta.', 'Stödtjänsterna underlättar boendet hemma. Klientstyraren bedömer behovet och beviljar tjänsten eller en servicesedel med vilken du kan välja producent bland godkända företag.', 'Support services make living at home easier; a client guide assesses the need and grants the service or a voucher for an approved provider.'],
    kw: ['tukipalvelu', 'ateriapalvelu', 'turvapuhelin', 'siivous', 'stödtjänst', 'trygghetstelefon', 'support services', a.fiAdj],
    tg: OLD, crit: ['Kotona asuva, jonka toimintakyky on alentunut; palvelutarpeen arvio.', 'Person som bor hemma och har nedsatt funktionsförmåga; bedömning av servicebehovet.', 'People at home with reduced functional ability; needs assessment.'],
    cond: ['service_needs_assessment'],
    quality: ['Yhteydenotto 3 arkipäivässä; turvapuhelin asennetaan viikossa päätöksestä.', 'Kontakt inom 3 vardagar; trygghetstelefonen installeras inom en vecka från beslutet.', 'Contact within 3 working days; safety phone installed within a week.'],
    fee: { type: 'income_based', unit: 'month', rule: t('Tukipalvelujen maksut hinnaston mukaan; palvelusetelin arvo tulojen mukaan.', 'Avgifterna för stödtjänsterna enligt prislistan; servicesedelns värde enligt inkomsterna.', 'Fees per price list; the voucher value depends on income.') },
    eligible: Math.round(a.pop * SHARE.age75plus * 0.15),
    at: [{ location: a.centres[0] ?? 'hyk-tuira', channels: [ch.phone(areaTel(a, 31), hours(MON_FRI, '09:00', '12:00'), t('Ikäihmisten asiakasohjaus', 'Klientstyrning för äldre', 'Client guidance for older people')), ch.homeVisit()] }],
  }),
]);

const PUBLIC_OTHER: SeedService[] = [
  simple({
    key: 'aids-centre-loan', cls: 'aids_centre',
    name: ['Apuvälinelainaus', 'Utlåning av hjälpmedel', 'Loan of assistive devices'],
    summary: ['Liikkumisen, päivittäisten toimien ja kommunikoinnin apuvälineet lainaksi.', 'Hjälpmedel för rörlighet, dagliga sysslor och kommunikation till lån.', 'Aids for mobility, daily activities and communication on loan.'],
    desc: ['Apuvälinekeskus lainaa rollaattorit, pyörätuolit, sängyt, nostolaitteet ja pienapuvälineet. Tarpeen arvioi fysio- tai toimintaterapeutti; lyhytaikaiseen tarpeeseen (alle 3 kk) voi tulla suoraan. Palautus arkisin aukioloaikana.', 'Hjälpmedelscentralen lånar ut rollatorer, rullstolar, sängar, lyftanordningar och små hjälpmedel. Behovet bedöms av en fysio- eller ergoterapeut; vid kortvarigt behov (under 3 mån.) kan man komma direkt. Returnering på vardagar under öppettiden.', 'Walkers, wheelchairs, beds, hoists and small aids on loan. A therapist assesses the need; for short-term needs (under 3 months) come directly.'],
    kw: ['apuväline', 'rollaattori', 'pyörätuoli', 'kyynärsauvat', 'lainaus', 'hjälpmedel', 'rollator', 'assistive devices'],
    tg: ['people_with_disabilities', 'older_people_65_plus'], crit: ['Kaikki, joilla on tilapäinen tai pysyvä apuvälineen tarve.', 'Alla som har ett tillfälligt eller permanent behov av hjälpmedel.', 'Anyone with a temporary or permanent need for an aid.'], cond: ['aid_need_assessment'],
    quality: ['Kiireellinen apuväline samana päivänä; yksilöllinen sovitus 4 viikossa; huolto ja korjaus maksutta.', 'Brådskande hjälpmedel samma dag; individuell utprovning inom 4 veckor; service och reparation avgiftsfritt.', 'Urgent aids the same day; individual fitting within 4 weeks; free repairs.'],
    eligible: Math.round(OULU_POP * 0.06), special: [DISABLED_CONTACT],
    at: [{ location: 'pphva-apuvalinekeskus', channels: [ch.walkIn(weekHours('08:00', '15:30', '14:00')), ch.phone(regionTel(410), hours(MON_FRI, '09:00', '12:00')), ch.eService(`${E_SERVICE}/apuvalineet`)] }],
  }),
  simple({
    key: 'aids-centre-home-modification', cls: 'aids_centre',
    name: ['Kodin muutostyöt ja apuvälinearvio kotona', 'Ändringsarbeten i hemmet och hjälpmedelsbedömning i hemmet', 'Home modifications and aids assessment at home'],
    summary: ['Toimintaterapeutti arvioi kotona tarvittavat apuvälineet ja muutostyöt.', 'En ergoterapeut bedömer vilka hjälpmedel och ändringsarbeten som behövs i hemmet.', 'An occupational therapist assesses aids and modifications needed at home.'],
    desc: ['Kotikäynnillä arvioidaan kylpyhuoneen, portaiden ja kulkureittien turvallisuus. Pienet muutostyöt (tukikahvat, luiskat) asennetaan apuvälinekeskuksen kautta; vaikeavammaisten asunnonmuutostyöt haetaan vammaispalveluista.', 'Vid hembesöket bedöms säkerheten i badrummet, trapporna och gångvägarna. Små ändringsarbeten (stödhandtag, ramper) installeras via hjälpmedelscentralen; ändringsarbeten för personer med svår funktionsnedsättning söks från handikappservicen.', 'A home visit checks bathroom, stairs and routes; grab rails and ramps installed through the aids centre; major works via disability services.'],
    kw: ['muutostyö', 'tukikahva', 'luiska', 'kotikäynti', 'toimintaterapeutti', 'ändringsarbete', 'stödhandtag', 'home modification'],
    tg: ['people_with_disabilities', 'older_people_65_plus'], crit: ['Liikkumisen tai arjen vaikeus kotona; lähete tai oma yhteydenotto.', 'Svårigheter att röra sig eller klara vardagen hemma; remiss eller egen kontakt.', 'Difficulty moving or coping at home; referral or self-referral.'],
    cond: ['aid_need_assessment'], quality: ['Kotikäynti 3 viikossa; kiireellisesti kotiutuksen yhteydessä.', 'Hembesök inom 3 veckor; brådskande i samband med utskrivning.', 'Home visit within 3 weeks; urgent on discharge.'],
    eligible: Math.round(OULU_POP * 0.01),
    at: [{ location: 'pphva-apuvalinekeskus', channels: [ch.homeVisit(), ch.phone(regionTel(411), hours(MON_FRI, '09:00', '11:00'))] }],
  }),
  simple({
    key: 'aids-centre-hearing', cls: 'aids_centre',
    name: ['Kuulon apuvälineet', 'Hörselhjälpmedel', 'Hearing aids'],
    summary: ['Kuulokojeiden sovitus, huolto, paristot ja kuulon apuvälineiden lainaus.', 'Utprovning och service av hörapparater, batterier och utlåning av hörselhjälpmedel.', 'Fitting and servicing of hearing aids, batteries and loan of hearing devices.'],
    desc: ['Kuulokeskus sovittaa kuulokojeet lääkärin lähetteellä ja huoltaa ne. Paristoja ja letkuja saa ilman ajanvarausta. Lainaan saa myös herätyskelloja, ovikellon hälyttimiä ja tv-kuuntelulaitteita.', 'Hörselcentralen provar ut hörapparater med läkarremiss och servar dem. Batterier och slangar fås utan tidsbokning. Man kan också låna väckarklockor, dörrklockslarm och tv-lyssningsapparater.', 'Hearing aids fitted on referral and serviced; batteries without appointment; alarm clocks, doorbell alerts and TV listeners on loan.'],
    kw: ['kuulokoje', 'kuulo', 'paristot', 'huonokuuloinen', 'hörapparat', 'hörsel', 'hearing aid'],
    tg: ['people_with_hearing_impairment', 'older_people_65_plus'], crit: ['Kuulovamma; kuulokojeen sovitus lääkärin lähetteellä.', 'Hörselskada; utprovning av hörapparat med läkarremiss.', 'Hearing loss; fitting on a doctor\'s referral.'],
    cond: ['referral'], quality: ['Sovitus 3 kuukaudessa lähetteestä; huolto 1 viikossa.', 'Utprovning inom 3 månader från remissen; service inom 1 vecka.', 'Fitting within 3 months; service within a week.'],
    eligible: Math.round(OULU_POP * 0.02),
    at: [{ location: 'pphva-apuvalinekeskus', channels: [ch.walkIn(hours([2, 4], '09:00', '12:00'), t('Paristot ja pienhuolto', 'Batterier och småservice', 'Batteries and minor service')), ch.phone(regionTel(412), hours(MON_FRI, '09:00', '11:00'))] }],
  }),
  publicHousing('service_housing', 'pphva-lehtola', 1, 60),
  publicHousing('service_housing', 'pphva-niittyla', 2, 40),
  publicHousing('service_housing', 'pphva-karpalo', 3, 32),
  publicHousing('intensive_service_housing', 'pphva-kielo', 4, 45),
  publicHousing('intensive_service_housing', 'pphva-karpalo', 5, 30),
  publicHousing('intensive_service_housing', 'pphva-kuura', 6, 15),
  publicHousing('short_term_care', 'pphva-lehtola', 7, 24),
  publicHousing('short_term_care', 'pphva-niittyla', 8, 16),
  publicHousing('long_term_care', 'pphva-kaupunginsairaala', 9, 40),
  publicHousing('long_term_care', 'pphva-kielo', 10, 12),
  ...([['hyk-kontinkangas', 'Kontinkankaan', 'Kontinkangas', 38], ['hyk-haukipudas', 'Haukiputaan', 'Haukipudas', 26], ['pphva-kaupunginsairaala', 'Kaupunginsairaalan', 'stadssjukhuset', 60]] as const).map(([code, gen, sv, beds], i) => simple({
    key: `ward-${code.replace(/^(hyk|pphva)-/, '')}`, cls: 'ward_care',
    name: [`${gen} lyhytaikainen vuodeosasto`, `Kortvarig bäddavdelning, ${sv}`, `Short-term ward, ${code === 'pphva-kaupunginsairaala' ? 'City Hospital' : sv}`],
    summary: ['Lyhytaikainen osastohoito akuutin sairauden, leikkauksen jälkeisen toipumisen tai kuntoutuksen ajaksi.', 'Kortvarig avdelningsvård vid akut sjukdom, återhämtning efter operation eller rehabilitering.', 'Short-term ward care for acute illness, post-operative recovery or rehabilitation.'],
    desc: [`Osastolle tullaan päivystyksen, erikoissairaanhoidon tai oman lääkärin lähetteellä. Hoitoaika on keskimäärin 7–14 vuorokautta, ja kotiutus suunnitellaan kotihoidon kanssa. Osastolla on ${beds} potilaspaikkaa.`, `Man kommer till avdelningen med remiss från jouren, den specialiserade sjukvården eller den egna läkaren. Vårdtiden är i genomsnitt 7–14 dygn och utskrivningen planeras tillsammans med hemvården. Avdelningen har ${beds} patientplatser.`, `Admission on a referral from the emergency department, hospital or GP; average stay 7–14 days; discharge planned with home care. ${beds} beds.`],
    kw: ['vuodeosasto', 'osastohoito', 'terveyskeskussairaala', 'kuntoutus', 'bäddavdelning', 'avdelningsvård', 'ward', sv],
    tg: ['everyone'], crit: ['Lääkärin lähete ja osastohoidon tarve.', 'Läkarremiss och behov av avdelningsvård.', 'A doctor\'s referral and a need for ward care.'], cond: ['referral', 'medical_grounds'],
    quality: ['Kotiutussuunnitelma 48 tunnissa saapumisesta; omaisille nimetty yhteyshenkilö; kaatumisriskin arvio kaikille.', 'Utskrivningsplan inom 48 timmar från ankomsten; en kontaktperson för de anhöriga; bedömning av fallrisk för alla.', 'Discharge plan within 48 h; a contact person for relatives; fall-risk assessment for all.'],
    fee: fixedFee(5180, 'day', ['Lyhytaikainen laitoshoito 51,80 € vuorokaudelta; maksukatto huomioidaan.', 'Kortvarig anstaltsvård 51,80 € per dygn; avgiftstaket beaktas.', 'Short-term inpatient care €51.80 per day; the annual fee cap applies.']),
    price: price('day', [PL.staff(38000), PL.doctor(6500), PL.meals(1400), PL.supplies(3200), PL.overheads(5900)]),
    eligible: beds * 40, special: [DISABLED_CONTACT],
    at: [{ location: code, channels: [ch.inPerson(hours([1, 2, 3, 4, 5, 6, 7], '13:00', '19:00'), t('Vierailuaika', 'Besökstid', 'Visiting hours')), ch.phone(regionTel(420 + i), hours([1, 2, 3, 4, 5, 6, 7], '10:00', '20:00'), t('Osaston puhelin omaisille', 'Avdelningens telefon för anhöriga', 'Ward phone for relatives'))] }],
  })),
  xray('hyk-kaakkuri', 1),
  xray('hyk-kontinkangas', 2),
  xray('hyk-haukipudas', 3),
  xray('hyk-myllyoja', 4),
  ...([
    ['food-control', ['Elintarvikevalvonta', 'Livsmedelstillsyn', 'Food control'], ['Ravintoloiden, kauppojen ja elintarvikeyritysten valvonta, ilmoitukset ja Oiva-raportit.', 'Tillsyn över restauranger, butiker och livsmedelsföretag, anmälningar och Oiva-rapporter.', 'Inspection of restaurants, shops and food businesses, notifications and Oiva reports.'], ['elintarvike', 'ruokamyrkytys', 'Oiva', 'ravintola', 'livsmedel', 'matförgiftning', 'food safety']],
    ['health-protection', ['Terveydensuojelu ja asumisterveys', 'Hälsoskydd och boendehälsa', 'Health protection and housing health'], ['Sisäilma-, kosteus- ja melu-ongelmat asunnoissa, talousvesi ja uimavedet.', 'Problem med inomhusluft, fukt och buller i bostäder, hushållsvatten och badvatten.', 'Indoor air, damp and noise in homes, drinking water and bathing water.'], ['sisäilma', 'kosteusvaurio', 'melu', 'talousvesi', 'inomhusluft', 'fuktskada', 'indoor air']],
    ['tobacco-control', ['Tupakka- ja nikotiinivalvonta', 'Tobaks- och nikotintillsyn', 'Tobacco and nicotine control'], ['Tupakan myyntilupien, mainonnan ja tupakointikieltojen valvonta.', 'Tillsyn över försäljningstillstånd för tobak, reklam och rökförbud.', 'Supervision of tobacco sales licences, advertising and smoking bans.'], ['tupakka', 'tupakointikielto', 'myyntilupa', 'tobak', 'rökförbud', 'tobacco']],
    ['veterinary', ['Eläinlääkäripalvelut ja eläinsuojelu', 'Veterinärtjänster och djurskydd', 'Veterinary services and animal welfare'], ['Kiireellinen eläinlääkäriapu, päivystys ja eläinsuojeluilmoitukset.', 'Brådskande veterinärhjälp, jour och anmälningar om djurskydd.', 'Urgent veterinary help, on-call service and animal welfare reports.'], ['eläinlääkäri', 'eläinsuojelu', 'lemmikki', 'veterinär', 'djurskydd', 'vet']],
  ] as const).map(([key, name, summary, kw], i) => simple({
    key: `env-${key}`, org: 'oulu', cls: 'environmental_health',
    name: [...name], summary: [...summary],
    desc: [`${summary[0]} Oulun seudun ympäristötoimi hoitaa ympäristöterveydenhuollon Oulussa ja sen naapurikunnissa. Ilmoitukset ja hakemukset tehdään sähköisesti; valvontakäynnit ovat riskiperusteisia.`, `${summary[1]} Miljöväsendet i Uleåborgsregionen sköter miljö- och hälsoskyddet i Uleåborg och grannkommunerna. Anmälningar och ansökningar görs elektroniskt; tillsynsbesöken är riskbaserade.`, `${summary[2]} Oulu region environmental services handles environmental health in Oulu and neighbouring municipalities; notifications online; risk-based inspections.`],
    kw: [...kw], tg: ['everyone', 'businesses'], crit: ['Kaikille avoin; yritysten ilmoitusvelvollisuus lain mukaan.', 'Öppen för alla; företagens anmälningsskyldighet enligt lag.', 'Open to all; businesses notify as required by law.'],
    quality: ['Yhteydenottoon vastataan 3 arkipäivässä; terveyshaitta-asiat käsitellään kiireellisinä.', 'Kontakter besvaras inom 3 vardagar; sanitära olägenheter behandlas som brådskande.', 'Contacts answered within 3 working days; health hazards treated as urgent.'],
    fee: { type: 'fixed', unit: 'inspection', rule: t('Valvontamaksut ympäristötoimen taksan mukaan; neuvonta kuluttajille maksuton.', 'Tillsynsavgifter enligt miljöväsendets taxa; rådgivning för konsumenter avgiftsfri.', 'Inspection fees per tariff; advice to consumers is free.') },
    eligible: OULU_POP,
    at: [{ location: 'oulu-ymparisto', channels: [ch.inPerson(), ch.phone(`08 558 ${36010 + i}`, hours(MON_FRI, '09:00', '12:00')), ch.eService(`${E_SERVICE}/ymparisto/${key}`)] }],
  })),
  simple({
    key: 'family-carer-peer-groups', cls: 'peer_support', group: 'older_and_disabled',
    name: ['Omaishoitajien valmennus ja vertaisryhmät', 'Träning och kamratgrupper för närståendevårdare', 'Family carer training and peer groups'],
    summary: ['Hyvinvointialueen omaishoitajavalmennus ja ohjatut vertaisryhmät hyvinvointikeskuksissa.', 'Välfärdsområdets träning för närståendevårdare och ledda kamratgrupper på välfärdscentralerna.', 'The region\'s carer training and guided peer groups at welfare centres.'],
    desc: ['Uusille omaishoitajille järjestetään neljän kerran valmennus (palvelut, jaksaminen, ergonomia, tuet). Vertaisryhmät kokoontuvat kuukausittain omaishoidon ohjaajan vetämänä; hoidettavalle voi järjestää sijaishoidon ryhmän ajaksi.', 'Nya närståendevårdare erbjuds en träning i fyra delar (tjänster, ork, ergonomi, stöd). Kamratgrupperna träffas varje månad under ledning av en handledare för närståendevård; den vårdade kan få avlösning under gruppen.', 'A four-part course for new carers and monthly guided peer groups; substitute care during the group can be arranged.'],
    kw: ['omaishoitaja', 'vertaisryhmä', 'valmennus', 'jaksaminen', 'närståendevårdare', 'kamratgrupp', 'family carer'],
    tg: ['family_carers'], crit: ['Omaishoitajat ja läheistään hoitavat.', 'Närståendevårdare och personer som vårdar en anhörig.', 'Family carers and people caring for a relative.'],
    quality: ['Ryhmät enintään 10 hengelle; valmennus 4 kertaa vuodessa.', 'Grupper för högst 10 personer; träningen 4 gånger om året.', 'Groups of up to 10; training four times a year.'],
    eligible: Math.round(OULU_POP * 0.012),
    at: ['hyk-tuira', 'hyk-kaakkuri', 'hyk-haukipudas'].map((code, i) => ({ location: code, channels: [ch.inPerson(hours([([2, 3, 4] as const)[i] ?? 2], '13:00', '15:00')), ...(i === 0 ? [ch.phone(regionTel(430), hours(MON_FRI, '09:00', '12:00')), ch.eService(`${E_SERVICE}/omaishoito`)] : [])] })),
  }),
];

export const PRODUCER_SERVICES: SeedService[] = [...PRIVATE, ...PUBLIC_AREA, ...PUBLIC_OTHER];
