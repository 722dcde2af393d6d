import { MA_MUNICIPALITIES, type Municipality } from '@coalition/contracts';
import { compactKey } from './text-keys';

/*
 * Cities as people write them: any case or accents, "Boston, MA", "Worcester MA 01608",
 * old or short names, and Boston's neighborhoods (people write "Dorchester" for a Boston address).
 */

const OTHER_NAMES: Record<string, string> = {
  manchester: 'Manchester-by-the-Sea',
  foxboro: 'Foxborough',
  tyngsboro: 'Tyngsborough',
  northboro: 'Northborough',
  southboro: 'Southborough',
  westboro: 'Westborough',
  marlboro: 'Marlborough',
  middleboro: 'Middleborough',
  attleborough: 'Attleboro',
  boxboro: 'Boxborough',
  northattleboro: 'North Attleborough',
  hyannis: 'Barnstable',
};

const BOSTON_NEIGHBORHOODS = [
  'Allston', 'Back Bay', 'Beacon Hill', 'Brighton', 'Charlestown', 'Chinatown', 'Dorchester',
  'Downtown Boston', 'East Boston', 'Fenway', 'Hyde Park', 'Jamaica Plain', 'Mattapan', 'Mission Hill',
  'North End', 'Roslindale', 'Roxbury', 'South Boston', 'South End', 'West End', 'West Roxbury',
];

const byKey = new Map<string, Municipality>(MA_MUNICIPALITIES.map((m) => [compactKey(m.name), m]));
for (const [alias, name] of Object.entries(OTHER_NAMES)) {
  const found = byKey.get(compactKey(name));
  if (found && !byKey.has(alias)) byKey.set(alias, found);
}
for (const neighborhood of BOSTON_NEIGHBORHOODS) {
  const boston = byKey.get('boston');
  if (boston) byKey.set(compactKey(neighborhood), boston);
}

// What may follow the name, stripped from the end in this order: "…, MA 02108, USA".
const SUFFIXES = [/[\s,]+(?:usa|us|united states)\.?$/i, /[\s,]+\d{5}(?:-\d{4})?$/, /[\s,]+(?:ma|mass|massachusetts)\.?$/i];

/** The Massachusetts municipality a city cell names, or undefined. */
export function findMunicipalityLoose(text: string): Municipality | undefined {
  const trimmed = text.trim();
  const direct = byKey.get(compactKey(trimmed));
  if (direct) return direct;
  const name = SUFFIXES.reduce((rest, suffix) => rest.replace(suffix, ''), trimmed);
  return name ? byKey.get(compactKey(name)) : undefined;
}
