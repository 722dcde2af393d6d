import type { BreakdownRow } from '@coalition/contracts';
import { Flex, Segmented } from 'antd';
import { useState } from 'react';
import { usePrintLayout } from './chart-size';
import {
  CountyMapFigure,
  MAP_MEASURE_LABELS,
  MAP_MEASURES,
  type MapMeasure,
} from './county-map-figure';

/** The county map with a switch between what shades it; on paper, both maps one after the other. */
export function CountyMapSwitch({ rows }: { rows: BreakdownRow[] }) {
  const [measure, setMeasure] = useState<MapMeasure>('members');
  if (usePrintLayout()) {
    return (
      <Flex vertical gap="large">
        {MAP_MEASURES.map((m) => (
          <CountyMapFigure key={m} rows={rows} measure={m} />
        ))}
      </Flex>
    );
  }
  return (
    <Flex vertical gap="small">
      <Segmented<MapMeasure>
        aria-label="Shade the counties by"
        options={MAP_MEASURES.map((m) => ({ value: m, label: MAP_MEASURE_LABELS[m] }))}
        value={measure}
        onChange={setMeasure}
        style={{ alignSelf: 'flex-start' }}
      />
      <CountyMapFigure rows={rows} measure={measure} />
    </Flex>
  );
}
