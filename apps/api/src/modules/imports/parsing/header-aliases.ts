import type { ImportKind } from '@coalition/contracts';

/*
 * What a column of each field is called in spreadsheets and in exports from CiviCRM, Action
 * Network ("can2_…"), Salesforce ("Account Name", "Mailing City") and Google Forms ("Email
 * Address", questions). Compared after compactKey, so "E-mail", "e_mail" and "EMAIL" are one
 * alias. Earlier aliases are better matches. The field's key and label always count, first.
 */

const ORGANIZATION_NAME = [
  'Organization Name', 'Organization', 'Organisation', 'Organisation Name', 'Org', 'Org Name',
  'Account Name', 'Member Organization', 'Company', 'Company Name', 'Employer', 'Current Employer',
  'Group', 'Agency', 'Affiliation', 'Legal Name',
];
const PERSON = {
  firstName: ['First Name', 'Given name', 'First', 'Firstname', 'fname', 'Forename', 'Nombre', 'Nome', 'Prénom'],
  lastName: ['Last Name', 'Surname', 'Family name', 'Last', 'Lastname', 'lname', 'Apellido', 'Apellidos', 'Sobrenome', 'Nom'],
  email: [
    'Email', 'E-mail', 'Email Address', 'E-mail address', 'Primary Email', 'Email 1', 'Work Email',
    'Personal Email', 'Email (Primary)', 'Correo', 'Correo electrónico',
  ],
  phone: [
    'Phone', 'Phone Number', 'Telephone', 'Tel', 'Mobile', 'Cell', 'Cell Phone', 'Mobile Phone',
    'Mobile Number', 'Primary Phone', 'Phone 1', 'can2_phone', 'Phone (Primary)', 'Teléfono', 'Telefone',
  ],
};
const CITY = ['City', 'Town', 'City/Town', 'City or Town', 'Municipality', 'Mailing City', 'can2_user_city', 'Primary City', 'City (Primary)', 'Ciudad', 'Cidade'];
const ORGANIZATION_CITY = ["Organization's city", 'Organization City', 'Org City', 'Account City', 'Employer City', 'Billing City'];
const NOTES = ['Notes', 'Note', 'Note(s)', 'Comments', 'Comment'];
const TAGS = ['Tags', 'Tag', 'Tag(s)', 'Labels', 'Keywords'];

