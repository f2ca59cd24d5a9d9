import fi from './fi.json';
import sv from './sv.json';
import en from './en.json';
import catalogFi from '../features/catalog/i18n/fi.json';
import catalogSv from '../features/catalog/i18n/sv.json';
import catalogEn from '../features/catalog/i18n/en.json';
import editingFi from '../features/editing/i18n/fi.json';
import editingSv from '../features/editing/i18n/sv.json';
import editingEn from '../features/editing/i18n/en.json';
import centreFi from '../features/centre/i18n/fi.json';
import centreSv from '../features/centre/i18n/sv.json';
import centreEn from '../features/centre/i18n/en.json';
import myDataFi from '../features/mydata/i18n/fi.json';
import myDataSv from '../features/mydata/i18n/sv.json';
import myDataEn from '../features/mydata/i18n/en.json';
import clientsFi from '../features/clients/i18n/fi.json';
import clientsSv from '../features/clients/i18n/sv.json';
import clientsEn from '../features/clients/i18n/en.json';
import assessmentFi from '../features/assessment/i18n/fi.json';
import assessmentSv from '../features/assessment/i18n/sv.json';
import assessmentEn from '../features/assessment/i18n/en.json';
import plansFi from '../features/plans/i18n/fi.json';
import plansSv from '../features/plans/i18n/sv.json';
import plansEn from '../features/plans/i18n/en.json';
import referralsFi from '../features/referrals/i18n/fi.json';
import referralsSv from '../features/referrals/i18n/sv.json';
import referralsEn from '../features/referrals/i18n/en.json';
import tasksFi from '../features/tasks/i18n/fi.json';
import tasksSv from '../features/tasks/i18n/sv.json';
import tasksEn from '../features/tasks/i18n/en.json';
import bookingFi from '../features/booking/i18n/fi.json';
import bookingSv from '../features/booking/i18n/sv.json';
import bookingEn from '../features/booking/i18n/en.json';
import messagingFi from '../features/messaging/i18n/fi.json';
import messagingSv from '../features/messaging/i18n/sv.json';
import messagingEn from '../features/messaging/i18n/en.json';
import contactFi from '../features/contact/i18n/fi.json';
import contactSv from '../features/contact/i18n/sv.json';
import contactEn from '../features/contact/i18n/en.json';
import notificationsFi from '../features/notifications/i18n/fi.json';
import notificationsSv from '../features/notifications/i18n/sv.json';
import notificationsEn from '../features/notifications/i18n/en.json';

// Each feature keeps its texts beside its code, under its own top-level key.
export const resources = {
  fi: { translation: { ...fi, catalog: catalogFi, editing: editingFi, centre: centreFi, mydata: myDataFi, clients: clientsFi, assessment: assessmentFi, plans: plansFi, referrals: referralsFi, tasks: tasksFi, booking: bookingFi, messaging: messagingFi, contact: contactFi, notifications: notificationsFi } },
  sv: { translation: { ...sv, catalog: catalogSv, editing: editingSv, centre: centreSv, mydata: myDataSv, clients: clientsSv, assessment: assessmentSv, plans: plansSv, referrals: referralsSv, tasks: tasksSv, booking: bookingSv, messaging: messagingSv, contact: contactSv, notifications: notificationsSv } },
  en: { translation: { ...en, catalog: catalogEn, editing: editingEn, centre: centreEn, mydata: myDataEn, clients: clientsEn, assessment: assessmentEn, plans: plansEn, referrals: referralsEn, tasks: tasksEn, booking: bookingEn, messaging: messagingEn, contact: contactEn, notifications: notificationsEn } },
};
