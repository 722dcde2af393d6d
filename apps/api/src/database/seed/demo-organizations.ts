import type { Faker } from '@faker-js/faker';
import {
  COUNTIES,
  type LanguageCode,
  MA_MUNICIPALITIES,
  type MembershipStatus,
  type OrganizationKind,
  findMunicipality,
} from '@coalition/contracts';
import { weighted } from './demo-random';

/** One generated member organization, in the shape of the organization table's columns. */
export interface DemoOrganization {
  name: string;
  kind: OrganizationKind;
  description: string;
  city: string;
  streetAddress: string;
  zip: null;
  website: string;
  email: string;
  phone: string;
  membershipStatus: MembershipStatus;
  joinedOn: string | null;
  annualDuesCents: number | null;
  duesPaidThrough: string | null;
  languages: LanguageCode[];
  notes: string | null;
}

// Invented words so that no demo name can be mistaken for a real organization.
const NAME_STEMS = [
  'Bluebird', 'Lantern', 'Juniper', 'Harborlight', 'Silver Maple', 'Open Door', 'Northstar',
  'Cedar Bridge', 'Sunrise', 'Riverbend', 'Twin Oaks', 'Granite Hill', 'Meadowlark', 'Kestrel',
  'Compass Rose', 'Sandpiper', 'Aurora', 'Orchard Lane', 'Tidewater', 'Willow Creek', 'Bright Path',
  'Copperleaf', 'Firefly', 'Saltmarsh', 'Highland Crossing', 'Morning Star', 'Kite Hill',
  'Blue Heron', 'Seaglass', 'Red Cardinal', 'Stonewall Bend', 'Greenway', 'Wildflower',
  'Harvest Moon', 'Lighthouse Point', 'Elm Corner', 'Pinecone', 'Starling', 'Bayberry', 'Quarry Hill',
];

const SUFFIXES: Record<OrganizationKind, string[]> = {
  community_group: ['Community Alliance', 'Neighbors Network', 'Organizing Project', 'Collective', 'Community Council'],
  social_service: ['Family Services', 'Community Action Agency', 'Welcome Center', 'Family Resource Center'],
  ethnic_association: ['Association', 'Cultural Association', 'Mutual Aid Society', 'Community Association'],
  school: ['Adult Learning Center', 'ESOL Academy', 'Community Learning Center', 'Newcomer Academy'],
  refugee_resettlement: ['Refugee Resettlement Services', 'Newcomer Resettlement Agency', 'Refugee Assistance Center'],
  health_center: ['Community Health Center', 'Family Health Clinic', 'Neighborhood Health Center', 'Community Hospital'],
  religious: ['Interfaith Coalition', 'Parish Immigrant Ministry', 'Islamic Community Center', 'Congregation Social Action Committee'],
  labor_union: ['Service Workers', 'Hospitality Workers', 'Building Trades Council', 'Home Care Workers'],
  legal_services: ['Immigrant Legal Aid', 'Legal Defense Project', 'Law Collaborative', 'Immigration Law Clinic'],
  other: ['Foundation', 'Media Collective', 'Research Institute', 'Youth Arts Program'],
};

const STREETS = [
  'Main Street', 'Washington Street', 'Broadway', 'Central Avenue', 'Union Street', 'Elm Street',
  'Pleasant Street', 'Summer Street', 'School Street', 'Water Street', 'Church Street', 'Park Avenue',
  'Highland Avenue', 'Maple Street', 'Chestnut Street', 'Prospect Street', 'Spring Street', 'Mill Street',
];

const KIND_WEIGHTS: ReadonlyArray<readonly [OrganizationKind, number]> = [
  ['community_group', 30], ['social_service', 22], ['ethnic_association', 20], ['school', 12],
  ['refugee_resettlement', 8], ['health_center', 16], ['religious', 22], ['labor_union', 10],
  ['legal_services', 14], ['other', 6],
];

const KIND_PURPOSE: Record<OrganizationKind, string> = {
  community_group: 'Community-based group organizing immigrant families',
  social_service: 'Social-service organization helping newcomers with housing, food and benefits',
  ethnic_association: 'Ethnic association bringing its community together',
  school: 'School offering ESOL and citizenship classes',
  refugee_resettlement: 'Refugee-resettlement agency welcoming newly arrived families',
  health_center: 'Health center serving patients regardless of insurance',
  religious: 'Religious institution accompanying immigrant congregants',
  labor_union: 'Labor union local representing immigrant workers',
  legal_services: 'Legal-service provider offering immigration consultations',
  other: 'Ally organization supporting immigrant communities',
};

// Communities whose associations appear in the demo, each with its language.
const COMMUNITIES: ReadonlyArray<readonly [string, LanguageCode]> = [
  ['Haitian', 'ht'], ['Cape Verdean', 'kea'], ['Brazilian', 'pt'], ['Dominican', 'es'],
  ['Salvadoran', 'es'], ['Vietnamese', 'vi'], ['Cambodian', 'km'], ['Somali', 'so'],
  ['Chinese', 'zh'], ['Arab American', 'ar'], ['Guatemalan', 'es'], ['Nepali Bhutanese', 'ne'],
  ['Afghan', 'prs'], ['Ethiopian', 'am'], ['Ukrainian', 'uk'], ['Russian-speaking', 'ru'],
];

const LANGUAGE_WEIGHTS: ReadonlyArray<readonly [LanguageCode, number]> = [
  ['es', 30], ['pt', 14], ['ht', 12], ['zh', 8], ['vi', 7], ['ar', 6], ['so', 4], ['kea', 6],
  ['km', 4], ['ru', 3], ['fr', 3], ['ne', 2], ['prs', 2], ['am', 2], ['uk', 2],
];

