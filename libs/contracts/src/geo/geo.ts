import { MA_MUNICIPALITY_ROWS } from './ma-municipalities.data';

/** The 14 Massachusetts counties, written without the word "County". */
export const COUNTIES = [
  'Barnstable',
  'Berkshire',
  'Bristol',
  'Dukes',
  'Essex',
  'Franklin',
  'Hampden',
  'Hampshire',
  'Middlesex',
  'Nantucket',
  'Norfolk',
  'Plymouth',
  'Suffolk',
  'Worcester',
] as const;
export type County = (typeof COUNTIES)[number];

export interface Municipality {
  name: string;
  county: County;
  countyFips: string;
  kind: 'city' | 'town';
}

export const MA_MUNICIPALITIES: readonly Municipality[] = MA_MUNICIPALITY_ROWS.map(
  ([name, county, countyFips, kind]) => ({ name, county, countyFips, kind }),
);

const byName = new Map(MA_MUNICIPALITIES.map((m) => [m.name, m]));

export function findMunicipality(name: string): Municipality | undefined {
  return byName.get(name);
}
