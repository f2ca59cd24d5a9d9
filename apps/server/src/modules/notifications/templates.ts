/**
 * The texts of the messages Avain sends, in the recipient's language. `{{name}}` is replaced by the
 * parameter of that name. SMS bodies are the same text: keep them short.
 */
export type Language = 'fi' | 'sv' | 'en';

interface Template {
  subject: Record<Language, string>;
  body: Record<Language, string>;
}

export const TEMPLATES = {
  appointment_confirmed: {
    subject: { fi: 'Ajanvaraus vahvistettu', sv: 'Tidsbokningen är bekräftad', en: 'Appointment confirmed' },
    body: {
      fi: 'Aikasi on varattu: {{type}} {{time}}, {{place}}. Voit siirtää tai perua ajan {{deadline}} asti Avaimessa.',
      sv: 'Din tid är bokad: {{type}} {{time}}, {{place}}. Du kan flytta eller avboka tiden i Avain fram till {{deadline}}.',
      en: 'Your appointment is booked: {{type}} {{time}}, {{place}}. You can move or cancel it in Avain until {{deadline}}.',
    },
  },
  appointment_moved: {
    subject: { fi: 'Aikasi on siirretty', sv: 'Din tid har flyttats', en: 'Your appointment was moved' },
    body: {
      fi: 'Uusi aikasi: {{type}} {{time}}, {{place}}. Aiempi aika {{previous}} on vapautettu.',
      sv: 'Din nya tid: {{type}} {{time}}, {{place}}. Den tidigare tiden {{previous}} har frigjorts.',
      en: 'Your new appointment: {{type}} {{time}}, {{place}}. The earlier time {{previous}} was released.',
    },
  },
  appointment_cancelled: {
    subject: { fi: 'Aika peruttu', sv: 'Tiden är avbokad', en: 'Appointment cancelled' },
    body: {
      fi: 'Aika {{type}} {{time}} on peruttu.',
      sv: 'Tiden {{type}} {{time}} är avbokad.',
      en: 'The appointment {{type}} {{time}} was cancelled.',
    },
  },
  appointment_reminder: {
    subject: { fi: 'Muistutus huomisesta ajasta', sv: 'Påminnelse om tiden i morgon', en: 'Reminder of your appointment tomorrow' },
    body: {
      fi: 'Muistutus: {{type}} {{time}}, {{place}}.',
      sv: 'Påminnelse: {{type}} {{time}}, {{place}}.',
      en: 'Reminder: {{type}} {{time}}, {{place}}.',
    },
  },
  walk_in_called: {
    subject: { fi: 'Vuoronumerosi on kutsuttu', sv: 'Ditt könummer har ropats upp', en: 'Your queue number was called' },
    body: {
      fi: 'Vuoronumero {{number}} ({{service}}): tule paikkaan {{to}}.',
      sv: 'Könummer {{number}} ({{service}}): kom till {{to}}.',
      en: 'Queue number {{number}} ({{service}}): please come to {{to}}.',
    },
  },
  callback_received: {
    subject: { fi: 'Soittopyyntösi on vastaanotettu', sv: 'Din begäran om återuppringning har tagits emot', en: 'Your call-back request was received' },
    body: {
      fi: 'Soitamme numeroon {{phone}} asiassa "{{topic}}" viimeistään {{due}}.',
      sv: 'Vi ringer upp {{phone}} i ärendet "{{topic}}" senast {{due}}.',
      en: 'We will call {{phone}} about "{{topic}}" by {{due}}.',
    },
  },
  // Never the message itself: e-mail and SMS are not secure channels for client data.
  message_received: {
    subject: { fi: 'Uusi viesti Avaimessa', sv: 'Nytt meddelande i Avain', en: 'New message in Avain' },
    body: {
      fi: 'Sinulle on uusi viesti Avaimessa. Kirjaudu sisään lukeaksesi sen.',
      sv: 'Du har ett nytt meddelande i Avain. Logga in för att läsa det.',
      en: 'You have a new message in Avain. Log in to read it.',
    },
  },
} satisfies Record<string, Template>;

export type TemplateName = keyof typeof TEMPLATES;

/** A parameter the same in every language (a time), or said in each (a place name); Finnish when a language is missing. */
export type Param = string | { fi: string; sv?: string; en?: string };

/** The subject and body of a template in a language, with its parameters filled in. */
export function render(name: TemplateName, language: Language, params: Record<string, Param>): { subject: string; body: string } {
  const template: Template = TEMPLATES[name];
  const said = (param: Param | undefined) => (param === undefined ? '' : typeof param === 'string' ? param : (param[language] ?? param.fi));
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => said(params[key]));
  return { subject: fill(template.subject[language]), body: fill(template.body[language]) };
}
