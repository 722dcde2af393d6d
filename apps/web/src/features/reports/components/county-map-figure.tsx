import type { BreakdownRow } from '@coalition/contracts';
import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { memberListHref } from '@/lib/member-list-href';
import { ChartFigure } from './chart-figure';
import { usePrintLayout } from './chart-size';
import { breakdownRowTitle, formatNumber, formatScore } from './report-format';

// The county boundaries are sizeable data: fetched only when a map is shown.
const CountyMap = lazy(() => import('../map/county-map').then((m) => ({ default: m.CountyMap })));

export const MAP_MEASURES = ['members', 'score'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];
export const MAP_MEASURE_LABELS: Record<MapMeasure, string> = {
  members: 'Members',
  score: 'Average engagement',
};

/** On paper the map keeps a readable size instead of the page's full width. */
const PRINT_WIDTH = 560;

function mapRows(rows: BreakdownRow[], measure: MapMeasure) {
  return rows.map((row) => ({
    county: row.key,
    value: measure === 'members' ? row.organizations : row.averageScore,
    href: memberListHref(row.filter, breakdownRowTitle('county', row.label)),
    label:
      measure === 'members'
        ? `${formatNumber(row.organizations)} ${row.organizations === 1 ? 'member' : 'members'}`
        : row.averageScore === null
          ? 'no scored members'
          : `average score ${formatScore(row.averageScore)}`,
  }));
}

interface CountyMapFigureProps {
  /** The county breakdown's rows. */
  rows: BreakdownRow[];
  measure: MapMeasure;
}

/** Massachusetts counties shaded by members or average engagement, each opening its members. */
export function CountyMapFigure({ rows, measure }: CountyMapFigureProps) {
  const printing = usePrintLayout();
  const name =
    measure === 'members' ? 'Map: members by county' : 'Map: average engagement score by county';
  return (
    <ChartFigure name={name} note={printing ? undefined : 'Click a county to open its members.'}>
      <div style={{ maxWidth: printing ? PRINT_WIDTH : 720 }}>
        <Suspense fallback={<Skeleton.Node active style={{ width: 320, height: 200 }} />}>
          <CountyMap
            rows={mapRows(rows, measure)}
            measureLabel={measure === 'members' ? 'Members' : 'Average engagement score'}
          />
        </Suspense>
      </div>
    </ChartFigure>
  );
}
