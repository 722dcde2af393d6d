import { Flex, theme } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { CountyLegend } from './county-legend';
import { countyPalette, fillOf, valueRange } from './county-scale';
import { COUNTY_SHAPES, type CountyShape, MAP_VIEW_BOX } from './county-shapes';

export interface CountyMapRow {
  /** As the contracts write it, without "County" ("Worcester"). */
  county: string;
  /** What shades the county; `null` when there is nothing to show (grey). */
  value: number | null;
  /** Where a click on the county goes: its members, usually. */
  href: string;
  /** The value in words, read after the county's name ("34 members"). */
  label: string;
}

export interface CountyMapProps {
  rows: readonly CountyMapRow[];
  /** What the values measure, for the legend ("Members"). */
  measureLabel: string;
}

/** The outline drawn over a hovered or focused county, above its neighbours' borders. */
function Outline({ shape, color, width }: { shape?: CountyShape; color: string; width: number }) {
  if (!shape) return null;
  return <path d={shape.d} fill="none" stroke={color} strokeWidth={width} pointerEvents="none" />;
}

/**
 * Massachusetts's 14 counties shaded by a value, light to dark, each a link (to its members):
 * reachable with Tab, named for screen readers ("Worcester: 34 members"), outlined on hover
 * and focus. The caller wraps it in a labelled figure.
 */
export function CountyMap({ rows, measureLabel }: CountyMapProps) {
  const { token } = theme.useToken();
  const palette = countyPalette(token);
  const rowOf = new Map(rows.map((row) => [row.county, row]));
  const range = valueRange(rows.map((row) => row.value));
  const [hovered, setHovered] = useState<string>();
  const [focused, setFocused] = useState<string>();
  const border = { stroke: token.colorBgContainer, strokeWidth: 1 } as const;

  const area = (shape: CountyShape) => {
    const row = rowOf.get(shape.name);
    const fill = fillOf(row?.value ?? null, range, palette);
    if (!row) {
      return (
        <path key={shape.name} d={shape.d} fill={fill} {...border}>
          <title>{`${shape.name}: no data`}</title>
        </path>
      );
    }
    const name = `${shape.name}: ${row.label}`;
    return (
      <Link
        key={shape.name}
        to={row.href}
        aria-label={name}
        // The outline drawn on top shows focus; the browser's ring would box the whole county.
        style={{ outline: 'none' }}
        onMouseEnter={() => setHovered(shape.name)}
        onMouseLeave={() => setHovered(undefined)}
        onFocus={() => setFocused(shape.name)}
        onBlur={() => setFocused(undefined)}
      >
        <title>{name}</title>
        <path d={shape.d} fill={fill} {...border} style={{ cursor: 'pointer' }} />
      </Link>
    );
  };

  const shapeNamed = (name?: string) => COUNTY_SHAPES.find((s) => s.name === name);
  return (
    <Flex vertical gap="small">
      <svg viewBox={MAP_VIEW_BOX} width="100%" style={{ display: 'block', height: 'auto' }}>
        {COUNTY_SHAPES.map(area)}
        <Outline shape={shapeNamed(hovered)} color={token.colorText} width={2} />
        <Outline shape={shapeNamed(focused)} color={token.colorPrimary} width={3} />
      </svg>
      <CountyLegend
        measureLabel={measureLabel}
        range={range}
        palette={palette}
        showNoData={COUNTY_SHAPES.some((s) => (rowOf.get(s.name)?.value ?? null) === null)}
      />
    </Flex>
  );
}