export const HEADER_ALIASES: Record<ImportKind, Record<string, string[]>> = {
  organizations: {
    name: [...ORGANIZATION_NAME, 'Name', 'Display Name', 'Sort Name'],
    city: [...CITY, ...ORGANIZATION_CITY],
    kind: ['Type', 'Organization Type', 'Org Type', 'Organization Kind', 'Category', 'Sector', 'Account Type', 'Contact Subtype'],
    description: ['Description', 'About', 'Mission', 'Summary', 'Account Description'],
    streetAddress: ['Street Address', 'Address', 'Street', 'Address 1', 'Address Line 1', 'Billing Street', 'Mailing Street', 'can2_user_address'],
    zip: ['Zip', 'Zip Code', 'ZIP/Postal Code', 'Postal Code', 'Postcode', 'zip_code', 'Billing Zip/Postal Code', 'Mailing Zip/Postal Code'],
    website: ['Website', 'Web site', 'URL', 'Web', 'Homepage', 'Site'],
    email: PERSON.email,
    phone: PERSON.phone,
    membershipStatus: ['Membership Status', 'Member Status', 'Status', 'Membership'],
    joinedOn: ['Joined On', 'Join Date', 'Joined', 'Date Joined', 'Member Since', 'Membership Start Date', 'Start Date'],
    annualDues: ['Annual Dues', 'Dues', 'Dues Amount', 'Membership Dues', 'Annual Dues Amount'],
    duesPaidThrough: ['Dues Paid Through', 'Paid Through', 'Membership End Date', 'End Date', 'Expiration Date', 'Renewal Date'],
    languages: ['Languages', 'Languages Served', 'Language', 'Languages Spoken', 'Preferred Language'],
    tags: TAGS,
    notes: NOTES,
  },
  contacts: {
    firstName: PERSON.firstName,
    lastName: PERSON.lastName,
    preferredName: ['Preferred Name', 'Nickname', 'Nick Name', 'Goes By', 'Chosen Name'],
    pronouns: ['Pronouns', 'Pronoun', 'Preferred Pronouns'],
    email: PERSON.email,
    secondEmail: ['Second Email', 'Email 2', 'Other Email', 'Alternate Email', 'Secondary Email', 'Email (Other)'],
    phone: PERSON.phone,
    secondPhone: ['Second Phone', 'Phone 2', 'Other Phone', 'Alternate Phone', 'Home Phone', 'Work Phone', 'Secondary Phone'],
    languages: ['Languages', 'Preferred Languages', 'Language', 'Preferred Language', 'Preferred Language(s)', 'Languages Spoken', 'Spoken Languages', 'Idioma'],
    city: CITY,
    organizationName: ORGANIZATION_NAME,
    organizationCity: ORGANIZATION_CITY,
    role: ['Role', 'Role at Organization', 'Organization Role', 'Affiliation Role', 'Relationship', 'Position'],
    consentEmail: ['Consents to Email', 'Email Consent', 'Email Opt-in', 'Email Opt In', 'OK to Email', 'Can Email', 'Email Subscribed', 'can2_subscription_status', 'Subscribed'],
    consentSms: ['Consents to Texts', 'SMS Consent', 'SMS Opt-in', 'Text Opt-in', 'OK to Text', 'Can Text', 'can2_sms_status', 'SMS Status'],
    consentPhone: ['Consents to Calls', 'Phone Consent', 'Call Opt-in', 'OK to Call', 'Can Call'],
    tags: TAGS,
    notes: NOTES,
  },
  interests: {
    organizationName: ORGANIZATION_NAME,
    organizationCity: [...ORGANIZATION_CITY, ...CITY],
    issue: ['Issue', 'Issue Title', 'Priority', 'Advocacy Priority', 'Topic'],
    level: ['Level', 'Interest Level', 'Interest', 'Engagement', 'Stance'],
    note: NOTES,
  },
  participation: {
    campaign: ['Campaign', 'Campaign Name', 'Campaign Title'],
    organizationName: ORGANIZATION_NAME,
    organizationCity: [...ORGANIZATION_CITY, ...CITY],
    contactEmail: ["Person's Email", 'Contact Email', ...PERSON.email],
    role: ['Role', 'Participation Role', 'Campaign Role', 'Participation', 'Involvement'],
  },
  attendance: {
    meetingTitle: ['Meeting', 'Meeting Title', 'Meeting Name', 'Event', 'Event Name', 'Event Title'],
    meetingDate: ['Meeting Date', 'Date', 'Event Date'],
    firstName: PERSON.firstName,
    lastName: PERSON.lastName,
    email: PERSON.email,
    phone: PERSON.phone,
    organizationName: ['Organization Represented', ...ORGANIZATION_NAME],
    status: ['Status', 'Attendance', 'Attendance Status', 'Attended', 'RSVP Status'],
  },
};

/**
 * Words that name a field inside a longer header or a form question ("What is your email?",
 * "Which organization are you with?"), compacted. Fields whose words are too common (kind,
 * level, status...) only match whole headers.
 */
export const TELLING_WORDS: Record<string, string[]> = {
  name: ['organization', 'organisation', 'company', 'employer'],
  organizationName: ['organization', 'organisation', 'company', 'employer'],
  firstName: ['firstname', 'givenname'],
  lastName: ['lastname', 'surname', 'familyname'],
  email: ['email', 'correo'],
  contactEmail: ['email'],
  phone: ['phone', 'telephone', 'mobile', 'cellphone'],
  city: ['city', 'town'],
  zip: ['zip', 'postalcode', 'postcode'],
  streetAddress: ['streetaddress', 'address'],
  languages: ['language', 'idioma'],
  pronouns: ['pronoun'],
  website: ['website'],
  notes: ['note', 'comment'],
  consentEmail: ['emailoptin', 'consenttoemail', 'emailconsent', 'emailupdates'],
  consentSms: ['sms', 'textmessage', 'texts'],
  consentPhone: ['phonecall', 'calls'],
  joinedOn: ['joined', 'membersince'],
  annualDues: ['dues'],
  campaign: ['campaign'],
  meetingTitle: ['meeting', 'event'],
  issue: ['issue'],
};
