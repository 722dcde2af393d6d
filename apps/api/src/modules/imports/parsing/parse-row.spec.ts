import type { ImportKind, ImportMapping } from '@coalition/contracts';
import { parseRow } from './parse-row';

/** Parses one row given as { field: cell }, each field in its own column. */
function parse(kind: ImportKind, cells: Record<string, string>, dateOrder?: ImportMapping['dateOrder']) {
  const mapping: ImportMapping = { columns: Object.keys(cells), ...(dateOrder ? { dateOrder } : {}) };
  return parseRow(kind, mapping, Object.values(cells));
}

const ORG = { name: 'Centro Presente', city: 'Somerville' };
const PERSON = { firstName: 'Ana', lastName: 'Silva' };

describe('parseRow: text', () => {
  it('trims and collapses whitespace, keeping accents and case as typed', () => {
    const { values, problems } = parse('contacts', { firstName: '  José\u00a0 María ', lastName: "O'Brien-DÍAZ\n" });
    expect(problems).toEqual([]);
    expect(values).toEqual({ firstName: 'José María', lastName: "O'Brien-DÍAZ" });
  });

  it('keeps a cell starting with = + - @ as literal text, never evaluated', () => {
    const { values, problems } = parse('organizations', { ...ORG, name: '=HYPERLINK("http://evil","Click")', notes: '@mention +1 -2' });
    expect(problems).toEqual([]);
    expect(values).toMatchObject({ name: '=HYPERLINK("http://evil","Click")', notes: '@mention +1 -2' });
  });

  it('keeps line breaks in notes only', () => {
    const { values } = parse('organizations', { ...ORG, notes: ' Met at assembly. \r\n\r\n\r\n  Follow up   in May ', streetAddress: '10 Main St\nSuite 2' });
    expect(values).toMatchObject({ notes: 'Met at assembly.\n\nFollow up in May', streetAddress: '10 Main St Suite 2' });
  });

  it('says a required field is required, and leaves blank optional cells out', () => {
    const { values, problems } = parse('organizations', { name: '  ', city: 'Boston', description: ' ' });
    expect(values).toEqual({ city: 'Boston' });
    expect(problems).toEqual([{ field: 'name', message: 'is required' }]);
  });

  it('reports required fields that have no column at all', () => {
    expect(parse('interests', { organizationName: 'Casa Azul' }).problems).toEqual([
      { field: 'issue', message: 'is required' },
      { field: 'level', message: 'is required' },
    ]);
  });

  it('flags text longer than the record allows', () => {
    expect(parse('contacts', { ...PERSON, pronouns: 'x'.repeat(41) }).problems).toEqual([
      { field: 'pronouns', message: 'is longer than 40 characters' },
    ]);
  });
});

describe('parseRow: cities', () => {
  it.each([
    ['Boston, MA', 'Boston'],
    ['boston', 'Boston'],
    ['  WORCESTER MA 01608 ', 'Worcester'],
    ['Chelsea, Massachusetts', 'Chelsea'],
    ['Dorchester', 'Boston'],
    ['manchester by the sea', 'Manchester-by-the-Sea'],
    ['Foxboro', 'Foxborough'],
  ])('reads %j as %j', (cell, city) => {
    expect(parse('organizations', { ...ORG, city: cell }).values.city).toBe(city);
  });

  it('says a city outside Massachusetts is unknown', () => {
    expect(parse('organizations', { ...ORG, city: 'Springfeld' }).problems).toEqual([
      { field: 'city', message: 'unknown city: "Springfeld" is not a Massachusetts city or town' },
    ]);
    expect(parse('contacts', { ...PERSON, organizationName: 'X', organizationCity: 'Providence, RI' }).problems[0].field).toBe('organizationCity');
  });
});

