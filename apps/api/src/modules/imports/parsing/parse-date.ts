import type { DateOrder } from '@coalition/contracts';

/** A date cell read: the ISO date, or what is wrong with it in plain words. */
export type DateReading = { date: string } | { problem: string };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1));

// Anything after the date: a time ("4/3/2024 14:05:33") or a zone.
const TIME = String.raw`(?:[ T].*)?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${TIME}$`);
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]+([a-z]+)\.?,?[\s\-/.]+(\d{4}|\d{2})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.?[\s\-/.]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-/.]+(\d{4}|\d{2})$/;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/;

/**
 * Reads the ways people write a date: 2024-04-03, 2024/04/03, 03/04/2024 or 3.4.24 (by `order`;
 * without one, a date that reads both ways is a problem, never guessed), 3 April 2024, 3-Apr-2024,
 * April 3, 2024, Wednesday, April 3rd 2024. A time after the date is ignored.
 */
export function parseDate(text: string, order: DateOrder | undefined): DateReading {
  const iso = ISO.exec(text);
  if (iso) return calendarDate(+iso[1], +iso[2], +iso[3], text);
  const numeric = NUMERIC.exec(text);
  if (numeric) return numericDate(+numeric[1], +numeric[2], fullYear(numeric[3]), text, order);
  const words = text.toLowerCase().replace(WEEKDAY, '');
  const dmy = DAY_MONTH_YEAR.exec(words);
  if (dmy) return namedMonthDate(+dmy[1], dmy[2], fullYear(dmy[3]), text);
  const mdy = MONTH_DAY_YEAR.exec(words);
  if (mdy) return namedMonthDate(+mdy[2], mdy[1], fullYear(mdy[3]), text);
  return { problem: `not a date: "${text}"; write it as 2024-04-03` };
}

/** Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999 (as spreadsheets read them). */
function fullYear(digits: string): number {
  const year = +digits;
  if (digits.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

function numericDate(first: number, second: number, year: number, text: string, order: DateOrder | undefined): DateReading {
  if (order === 'mdy') return calendarDate(year, first, second, text, 'month/day/year');
  if (order === 'dmy') return calendarDate(year, second, first, text, 'day/month/year');
  const asMdy = calendarDate(year, first, second, text);
  const asDmy = calendarDate(year, second, first, text);
  if ('date' in asMdy && 'date' in asDmy && asMdy.date !== asDmy.date) {
    return {
      problem: `ambiguous date: ${text} could be ${MONTH_NAMES[first - 1]} ${second} or ${MONTH_NAMES[second - 1]} ${first}; choose the date order`,
    };
  }
  return 'date' in asMdy ? asMdy : asDmy;
}

function namedMonthDate(day: number, monthWord: string, year: number, text: string): DateReading {
  const month = monthWord.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(monthWord)) + 1 : 0;
  if (month === 0) return { problem: `not a date: "${text}"; write it as 2024-04-03` };
  return calendarDate(year, month, day, text);
}

function calendarDate(year: number, month: number, day: number, text: string, order?: string): DateReading {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1800 || year > 2200) {
    return { problem: order ? `not a date as ${order}: ${text}` : `not a real date: ${text}` };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${year}-${pad(month)}-${pad(day)}` };
}

/** For the guesser: the two numbers of a numeric date such as 13/04/2024, if the text is one. */
export function numericDateParts(text: string): [number, number] | undefined {
  const numeric = NUMERIC.exec(text.trim());
  return numeric ? [+numeric[1], +numeric[2]] : undefined;
}
