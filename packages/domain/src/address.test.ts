import { describe, expect, it } from 'vitest';
import { parseAddressQuery, streetKey } from './address.ts';

describe('parseAddressQuery', () => {
  it.each([
    ['Kangastie 12, 90500 Oulu', { street: 'Kangastie 12', postalCode: '90500', city: 'Oulu' }],
    ['90500', { street: null, postalCode: '90500', city: null }],
    ['  Kangastie   12  ', { street: 'Kangastie 12', postalCode: null, city: null }],
    ['Kangastie 12, Oulu', { street: 'Kangastie 12', postalCode: null, city: 'Oulu' }],
    ['Pesätie 11 B 4 90410', { street: 'Pesätie 11 B 4', postalCode: '90410', city: null }],
    ['90830 Haukipudas', { street: null, postalCode: '90830', city: 'Haukipudas' }],
  ])('reads %s', (text, expected) => {
    expect(parseAddressQuery(text)).toEqual(expected);
  });
});

describe('streetKey', () => {
  it('keeps the street and house number only, in lower case', () => {
    expect(streetKey('Kajaanintie 46 A')).toBe('kajaanintie 46');
    expect(streetKey('Pesätie 11 B 4')).toBe('pesätie 11');
    expect(streetKey('Torikatu')).toBe('torikatu');
  });
});