describe('parseRow: emails and phones', () => {
  it('lower-cases emails, so two differing only by case are one', () => {
    const a = parse('contacts', { ...PERSON, email: ' Maria.Lopez@Example.ORG ' }).values.email;
    const b = parse('contacts', { ...PERSON, email: 'maria.lopez@example.org' }).values.email;
    expect(a).toBe('maria.lopez@example.org');
    expect(a).toBe(b);
    expect(parse('contacts', { ...PERSON, email: 'mailto:Ana@X.org' }).values.email).toBe('ana@x.org');
  });

  it('flags bad emails and cells holding two', () => {
    expect(parse('contacts', { ...PERSON, email: 'ana at x.org' }).problems).toEqual([
      { field: 'email', message: 'not an email address: "ana at x.org"' },
    ]);
    expect(parse('contacts', { ...PERSON, secondEmail: 'a@x.org; b@x.org' }).problems).toEqual([
      { field: 'secondEmail', message: 'holds more than one email address: "a@x.org; b@x.org"' },
    ]);
  });

  it('keeps phones as written, as contacts store them, once they pass the contact check', () => {
    expect(parse('contacts', { ...PERSON, phone: ' +1 (617)  555-0100 ', secondPhone: '617.555.0101 ext 12' }).values).toMatchObject({
      phone: '+1 (617) 555-0100',
      secondPhone: '617.555.0101 ext 12',
    });
    expect(parse('contacts', { ...PERSON, phone: 'call me' }).problems).toEqual([{ field: 'phone', message: 'not a phone number: "call me"' }]);
    expect(parse('contacts', { ...PERSON, phone: '555-01' }).problems).toHaveLength(1);
  });
});

describe('parseRow: dates', () => {
  const joined = (cell: string, order?: ImportMapping['dateOrder']) => parse('organizations', { ...ORG, joinedOn: cell }, order);

  it.each([
    ['2024-04-03', '2024-04-03'],
    ['2024/4/3', '2024-04-03'],
    ['3 April 2024', '2024-04-03'],
    ['3-Apr-2024', '2024-04-03'],
    ['3-Apr-24', '2024-04-03'],
    ['April 3, 2024', '2024-04-03'],
    ['Wednesday, April 3rd, 2024', '2024-04-03'],
    ['Sept 30 2023', '2023-09-30'],
    ['13/04/2024', '2024-04-13'],
    ['04/13/2024', '2024-04-13'],
    ['04/04/2024', '2024-04-04'],
    ['2024-04-03 10:15:00', '2024-04-03'],
  ])('reads %j as %j', (cell, date) => {
    expect(joined(cell)).toEqual({ values: { ...ORG, joinedOn: date }, problems: [] });
  });

  it('flags 03/04/2024 as ambiguous instead of guessing', () => {
    expect(joined('03/04/2024').problems).toEqual([
      { field: 'joinedOn', message: 'ambiguous date: 03/04/2024 could be March 4 or April 3; choose the date order' },
    ]);
  });

  it('reads it by the chosen date order', () => {
    expect(joined('03/04/2024', 'mdy').values.joinedOn).toBe('2024-03-04');
    expect(joined('03/04/2024', 'dmy').values.joinedOn).toBe('2024-04-03');
    expect(joined('3.4.24', 'dmy').values.joinedOn).toBe('2024-04-03');
    expect(joined('04/13/2024', 'dmy').problems).toEqual([{ field: 'joinedOn', message: 'not a date as day/month/year: 04/13/2024' }]);
  });

  it('flags what is not a date, or not a real one', () => {
    expect(joined('soon').problems[0].message).toBe('not a date: "soon"; write it as 2024-04-03');
    expect(joined('45385').problems[0].message).toMatch(/^not a date/);
    expect(joined('2023-02-29').problems[0].message).toBe('not a real date: 2023-02-29');
  });
});

