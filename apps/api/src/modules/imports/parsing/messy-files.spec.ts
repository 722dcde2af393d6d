import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { guessMapping } from './guess-mapping';
import { emailKey, organizationKey } from './match-keys';
import { parseRow } from './parse-row';
import { readImportFile } from './read-import-file';

/*
 * Whole files as they arrive, through the three steps the pipeline runs: read, guess, parse.
 */

const CONTACTS = [
  'EMAIL;Last Name;first name;Employer;Town;Joined;Notes',
  '',
  'Maria.Lopez@Example.org;López;María;"Casa ""Nueva"", Inc.";Chelsea;03/04/2024;"Met at the assembly',
  'wants ESOL info"',
  'maria.lopez@example.org;Lopez;Maria;Casa "Nueva";chelsea, ma;2024-04-03;=HYPERLINK("http://x")',
  ';;;;;;',
  'franc@example.org;Çelik;François;The Welcome Project;Somerville;3 April 2024;+1 call back',
].join('\r\n');

async function parsedContacts(bytes: Buffer) {
  const table = await readImportFile(bytes, 'contacts.csv');
  const mapping = guessMapping('contacts', table.headers, table.rows);
  return { table, mapping, rows: table.rows.map((cells) => parseRow('contacts', mapping, cells)) };
}

describe('a messy contacts file, start to end', () => {
  it.each([
    ['UTF-8 with BOM', (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-16 LE', (text: string) => iconv.encode(text, 'utf-16le', { addBOM: true })],
    ['Windows-1252', (text: string) => iconv.encode(text, 'windows-1252')],
  ])('reads, maps and parses it in %s', async (_, encode) => {
    const { table, mapping, rows } = await parsedContacts(encode(CONTACTS));
    expect(table.delimiter).toBe(';');
    expect(table.rows).toHaveLength(3);
    expect(mapping.columns).toEqual(['email', 'lastName', 'firstName', 'organizationName', 'city', null, 'notes']);

    expect(rows[0]).toEqual({
      values: {
        email: 'maria.lopez@example.org', lastName: 'López', firstName: 'María', organizationName: 'Casa "Nueva", Inc.',
        city: 'Chelsea', notes: 'Met at the assembly\nwants ESOL info',
      },
      problems: [],
    });
    expect(rows[1].values).toMatchObject({ city: 'Chelsea', notes: '=HYPERLINK("http://x")' });
    expect(rows[2].values).toMatchObject({ firstName: 'François', lastName: 'Çelik', notes: '+1 call back' });

    // The same person twice: same email key, same organization key.
    const [a, b] = rows.map((r) => r.values);
    expect(emailKey(a.email as string)).toBe(emailKey(b.email as string));
    expect(organizationKey(a.organizationName as string, a.city as string)).toBe(
      organizationKey(b.organizationName as string, b.city as string),
    );
  });

  it('flags the ambiguous date once "Joined" is mapped, and reads the others', async () => {
    const text = 'Organization,city,joined on\nCasa Azul,Boston,03/04/2024\nLa Colaborativa,Chelsea,2024-04-03\nMassUndocuFund,Lynn,3 April 2024\n';
    const table = await readImportFile(Buffer.from(text), 'orgs.csv');
    const mapping = guessMapping('organizations', table.headers, table.rows);
    expect(mapping).toEqual({ columns: ['name', 'city', 'joinedOn'] });
    const rows = table.rows.map((cells) => parseRow('organizations', mapping, cells));
    expect(rows.map((r) => r.problems)).toEqual([
      [{ field: 'joinedOn', message: 'ambiguous date: 03/04/2024 could be March 4 or April 3; choose the date order' }],
      [],
      [],
    ]);
    expect(rows.slice(1).map((r) => r.values.joinedOn)).toEqual(['2024-04-03', '2024-04-03']);
  });

  it('reads 13/04/2024 as day/month/year for the whole file', async () => {
    const text = 'Name\tCity\tJoined On\nCasa Azul\tBoston\t03/04/2024\nLa Colaborativa\tChelsea\t13/04/2024\n';
    const table = await readImportFile(Buffer.from(text), 'orgs.tsv');
    const mapping = guessMapping('organizations', table.headers, table.rows);
    expect(mapping.dateOrder).toBe('dmy');
    expect(table.rows.map((cells) => parseRow('organizations', mapping, cells).values.joinedOn)).toEqual(['2024-04-03', '2024-04-13']);
  });

  it('reads an XLSX export the same way', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Export');
    sheet.addRow(['Account Name', 'Billing City', 'Member Since', 'Annual Dues', 'ZIP']);
    sheet.addRow(['The Welcome Project, Inc.', 'Somerville', new Date(Date.UTC(2019, 8, 1)), 1250.5, 2143]);
    const table = await readImportFile(Buffer.from(await workbook.xlsx.writeBuffer()), 'export.xlsx');
    const mapping = guessMapping('organizations', table.headers, table.rows);
    expect(parseRow('organizations', mapping, table.rows[0])).toEqual({
      values: { name: 'The Welcome Project, Inc.', city: 'Somerville', joinedOn: '2019-09-01', annualDuesCents: 125050, zip: '02143' },
      problems: [],
    });
  });
});
