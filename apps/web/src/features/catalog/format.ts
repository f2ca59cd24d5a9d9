/** Formatting of catalogue data for reading: texts in the page language, times, money, distances. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { languageLocales, currentLanguage, type Language } from '../../i18n';
import { localized, type LocalizedName } from '../home/areas';
import type { WeeklyRange } from './api';

/** Times come as "HH:MM"; Finnish and Swedish write "8.00", English "08:00". */
export function formatTime(hhmm: string, language: Language): string {
  if (language === 'en') return hhmm;
  const [hours = '', minutes = ''] = hhmm.split(':');
  return `${Number(hours)}.${minutes}`;
}

export function formatRange(range: { opens: string; closes: string }, language: Language): string {
  return `${formatTime(range.opens, language)}–${formatTime(range.closes, language)}`;
}

/** ISO weekday (1 = Monday) by name; 1 January 2024 was a Monday. */
export function weekdayName(weekday: number, language: Language): string {
  const date = new Date(Date.UTC(2024, 0, weekday));
  return new Intl.DateTimeFormat(languageLocales[language], { weekday: 'long', timeZone: 'UTC' }).format(date);
}

export interface HoursLine {
  days: string;
  hours: string;
}

/**
 * Weekly hours as lines a person reads ("maanantai–perjantai 8.00–16.00"): consecutive days with
 * the same hours are joined, and a day with two ranges keeps both.
 */
export function weeklyLines(ranges: readonly WeeklyRange[], language: Language): HoursLine[] {
  const byDay = new Map<number, string>();
  for (const range of [...ranges].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens))) {
    const text = formatRange(range, language);
    byDay.set(range.weekday, byDay.has(range.weekday) ? `${byDay.get(range.weekday)}, ${text}` : text);
  }
  const lines: { first: number; last: number; hours: string }[] = [];
  for (const [day, hours] of byDay) {
    const previous = lines.at(-1);
    if (previous && previous.hours === hours && previous.last === day - 1) previous.last = day;
    else lines.push({ first: day, last: day, hours });
  }
  return lines.map(({ first, last, hours }) => ({
    days: first === last ? weekdayName(first, language) : `${weekdayName(first, language)}–${weekdayName(last, language)}`,
    hours,
  }));
}

export function formatEuros(cents: number, language: Language): string {
  return new Intl.NumberFormat(languageLocales[language], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export function formatKilometres(km: number, language: Language): string {
  const digits = km < 10 ? 1 : 0;
  return new Intl.NumberFormat(languageLocales[language], { style: 'unit', unit: 'kilometer', maximumFractionDigits: digits }).format(km);
}

/** Finnish numbers as written ("08 558 50011") dialled from anywhere: +358 and no spaces. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('0') ? `+358${digits.slice(1)}` : digits}`;
}

/** The page language and a reader of localised catalogue texts that follows it. */
export function useLocalize() {
  const { t } = useTranslation();
  const language = currentLanguage();
  // Stable per language: memoised lists and map markers depend on it.
  const text = useCallback((name: LocalizedName | null | undefined) => (name ? localized(name, language) : ''), [language]);
  return { t, language, text };
}
