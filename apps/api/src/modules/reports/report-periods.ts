import type { ReportPeriod } from '@coalition/contracts';
import { quarterNotStarted } from './report.errors';

/*
 * The KPI periods (docs/reports.md). Pure date arithmetic on ISO dates (YYYY-MM-DD), done in UTC
 * so no time zone shifts a day; "today" is always the database session's current_date, read by
 * the caller, so the periods agree with the dates the SQL compares.
 */

interface Quarter {
  year: number;
  /** 1 to 4. */
  number: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** `date` moved by `days` (negative: earlier). */
export function addDays(date: string, days: number): string {
  return toDate(toTime(date) + days * DAY_MS);
}

function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

function quarterOf(date: string): Quarter {
  return { year: Number(date.slice(0, 4)), number: Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1 };
}

/** `2026-Q3` (already validated by the contract's quarterField). */
function parseQuarter(text: string): Quarter {
  return { year: Number(text.slice(0, 4)), number: Number(text.slice(6)) };
}

function previousQuarter(q: Quarter): Quarter {
  return q.number === 1 ? { year: q.year - 1, number: 4 } : { year: q.year, number: q.number - 1 };
}

function firstDay(q: Quarter): string {
  return `${q.year}-${String((q.number - 1) * 3 + 1).padStart(2, '0')}-01`;
}

function lastDay(q: Quarter): string {
  const next = q.number === 4 ? { year: q.year + 1, number: 1 } : { year: q.year, number: q.number + 1 };
  return addDays(firstDay(next), -1);
}

const name = (q: Quarter) => `Q${q.number} ${q.year}`;
const sameQuarter = (a: Quarter, b: Quarter) => a.year === b.year && a.number === b.number;

export interface KpiPeriods {
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
}

/**
 * The period a KPI counts and the one it is compared with. Without `quarter`, or with the
 * current one: this quarter from its first day to today, against as many days from the first
 * day of the previous quarter (cut at that quarter's end, which is shorter in days than some).
 * A quarter that has ended: all of it against all of the previous one. A quarter that has not
 * started yet is refused (400 on `quarter`).
 */
export function kpiPeriods(today: string, quarter?: string): KpiPeriods {
  const current = quarterOf(today);
  const asked = quarter ? parseQuarter(quarter) : current;
  const previous = previousQuarter(asked);
  if (sameQuarter(asked, current)) {
    const elapsed = daysBetween(firstDay(current), today);
    const previousEnd = addDays(firstDay(previous), elapsed);
    return {
      period: { start: firstDay(current), end: today, label: `${name(current)} to date` },
      previousPeriod: {
        start: firstDay(previous),
        end: previousEnd < lastDay(previous) ? previousEnd : lastDay(previous),
        label: `${name(previous)}, same days`,
      },
    };
  }
  if (firstDay(asked) > today) throw quarterNotStarted(quarter ?? '');
  return {
    period: { start: firstDay(asked), end: lastDay(asked), label: name(asked) },
    previousPeriod: { start: firstDay(previous), end: lastDay(previous), label: name(previous) },
  };
}
