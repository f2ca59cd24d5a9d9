import { describe, expect, it } from 'vitest';
import { resources } from '../src/i18n/resources';

const { fi, sv, en } = { fi: resources.fi.translation, sv: resources.sv.translation, en: resources.en.translation };

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it('have the same keys in Finnish, Swedish and English, none empty', () => {
    const finnish = keys(fi).sort();
    expect(keys(sv).sort()).toEqual(finnish);
    expect(keys(en).sort()).toEqual(finnish);
    for (const [name, tree] of Object.entries({ fi, sv, en })) {
      const empty = keys(tree).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, name).toEqual([]);
    }
  });
});
