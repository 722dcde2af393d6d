import { Typography } from 'antd';
import type { ReactNode } from 'react';

interface ChartFigureProps {
  /** The chart's name: its caption and its accessible name. */
  name: string;
  /** A line under the name: what is drawn, how to use it. */
  note?: string;
  children: ReactNode;
}

/** A chart as a named figure, so it is announced, captioned and found on the print page. */
export function ChartFigure({ name, note, children }: ChartFigureProps) {
  return (
    <figure aria-label={name} style={{ margin: 0, breakInside: 'avoid' }}>
      <figcaption>
        <Typography.Text strong>{name}</Typography.Text>
        {note && (
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {note}
          </Typography.Text>
        )}
      </figcaption>
      {children}
    </figure>
  );
}
