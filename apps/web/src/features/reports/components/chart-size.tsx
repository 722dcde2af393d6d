import { createContext, type CSSProperties, type ReactNode, useContext } from 'react';

/**
 * On paper a chart cannot measure its container (the print layout is computed after the last
 * render), so the print page gives every chart a fixed width; on screen charts fill their card.
 */
const FixedChartWidthContext = createContext<number | undefined>(undefined);

export function FixedSizeCharts({ width, children }: { width: number; children: ReactNode }) {
  return <FixedChartWidthContext value={width}>{children}</FixedChartWidthContext>;
}

/** Whether the page is laid out for print: every chart fixed, every choice shown at once. */
export function usePrintLayout(): boolean {
  return useContext(FixedChartWidthContext) !== undefined;
}

interface ChartSize {
  responsive?: boolean;
  width?: number;
  height?: number;
  style?: CSSProperties;
}

/** The size props of a recharts chart `height` pixels high. */
export function useChartSize(height: number): ChartSize {
  const width = useContext(FixedChartWidthContext);
  return width === undefined
    ? { responsive: true, style: { width: '100%', height } }
    : { width, height };
}