// Where immigrant communities and their organizations concentrate; the rest spread statewide.
const HUBS: ReadonlyArray<readonly [string, number]> = [
  ['Boston', 22], ['Chelsea', 8], ['Lawrence', 8], ['Lowell', 7], ['Worcester', 10], ['Brockton', 6],
  ['Lynn', 6], ['Springfield', 8], ['Framingham', 5], ['New Bedford', 5], ['Fall River', 4],
  ['Somerville', 4], ['Cambridge', 5], ['Everett', 4], ['Revere', 3], ['Malden', 3], ['Quincy', 3],
  ['Holyoke', 4], ['Fitchburg', 2], ['Marlborough', 2], ['Waltham', 2], ['Randolph', 2], ['Methuen', 2],
  ['Haverhill', 2], ['Salem', 2], ['Pittsfield', 2], ['Amherst', 2], ['Northampton', 2], ['Greenfield', 1],
  ['Barnstable', 2], ['Nantucket', 1], ['Taunton', 2], ['Chicopee', 2], ['Attleboro', 1],
];

const STATUS_WEIGHTS: ReadonlyArray<readonly [MembershipStatus, number]> = [
  ['active', 72], ['lapsed', 12], ['prospective', 10], ['former', 6],
];

const DUES_RANGE_DOLLARS: Record<OrganizationKind, readonly [number, number]> = {
  community_group: [50, 300], social_service: [150, 750], ethnic_association: [50, 250], school: [100, 500],
  refugee_resettlement: [250, 1000], health_center: [500, 2500], religious: [50, 300],
  labor_union: [1000, 3000], legal_services: [250, 1500], other: [100, 1000],
};

function pickCity(faker: Faker, index: number): string {
  // The first fourteen land one per county, so every county has members.
  if (index < COUNTIES.length) {
    const inCounty = MA_MUNICIPALITIES.filter((m) => m.county === COUNTIES[index]);
    return faker.helpers.arrayElement(inCounty).name;
  }
  if (faker.number.float() < 0.7) return weighted(faker, HUBS);
  return faker.helpers.arrayElement(MA_MUNICIPALITIES).name;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function membership(faker: Faker, kind: OrganizationKind) {
  const membershipStatus = weighted(faker, STATUS_WEIGHTS);
  if (membershipStatus === 'prospective') {
    return { membershipStatus, joinedOn: null, annualDuesCents: null, duesPaidThrough: null };
  }
  const joined = faker.date.between({ from: '1988-01-01', to: '2026-06-30' });
  const [low, high] = DUES_RANGE_DOLLARS[kind];
  const annualDuesCents = faker.number.int({ min: low / 25, max: high / 25 }) * 25 * 100;
  const paidYear =
    membershipStatus === 'active' ? weighted(faker, [[2026, 8], [2025, 2]] as const)
    : membershipStatus === 'lapsed' ? weighted(faker, [[2024, 2], [2023, 1]] as const)
    : faker.number.int({ min: 2015, max: 2022 });
  return { membershipStatus, joinedOn: isoDate(joined), annualDuesCents, duesPaidThrough: `${paidYear}-12-31` };
}

function languagesFor(faker: Faker, community: LanguageCode | undefined): LanguageCode[] {
  const set = new Set<LanguageCode>(community ? [community] : []);
  const extra = faker.number.int({ min: community ? 0 : 1, max: 2 });
  for (let i = 0; i < extra; i++) set.add(weighted(faker, LANGUAGE_WEIGHTS));
  if (faker.number.float() < 0.6) set.add('en');
  return [...set];
}

function slugOf(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function nameFor(faker: Faker, kind: OrganizationKind, community: string | undefined): string {
  const stem = faker.helpers.arrayElement(NAME_STEMS);
  const suffix = faker.helpers.arrayElement(SUFFIXES[kind]);
  if (kind === 'ethnic_association') return `${stem} ${community} ${suffix}`;
  if (kind === 'labor_union') return `${stem} ${suffix}, Local ${faker.number.int({ min: 901, max: 999 })}`;
  return `${stem} ${suffix}`;
}

/** Generates `count` fictional member organizations, the same ones for the same faker seed. */
export function generateDemoOrganizations(faker: Faker, count: number): DemoOrganization[] {
  const seen = new Set<string>();
  const organizations: DemoOrganization[] = [];
  while (organizations.length < count) {
    const kind = weighted(faker, KIND_WEIGHTS);
    const [communityName, communityLanguage] =
      kind === 'ethnic_association' ? faker.helpers.arrayElement(COMMUNITIES) : [undefined, undefined];
    const name = nameFor(faker, kind, communityName);
    const city = pickCity(faker, organizations.length);
    if (!findMunicipality(city)) throw new Error(`demo seed: ${city} is not a Massachusetts municipality`);
    if (seen.has(`${name}|${city}`) || seen.has(name)) continue;
    seen.add(name);
    seen.add(`${name}|${city}`);
    const slug = slugOf(name);
    organizations.push({
      name,
      kind,
      description: `${KIND_PURPOSE[kind]} in ${city}. (Fictional demo organization.)`,
      city,
      streetAddress: `${faker.number.int({ min: 1, max: 1200 })} ${faker.helpers.arrayElement(STREETS)}`,
      zip: null,
      website: `https://www.${slug}.example.org`,
      email: `info@${slug}.example.org`,
      phone: `617-555-01${String(faker.number.int({ min: 0, max: 99 })).padStart(2, '0')}`,
      ...membership(faker, kind),
      languages: languagesFor(faker, communityLanguage),
      notes: faker.number.float() < 0.2 ? 'Prefers to be reached through its executive director.' : null,
    });
  }
  return organizations;
}
