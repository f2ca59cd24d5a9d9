import type fi from './fi.json';

// Finnish is the source language: every key used in code must exist in fi.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof fi };
  }
}
