import { parse } from 'csv-parse/sync';
import { csvLines, nullUnlessQuoted, parameterOf } from './full-export.values';

const readBack = (csv: string): unknown => parse(csv, { bom: true, cast: nullUnlessQuoted });

describe('full export values', () => {
  it('writes an empty string as "" and a null as an empty cell, and reads each back as it was', () => {
    const csv = csvLines([['', null, 'x']], ['a', 'b', 'c']);
    expect(csv).toBe('\uFEFFa,b,c\n"",,x\n');
    expect(readBack(csv)).toEqual([
      ['a', 'b', 'c'],
      ['', null, 'x'],
    ]);
  });

  it('keeps quotes, commas, line breaks, spaces and a leading = exactly', () => {
    const cells = ['say "hi", then\r\nleave', '  padded  ', '=HYPERLINK("x")', 'São Tomé 東京'];
    expect(readBack(csvLines([cells]))).toEqual([cells]);
  });

  it('reads text arrays from JSON and refuses anything else', () => {
    const column = { name: 'languages', kind: 'text[]' } as const;
    expect(parameterOf(column, '["es","a \\"q\\", b"]')).toEqual(['es', 'a "q", b']);
    expect(parameterOf(column, null)).toBeNull();
    expect(() => parameterOf(column, '[1]')).toThrow(
      'column languages holds [1], not a JSON array of strings',
    );
  });
});