describe('parseRow: organizations', () => {
  it('reads kind, status, dues, ZIP, website and languages the way people write them', () => {
    const { values, problems } = parse('organizations', {
      ...ORG,
      kind: 'Community Health Center',
      membershipStatus: 'expired',
      annualDues: '$1,250.50',
      zip: '2143',
      website: 'www.cpresente.org',
      languages: 'Spanish; Português, ht / Kriolu and Mandarin',
      tags: 'ESOL, Legal clinic; ESOL',
    });
    expect(problems).toEqual([]);
    expect(values).toEqual({
      ...ORG,
      kind: 'health_center',
      membershipStatus: 'lapsed',
      annualDuesCents: 125050,
      zip: '02143',
      website: 'https://www.cpresente.org',
      languages: ['es', 'pt', 'ht', 'kea', 'zh'],
      tags: ['ESOL', 'Legal clinic'],
    });
  });

  it.each([
    ['community_group', 'community_group'],
    ['Refugee-resettlement agency', 'refugee_resettlement'],
    ['Law Firm', 'legal_services'],
    ['Church', 'religious'],
    ['SEIU Local 32BJ union', 'labor_union'],
    ['other', 'other'],
  ])('reads kind %j as %j', (cell, kind) => {
    expect(parse('organizations', { ...ORG, kind: cell }).values.kind).toBe(kind);
  });

  it('explains unknown choices and amounts', () => {
    const { problems } = parse('organizations', { ...ORG, kind: 'Spaceship', annualDues: 'a lot', languages: 'Spanish, Klingon' });
    expect(problems).toEqual([
      { field: 'kind', message: expect.stringMatching(/^unknown kind: "Spaceship"; use one of: Community-based group, /) },
      { field: 'annualDues', message: 'not an amount in dollars: "a lot"' },
      { field: 'languages', message: 'unknown language: "Klingon"; use a name such as Spanish or a code such as es' },
    ]);
  });

  it('reads dues without cents and with one decimal', () => {
    expect(parse('organizations', { ...ORG, annualDues: '500' }).values.annualDuesCents).toBe(50000);
    expect(parse('organizations', { ...ORG, annualDues: '$ 75.5' }).values.annualDuesCents).toBe(7550);
  });
});

describe('parseRow: contacts, interests, participation, attendance', () => {
  it('reads roles and consents', () => {
    const { values, problems } = parse('contacts', {
      ...PERSON, organizationName: 'Casa Azul', role: 'ED', consentEmail: 'Yes', consentSms: 'n', consentPhone: 'x',
    });
    expect(problems).toEqual([]);
    expect(values).toMatchObject({ role: 'executive_director', consentEmail: true, consentSms: false, consentPhone: true });
    expect(parse('contacts', { ...PERSON, organizationName: 'X', role: 'Board member' }).values.role).toBe('board');
    expect(parse('contacts', { ...PERSON, organizationName: 'X', role: 'Community Organizer' }).values.role).toBe('staff');
    expect(parse('contacts', { ...PERSON, consentEmail: 'maybe' }).problems).toEqual([
      { field: 'consentEmail', message: 'must be yes or no, not "maybe"' },
    ]);
  });

  it('says a role needs an organization', () => {
    expect(parse('contacts', { ...PERSON, role: 'Staff' }).problems).toEqual([{ field: 'role', message: 'a role needs an organization' }]);
  });

  it('reads interest levels', () => {
    const row = parse('interests', { organizationName: 'Casa Azul', issue: 'Cover All Kids', level: 'Lead' });
    expect(row).toEqual({ values: { organizationName: 'Casa Azul', issue: 'Cover All Kids', level: 'leading' }, problems: [] });
  });

  it('reads participation roles, for an organization or a person', () => {
    expect(parse('participation', { campaign: 'English Works', organizationName: 'X', role: 'Lead partner' }).values.role).toBe('lead_partner');
    expect(parse('participation', { campaign: 'English Works', contactEmail: 'A@x.org', role: 'endorsed' }).values).toMatchObject({
      contactEmail: 'a@x.org',
      role: 'endorser',
    });
    expect(parse('participation', { campaign: 'English Works', role: 'Funder' }).problems).toEqual([
      { field: 'organizationName', message: "needs an organization or a person's email" },
    ]);
  });

  it('reads attendance statuses and needs to know who attended', () => {
    const base = { meetingTitle: 'General Assembly', meetingDate: '2024-04-03' };
    expect(parse('attendance', { ...base, email: 'a@x.org', status: 'No show' }).values.status).toBe('no_show');
    expect(parse('attendance', { ...base, email: 'a@x.org', status: 'no-show' }).values.status).toBe('no_show');
    expect(parse('attendance', { ...base, ...PERSON, status: 'Present' }).values.status).toBe('attended');
    expect(parse('attendance', { ...base, firstName: 'Ana' }).problems).toEqual([
      { field: 'email', message: 'needs an email, a phone or a first and last name to know who it was' },
    ]);
  });

  it('ignores unmapped columns and fields the kind does not have', () => {
    const row = parseRow('organizations', { columns: ['name', null, 'firstName', 'city'] }, ['Casa Azul', 'junk', 'Ana', 'Lynn']);
    expect(row).toEqual({ values: { name: 'Casa Azul', city: 'Lynn' }, problems: [] });
  });
});
