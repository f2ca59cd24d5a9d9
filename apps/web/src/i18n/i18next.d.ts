import type { resources } from './resources';

// Finnish is the source language: every key used in code must exist in the Finnish files.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: (typeof resources)['fi']['translation'] };
  }
}
