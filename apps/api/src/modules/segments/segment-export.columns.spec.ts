import { chosenColumns, exportColumns, type SegmentExportRow } from './segment-export.columns';
import { slugOf } from './segment-export.service';

const ana: SegmentExportRow = {
  id: 'c1',
  firstName: 'Ana',
  lastName: 'Alves',
  preferredName: null,
  pronouns: null,
  primaryEmail: 'ana@example.org',
  primaryPhone: '508-555-0101',
  languages: ['es', 'kea'],
  city: 'Worcester',
  county: 'Worcester',
  tags: [],
  consentEmail: true,
  consentSms: false,
  consentPhone: true,
  memberships: [
    { organizationName: 'Bluebird Health Center', role: 'executive_director' },
    { organizationName: 'Bluebird Health Center', role: 'board' },
    { organizationName: 'Casa Azul', role: 'volunteer' },
  ],
};

const cells = (columns: ReturnType<typeof exportColumns>) => columns.map((c) => [c.header, c.value(ana)]);

describe('segment export columns', () => {
  it('are the defaults when none are chosen, and always in the fixed order', () => {
    expect(chosenColumns(undefined)).toEqual(['firstName', 'lastName', 'email', 'phone', 'organizations', 'languages', 'city']);
    expect(chosenColumns(['tags', 'email', 'tags', 'firstName'])).toEqual(['firstName', 'email', 'tags']);
  });

  it('name each organization once and each role with its organization', () => {
    expect(cells(exportColumns(['organizations', 'roles', 'languages', 'consentSms'], { contactDetails: true }))).toEqual([
      ['Organizations', 'Bluebird Health Center; Casa Azul'],
      ['Roles', 'Executive director (Bluebird Health Center); Board member (Bluebird Health Center); Volunteer (Casa Azul)'],
      ['Languages', 'Spanish; Cape Verdean Creole'],
      ['Consents to texts', 'No'],
    ]);
  });

  it('leave email and phone blank for a role that may not see contact details', () => {
    expect(cells(exportColumns(['firstName', 'email', 'phone'], { contactDetails: false }))).toEqual([
      ['First name', 'Ana'],
      ['Email', null],
      ['Phone', null],
    ]);
  });
});

describe('slugOf', () => {
  it('keeps a file name to plain letters, digits and dashes', () => {
    expect(slugOf('Saúde & Comunidade: Worcester/Springfield')).toBe('saude-comunidade-worcester-springfield');
    expect(slugOf('"; rm -rf /')).toBe('rm-rf');
    expect(slugOf('中文')).toBe('');
  });
});
