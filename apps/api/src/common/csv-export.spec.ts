import { neutralizeFormula } from './csv-export';

describe('neutralizeFormula', () => {
  it.each(['=HYPERLINK("http://evil.example")', '+1 555 0100', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'turns %j into text a spreadsheet will not run',
    (cell) => {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    },
  );

  it('leaves ordinary text alone, accents included', () => {
    expect(neutralizeFormula('José Ramírez')).toBe('José Ramírez');
    expect(neutralizeFormula('a=b')).toBe('a=b');
  });
});
