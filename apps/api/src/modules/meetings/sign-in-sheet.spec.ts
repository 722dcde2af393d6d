import { classifyLine, fullNameOf, parseSignInSheet } from './sign-in-sheet';

describe('parseSignInSheet', () => {
  it('reads "First Last", "Last, First", emails anywhere, extra spaces and accents', () => {
    const lines = parseSignInSheet(
      ['José   Pereira', 'Ramírez, María', 'ana.silva@casa.org  Ana Silva', '  Li Wei <LI.WEI@Example.org>', '3. Fatima Hassan, fatima@example.org'].join('\n'),
    );
    expect(lines.map(({ firstName, lastName, email }) => [firstName, lastName, email])).toEqual([
      ['José', 'Pereira', null],
      ['María', 'Ramírez', null],
      ['Ana', 'Silva', 'ana.silva@casa.org'],
      ['Li', 'Wei', 'li.wei@example.org'],
      ['Fatima', 'Hassan', 'fatima@example.org'],
    ]);
  });

  it('skips blank lines and keeps the original line numbers', () => {
    const lines = parseSignInSheet('Ana Silva\n\n   \r\nJosé Pereira\r\n\tBruno Costa\n');
    expect(lines.map((l) => [l.lineNumber, l.text])).toEqual([
      [1, 'Ana Silva'],
      [4, 'José Pereira'],
      [5, 'Bruno Costa'],
    ]);
  });

  it('keeps a line with an email only, or one word, without inventing a last name', () => {
    const [emailOnly, oneWord] = parseSignInSheet('someone@example.org\nMarisol');
    expect([emailOnly.firstName, emailOnly.lastName, emailOnly.email]).toEqual([null, null, 'someone@example.org']);
    expect([oneWord.firstName, oneWord.lastName]).toEqual(['Marisol', null]);
    expect(fullNameOf(oneWord)).toBeNull();
  });

  it('keeps multi-word last names together', () => {
    const [line] = parseSignInSheet('María de la Cruz');
    expect([line.firstName, line.lastName]).toEqual(['María', 'de la Cruz']);
  });
});

describe('classifyLine', () => {
  const none = { byEmail: [], byName: [], similar: [] };

  it('matches on an email naming one person, whatever the name says', () => {
    expect(classifyLine({ ...none, byEmail: ['a'], byName: ['b'] })).toEqual({ status: 'matched', candidates: [{ contactId: 'a', confidence: 1 }] });
  });

  it('is ambiguous when two people share the email, the one with the name first', () => {
    const result = classifyLine({ ...none, byEmail: ['a', 'b'], byName: ['b'] });
    expect(result.status).toBe('ambiguous');
    expect(result.candidates.map((c) => c.contactId)).toEqual(['b', 'a']);
  });

  it('matches one person of that name (accents and order are ignored by the lookup)', () => {
    expect(classifyLine({ ...none, byName: ['a'] }).status).toBe('matched');
  });

  it('is ambiguous with namesakes', () => {
    expect(classifyLine({ ...none, byName: ['a', 'b'] })).toMatchObject({ status: 'ambiguous', candidates: [{ contactId: 'a' }, { contactId: 'b' }] });
  });

  it('offers similar names (typos) as ambiguous, best first, below an exact match', () => {
    const result = classifyLine({ ...none, similar: [{ contactId: 'x', confidence: 0.5 }, { contactId: 'y', confidence: 0.97 }] });
    expect(result.status).toBe('ambiguous');
    expect(result.candidates.map((c) => c.contactId)).toEqual(['y', 'x']);
    expect(result.candidates[0].confidence).toBeLessThan(0.9);
  });

  it('is new when nothing matches', () => {
    expect(classifyLine(none)).toEqual({ status: 'new', candidates: [] });
  });
});
