import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COUNTIES, MA_MUNICIPALITIES, findMunicipality } from './geo';

const csvPath = join(__dirname, '../../../../tools/data/ma-municipalities.csv');

describe('Massachusetts municipalities', () => {
  it('holds exactly the rows of the shipped CSV, in the 14 counties', () => {
    const lines = readFileSync(csvPath, 'utf8').trim().split('\n').slice(1);
    expect(MA_MUNICIPALITIES).toHaveLength(351);
    expect(MA_MUNICIPALITIES.map((m) => [m.name, m.county, m.countyFips, m.kind].join(','))).toEqual(
      lines,
    );
    expect(new Set(MA_MUNICIPALITIES.map((m) => m.county))).toEqual(new Set(COUNTIES));
  });

  it('counts 59 cities and 292 towns', () => {
    expect(MA_MUNICIPALITIES.filter((m) => m.kind === 'city')).toHaveLength(59);
    expect(MA_MUNICIPALITIES.filter((m) => m.kind === 'town')).toHaveLength(292);
  });

  it('finds a municipality by its official name', () => {
    expect(findMunicipality('Worcester')?.county).toBe('Worcester');
    expect(findMunicipality('Chelsea')?.county).toBe('Suffolk');
    expect(findMunicipality('Atlantis')).toBeUndefined();
  });
});
