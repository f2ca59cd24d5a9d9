import type fi from './fi.json';
import type catalog from '../features/catalog/i18n/fi.json';
import type editing from '../features/editing/i18n/fi.json';
import type centre from '../features/centre/i18n/fi.json';
import type mydata from '../features/mydata/i18n/fi.json';
import type clients from '../features/clients/i18n/fi.json';

// Finnish is the source language: every key used in code must exist in the Finnish files.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof fi & { catalog: typeof catalog; editing: typeof editing; centre: typeof centre; mydata: typeof mydata; clients: typeof clients } };
  }
}
