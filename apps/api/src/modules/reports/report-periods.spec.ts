import { DomainError } from '../../common/domain-error';
import { addDays, kpiPeriods } from './report-periods';

describe('kpiPeriods', () => {
  it('compares this quarter to date with as many days from the start of the previous one', () => {
    expect(kpiPeriods('2026-11-24')).toEqual({
      period: { start: '2026-10-01', end: '2026-11-24', label: 'Q4 2026 to date' },
      previousPeriod: { start: '2026-07-01', end: '2026-08-24', label: 'Q3 2026, same days' },
    });
  });

  it('answers the same for the current quarter asked by name', () => {
    expect(kpiPeriods('2026-11-24', '2026-Q4')).toEqual(kpiPeriods('2026-11-24'));
  });

  it('counts one day on the first day of a quarter, and crosses into the previous year', () => {
    expect(kpiPeriods('2027-01-01')).toEqual({
      period: { start: '2027-01-01', end: '2027-01-01', label: 'Q1 2027 to date' },
      previousPeriod: { start: '2026-10-01', end: '2026-10-01', label: 'Q4 2026, same days' },
    });
  });

  it('cuts the previous period at the end of a shorter quarter', () => {
    // Q3 runs 92 days (Jul 1 + 91 = Sep 30); Q2 has 91, so Apr 1 + 91 = Jul 1 is cut to Jun 30.
    expect(kpiPeriods('2026-09-30').previousPeriod).toEqual({ start: '2026-04-01', end: '2026-06-30', label: 'Q2 2026, same days' });
    // Q1 of a leap year: Jan 1 + 90 = Mar 31; Q4 before it has 92 days, so Oct 1 + 90 = Dec 30.
    expect(kpiPeriods('2028-03-31').previousPeriod.end).toBe('2027-12-30');
  });

  it('compares a past quarter whole with the whole quarter before it', () => {
    expect(kpiPeriods('2026-11-24', '2026-Q1')).toEqual({
      period: { start: '2026-01-01', end: '2026-03-31', label: 'Q1 2026' },
      previousPeriod: { start: '2025-10-01', end: '2025-12-31', label: 'Q4 2025' },
    });
    expect(kpiPeriods('2028-05-02', '2028-Q1').period.end).toBe('2028-03-31');
  });

  it('refuses a quarter that has not started, naming the field', () => {
    const refusal = (() => {
      try {
        return kpiPeriods('2026-12-31', '2027-Q1');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).fields).toEqual([{ path: 'quarter', message: 'must be a quarter that has started' }]);
  });

  it('moves dates across months and years', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
