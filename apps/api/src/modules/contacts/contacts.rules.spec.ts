import {
  channelProblems,
  displayNameOf,
  emailKey,
  phoneDigits,
  phoneSearchDigits,
  withOnePrimary,
} from './contacts.rules';

describe('contact rules', () => {
  describe('phoneDigits', () => {
    it.each([
      ['617-555-0101', '6175550101'],
      ['(857) 555 0142', '8575550142'],
      ['+1 508.555.0177 ext 12', '1508555017712'],
      ['', ''],
    ])('keeps only the digits of %j', (number, digits) => {
      expect(phoneDigits(number)).toBe(digits);
    });
  });

  it('normalizes an email address to its lower-case, trimmed key', () => {
    expect(emailKey('  José.Ramírez@Example.ORG ')).toBe('josé.ramírez@example.org');
  });

  describe('phoneSearchDigits', () => {
    it.each([
      ['617-555', '617555'],
      ['(857) 555', '857555'],
      ['+1 617', '1617'],
      ['555', '555'],
    ])('searches phone digits for %j', (q, digits) => {
      expect(phoneSearchDigits(q)).toBe(digits);
    });

    it.each(['61', 'jose 617', 'apt 5b', 'a@617.example.org', '--'])(
      'does not treat %j as a phone number',
      (q) => {
        expect(phoneSearchDigits(q)).toBeUndefined();
      },
    );
  });

  describe('withOnePrimary', () => {
    it('makes the first item primary when none is marked', () => {
      const items = withOnePrimary([
        { address: 'a', primary: false },
        { address: 'b', primary: false },
      ]);
      expect(items.map((i) => i.primary)).toEqual([true, false]);
    });

    it('keeps the one marked primary', () => {
      const items = withOnePrimary([
        { address: 'a', primary: false },
        { address: 'b', primary: true },
      ]);
      expect(items.map((i) => i.primary)).toEqual([false, true]);
    });

    it('leaves an empty list empty', () => {
      expect(withOnePrimary([])).toEqual([]);
    });
  });

  describe('channelProblems', () => {
    const key = (e: { address: string }) => emailKey(e.address);

    it('finds nothing wrong in a clean list', () => {
      expect(
        channelProblems(
          [
            { address: 'a@x.org', primary: true },
            { address: 'b@x.org', primary: false },
          ],
          'emails',
          'address',
          key,
        ),
      ).toEqual([]);
    });

    it('names every item listed twice and every extra primary', () => {
      const emails = [
        { address: 'a@x.org', primary: true },
        { address: ' A@X.org', primary: false },
        { address: 'c@x.org', primary: true },
      ];
      expect(channelProblems(emails, 'emails', 'address', key)).toEqual([
        { path: 'emails.1.address', message: 'is listed twice' },
        { path: 'emails.2.primary', message: 'only one can be primary' },
      ]);
    });

    it('compares phone numbers by their digits', () => {
      const phones = [
        { number: '617-555-0101', primary: false },
        { number: '(617) 555 0101', primary: false },
      ];
      expect(channelProblems(phones, 'phones', 'number', (p) => phoneDigits(p.number))).toEqual([
        { path: 'phones.1.number', message: 'is listed twice' },
      ]);
    });
  });

  it('addresses a person by preferred name when they gave one', () => {
    expect(displayNameOf({ firstName: 'Roberto', lastName: 'Silva', preferredName: 'Beto' })).toBe(
      'Beto Silva',
    );
    expect(displayNameOf({ firstName: 'Roberto', lastName: 'Silva', preferredName: null })).toBe(
      'Roberto Silva',
    );
  });
});
