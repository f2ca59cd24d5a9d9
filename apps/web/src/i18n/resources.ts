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

// Each feature keeps its texts beside its code, under its own top-level key.
export const resources = {
  fi: { translation: { ...fi, catalog: catalogFi, editing: editingFi, centre: centreFi, mydata: myDataFi, clients: clientsFi } },
  sv: { translation: { ...sv, catalog: catalogSv, editing: editingSv, centre: centreSv, mydata: myDataSv, clients: clientsSv } },
  en: { translation: { ...en, catalog: catalogEn, editing: editingEn, centre: centreEn, mydata: myDataEn, clients: clientsEn } },
};
