import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { DomainError } from '../../../common/domain-error';
import { readImportFile } from './read-import-file';

const HEADER = ['Organization Name', 'City', 'Email'];
const ROWS = [
  ['Centro Presente', 'Somerville', 'info@cp.org'],
  ['Asociación Niños y Compañía', 'Chelsea', 'hola@anc.org'],
];

function csv(rows: string[][], delimiter = ',', eol = '\n'): string {
  return rows.map((r) => r.join(delimiter)).join(eol) + eol;
}

async function unreadable(bytes: Buffer, fileName = 'members.csv'): Promise<DomainError> {
  const error = await readImportFile(bytes, fileName).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ kind: 'invalid', code: 'import_file_unreadable', fields: [{ path: 'file' }] });
  return error as DomainError;
}

describe('readImportFile: encodings', () => {
  const text = csv([HEADER, ...ROWS, ['Comunidade Açoriana', 'Fall River', 'ç@açores.org']]);

  it.each([
    ['UTF-8 without BOM', Buffer.from(text, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with BOM', iconv.encode(text, 'utf-16le', { addBOM: true }), 'utf-16le'],
    ['UTF-16 BE with BOM', iconv.encode(text, 'utf-16be', { addBOM: true }), 'utf-16be'],
    ['UTF-16 LE without BOM', iconv.encode(text, 'utf-16le'), 'utf-16le'],
    ['UTF-16 BE without BOM', iconv.encode(text, 'utf-16be'), 'utf-16be'],
    ['Windows-1252', iconv.encode(text, 'windows-1252'), 'windows-1252'],
  ])('reads %s with its accents (é, ñ, ç) intact', async (_, bytes, encoding) => {
    const table = await readImportFile(bytes, 'members.csv');
    expect(table).toMatchObject({ format: 'csv', encoding, delimiter: ',' });
    expect(table.headers).toEqual(HEADER);
    expect(table.rows[1]).toEqual(['Asociación Niños y Compañía', 'Chelsea', 'hola@anc.org']);
    expect(table.rows[2][0]).toBe('Comunidade Açoriana');
    expect(table.headers[0].charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('readImportFile: delimiters and layout', () => {
  it.each([[','], [';'], ['\t'], ['|']])('detects the delimiter %j', async (delimiter) => {
    // "Boston, MA" is quoted in every file, as spreadsheets write it: its comma is not a delimiter.
    const rows = [HEADER, ['Casa Azul', 'Boston, MA', 'a@b.org'], ROWS[1]];
    const quoted = rows.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)));
    const table = await readImportFile(Buffer.from(csv(quoted, delimiter)), 'x.csv');
    expect(table.delimiter).toBe(delimiter);
    expect(table.rows[0]).toEqual(['Casa Azul', 'Boston, MA', 'a@b.org']);
  });

  it('picks semicolons over commas that appear inside cells', async () => {
    const text = 'Name;Dues;City\nCasa Azul;1,5;Boston\nLa Colaborativa;2,25;Chelsea\n';
    const table = await readImportFile(Buffer.from(text), 'x.csv');
    expect(table.delimiter).toBe(';');
    expect(table.rows[1]).toEqual(['La Colaborativa', '2,25', 'Chelsea']);
  });

  it('handles CRLF, quoted line breaks, quotes inside quotes and blank lines', async () => {
    const text = [
      'Organization Name,Notes,City',
      '',
      '"Casa ""Nueva"", Inc.","First line',
      'second line",Lawrence',
      ',,',
      '   ',
      'Plain Org,=HYPERLINK("http://x"),Lynn',
      '',
    ].join('\r\n');
    const table = await readImportFile(Buffer.from(text), 'x.csv');
    expect(table.rows).toEqual([
      ['Casa "Nueva", Inc.', 'First line\r\nsecond line', 'Lawrence'],
      ['Plain Org', '=HYPERLINK("http://x")', 'Lynn'],
    ]);
  });

  it('trims headers, pads short rows and cuts long ones to the header length', async () => {
    const text = ' First Name ,  LAST_NAME,email \nAna,Silva\nJo,Lee,jo@x.org,extra,more\n';
    const table = await readImportFile(Buffer.from(text), 'x.csv');
    expect(table.headers).toEqual(['First Name', 'LAST_NAME', 'email']);
    expect(table.rows).toEqual([
      ['Ana', 'Silva', ''],
      ['Jo', 'Lee', 'jo@x.org'],
    ]);
  });

  it('drops trailing columns that have neither a header nor data (Excel leaves them)', async () => {
    const table = await readImportFile(Buffer.from('Name,City,,\nCasa Azul,Boston,,\n'), 'x.csv');
    expect(table.headers).toEqual(['Name', 'City']);
    expect(table.rows).toEqual([['Casa Azul', 'Boston']]);
  });

  it('reads a one-column file', async () => {
    const table = await readImportFile(Buffer.from('Email\na@x.org\nb@x.org\n'), 'x.csv');
    expect(table).toMatchObject({ headers: ['Email'], rows: [['a@x.org'], ['b@x.org']] });
  });
});

describe('readImportFile: XLSX', () => {
  it('reads the first worksheet as text: dates, numbers, formulas, rich text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Members');
    workbook.addWorksheet('Other').addRow(['ignored']);
    sheet.addRow([]);
    sheet.addRow(['Organization Name', ' City ', 'Joined', 'Dues', 'Phone', 'Total', 'Notes', 'Website']);
    sheet.addRow([
      'Centro Presente', 'Somerville', new Date(Date.UTC(2024, 3, 3)), 1250.5, 6175550100,
      { formula: 'D3*2', result: 2501 }, { richText: [{ text: 'Bold ' }, { text: 'and plain' }] },
      { text: 'cpresente.org', hyperlink: 'https://cpresente.org' },
    ]);
    sheet.addRow([]);
    sheet.addRow(['=1+1', 'Chelsea', new Date(Date.UTC(2024, 3, 3, 14, 5)), 0.1 + 0.2, '02150', { formula: 'NA()', result: { error: '#N/A' } }, true]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    const table = await readImportFile(bytes, 'members.xlsx');
    expect(table).toMatchObject({ format: 'xlsx', encoding: null, delimiter: null });
    expect(table.headers).toEqual(['Organization Name', 'City', 'Joined', 'Dues', 'Phone', 'Total', 'Notes', 'Website']);
    expect(table.rows).toEqual([
      ['Centro Presente', 'Somerville', '2024-04-03', '1250.5', '6175550100', '2501', 'Bold and plain', 'cpresente.org'],
      ['=1+1', 'Chelsea', '2024-04-03 14:05', '0.3', '02150', '', 'TRUE', ''],
    ]);
  });

  it('refuses a file named .xlsx that is not a workbook, and an old .xls', async () => {
    expect((await unreadable(Buffer.from('a,b\n1,2\n'), 'x.xlsx')).message).toMatch(/not a valid Excel/);
    expect((await unreadable(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.xlsx')).message).toMatch(/not a valid Excel/);
    expect((await unreadable(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'x.xls')).message).toMatch(/\.xls/);
  });
});

describe('readImportFile: unreadable files answer 400 naming file', () => {
  it('refuses an empty file, blank lines only, or a header without rows', async () => {
    expect((await unreadable(Buffer.alloc(0))).fields?.[0].message).toBe('the file is empty');
    expect((await unreadable(Buffer.from('\r\n \r\n,,\r\n'))).fields?.[0].message).toBe('the file is empty');
    expect((await unreadable(Buffer.from('Name,City\n'))).fields?.[0].message).toMatch(/no rows/);
  });

  it('refuses a binary file, an unclosed quote, and more than 200 columns', async () => {
    await unreadable(Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0, 1, 0, 0, 0, 0, 7, 0]));
    expect((await unreadable(Buffer.from('Name,City\n"Casa Azul,Boston\n'))).message).toMatch(/never closed/);
    const wide = Array.from({ length: 201 }, (_, i) => `c${i}`).join(',');
    expect((await unreadable(Buffer.from(`${wide}\n${wide}\n`))).message).toMatch(/201 columns/);
  });

  it('refuses more than 1,000,000 rows', async () => {
    expect((await unreadable(Buffer.from(`Email\n${'a\n'.repeat(1_000_001)}`))).message).toMatch(/more than 1,000,000 rows/);
  });
});
