import { guessMapping } from './guess-mapping';

/** The guessed field per header, for readable expectations. */
function guessed(kind: Parameters<typeof guessMapping>[0], headers: string[], rows: string[][] = []) {
  const mapping = guessMapping(kind, headers, rows);
  return Object.fromEntries(headers.map((h, i) => [h, mapping.columns[i]]));
}

describe('guessMapping: headers', () => {
  it('reads headers in any case, spacing or order', () => {
    expect(guessed('organizations', ['CITY', 'organization_name', ' e-mail ', 'Postal Code', 'Annual Dues ($)'])).toEqual({
      CITY: 'city',
      organization_name: 'name',
      ' e-mail ': 'email',
      'Postal Code': 'zip',
      'Annual Dues ($)': 'annualDues',
    });
    expect(guessed('contacts', ['Surname', 'Given name', 'Employer', 'Town', 'Mobile'])).toEqual({
      Surname: 'lastName',
      'Given name': 'firstName',
      Employer: 'organizationName',
      Town: 'city',
      Mobile: 'phone',
    });
  });

  it('maps a CiviCRM contact export', () => {
    const headers = [
      'Contact ID', 'Contact Type', 'Sort Name', 'Display Name', 'Nick Name', 'First Name', 'Last Name', 'Job Title',
      'Current Employer', 'Street Address', 'City', 'Postal Code', 'Email', 'Phone', 'Preferred Language', 'Do Not Email', 'Tag(s)', 'Note(s)',
    ];
    expect(guessed('contacts', headers)).toEqual({
      'Contact ID': null, 'Contact Type': null, 'Sort Name': null, 'Display Name': null,
      'Nick Name': 'preferredName', 'First Name': 'firstName', 'Last Name': 'lastName', 'Job Title': null,
      'Current Employer': 'organizationName', 'Street Address': null, City: 'city', 'Postal Code': null,
      Email: 'email', Phone: 'phone', 'Preferred Language': 'languages', 'Do Not Email': null, 'Tag(s)': 'tags', 'Note(s)': 'notes',
    });
  });

  it('maps a CiviCRM organization export, preferring Organization Name to Display Name', () => {
    expect(guessed('organizations', ['Display Name', 'Organization Name', 'Contact Subtype', 'City', 'Website'])).toEqual({
      'Display Name': null,
      'Organization Name': 'name',
      'Contact Subtype': 'kind',
      City: 'city',
      Website: 'website',
    });
  });

  it('maps a Google Forms export, questions included', () => {
    const headers = ['Timestamp', 'Email Address', 'First name', 'Last name', 'What is your phone number?', 'Which organization are you part of?', 'What city do you live in?', 'Preferred language(s)', 'Do you agree to receive text messages?'];
    const rows = [['4/3/2024 14:05:33', 'ana@x.org', 'Ana', 'Silva', '617-555-0100', 'Casa Azul', 'Chelsea', 'Portuguese', 'Yes']];
    expect(guessed('contacts', headers, rows)).toEqual({
      Timestamp: null,
      'Email Address': 'email',
      'First name': 'firstName',
      'Last name': 'lastName',
      'What is your phone number?': 'phone',
      'Which organization are you part of?': 'organizationName',
      'What city do you live in?': 'city',
      'Preferred language(s)': 'languages',
      'Do you agree to receive text messages?': 'consentSms',
    });
  });

  it('maps an Action Network export', () => {
    const headers = ['uuid', 'first_name', 'last_name', 'email', 'zip_code', 'can2_phone', 'can2_user_address', 'can2_user_city', 'can2_state_abbreviated', 'can2_sms_status', 'can2_subscription_status'];
    expect(guessed('contacts', headers)).toEqual({
      uuid: null, first_name: 'firstName', last_name: 'lastName', email: 'email', zip_code: null, can2_phone: 'phone',
      can2_user_address: null, can2_user_city: 'city', can2_state_abbreviated: null, can2_sms_status: 'consentSms',
      can2_subscription_status: 'consentEmail',
    });
  });

  it('maps a Salesforce account and contact export', () => {
    expect(guessed('organizations', ['Account Name', 'Account Type', 'Billing Street', 'Billing City', 'Billing Zip/Postal Code', 'Phone'])).toEqual({
      'Account Name': 'name', 'Account Type': 'kind', 'Billing Street': 'streetAddress', 'Billing City': 'city',
      'Billing Zip/Postal Code': 'zip', Phone: 'phone',
    });
    expect(guessed('contacts', ['First Name', 'Last Name', 'Account Name', 'Mailing City', 'Email', 'Mobile Phone', 'Home Phone'])).toEqual({
      'First Name': 'firstName', 'Last Name': 'lastName', 'Account Name': 'organizationName', 'Mailing City': 'city',
      Email: 'email', 'Mobile Phone': 'phone', 'Home Phone': 'secondPhone',
    });
  });

  it('fills each field once: the best alias wins, then the leftmost column', () => {
    expect(guessed('contacts', ['Email', 'E-mail', 'First', 'First Name'])).toEqual({
      Email: 'email',
      'E-mail': null,
      First: null,
      'First Name': 'firstName',
    });
  });
});

describe('guessMapping: values', () => {
  it('maps unnamed columns of emails, phones and dates by their values', () => {
    const headers = ['Name', 'City', 'Col A', 'Col B', 'Col C', 'Col D'];
    const rows = [
      ['Casa Azul', 'Boston', 'info@casa.org', '(617) 555-0100', '2024-04-03', '02108'],
      ['La Colaborativa', 'Chelsea', 'hola@lc.org', '617.555.0101', '3 April 2024', '02150'],
    ];
    expect(guessMapping('organizations', headers, rows).columns).toEqual(['name', 'city', 'email', 'phone', 'joinedOn', null]);
  });

  it('sends a second column of emails to the second email field', () => {
    const rows = [['Ana', 'Silva', 'ana@x.org', 'ana.silva@y.org']];
    expect(guessMapping('contacts', ['First Name', 'Last Name', 'Work Email', 'Other'], rows).columns).toEqual([
      'firstName', 'lastName', 'email', 'secondEmail',
    ]);
  });

  it('does not take a form timestamp for a date field', () => {
    expect(guessMapping('organizations', ['Name', 'City', 'Timestamp'], [['X', 'Boston', '2024-04-03']]).columns).toEqual(['name', 'city', null]);
  });
});

describe('guessMapping: date order', () => {
  const headers = ['Name', 'City', 'Joined On'];
  const withDates = (...dates: string[]) => guessMapping('organizations', headers, dates.map((d) => ['X', 'Boston', d]));

  it('is day/month/year when a first number is over 12', () => {
    expect(withDates('03/04/2024', '13/04/2024').dateOrder).toBe('dmy');
  });

  it('is month/day/year when a second number is over 12', () => {
    expect(withDates('03/04/2024', '04/13/2024').dateOrder).toBe('mdy');
  });

  it('is left undefined when nothing settles it, or the dates disagree', () => {
    expect(withDates('03/04/2024', '2024-05-06').dateOrder).toBeUndefined();
    expect(withDates('13/04/2024', '04/13/2024').dateOrder).toBeUndefined();
    expect('dateOrder' in withDates('03/04/2024')).toBe(false);
  });
});
