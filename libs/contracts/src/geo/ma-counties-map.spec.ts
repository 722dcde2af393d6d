import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COUNTIES } from './geo';

const ROOT = join(__dirname, '../../../..');
const MAP_DATA = join(ROOT, 'apps/web/src/features/reports/map/ma-counties.geo.json');

interface CountyCollection {
  source: string;
  features: { id: string; properties: { name: string; fips: string }; geometry: { type: string } }[];
}

// The dashboard's county map ships a file generated from us-atlas by tools/geo/ma-counties.ts.
describe('the Massachusetts county map data', () => {
  const committed = JSON.parse(readFileSync(MAP_DATA, 'utf8')) as CountyCollection;

  it('is what `npm run geo:counties` writes from the installed atlas', () => {
    // Throws (exit 1) when the generator would write anything else.
    const out = execFileSync(process.execPath, ['-r', '@swc-node/register', 'tools/geo/ma-counties.ts', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain('up to date');
  }, 60_000);

  it('holds one area per county, named and numbered as the contracts do', () => {
    expect(committed.features.map((f) => f.properties.name)).toEqual([...COUNTIES]);
    for (const county of committed.features) {
      expect(county.id).toBe(county.properties.fips);
      expect(county.properties.fips).toMatch(/^25\d{3}$/);
      expect(['Polygon', 'MultiPolygon']).toContain(county.geometry.type);
    }
    expect(committed.source).toContain('us-atlas');
  });
});
