import { type BreakdownReport, type BreakdownRow, type Kpi, KPI_LABELS, type KpiKey, type SegmentFilter } from '@coalition/contracts';
import type { BreakdownCountRow, BreakdownValue } from './report.repository';

/** Half away from zero, so a fall of 2.5% reads -3 as a rise of 2.5% reads 3. */
function roundedPercent(change: number, previous: number): number {
  const percent = (change * 100) / previous;
  return Math.sign(percent) * Math.round(Math.abs(percent));
}

export function toKpi(key: KpiKey, value: number, previous: number): Kpi {
  const change = value - previous;
  return {
    key,
    label: KPI_LABELS[key],
    value,
    previous,
    change,
    changePercent: previous === 0 ? null : roundedPercent(change, previous),
  };
}

export function toBreakdownTotal(row: BreakdownCountRow): BreakdownReport['total'] {
  const { organizations, contacts, averageScore, core, active, occasional, dormant } = row;
  return { organizations, contacts, averageScore, bands: { core, active, occasional, dormant } };
}

export function toBreakdownRow(value: BreakdownValue, row: BreakdownCountRow, filter: SegmentFilter): BreakdownRow {
  return { key: value.key, label: value.label, ...toBreakdownTotal(row), filter };
}
