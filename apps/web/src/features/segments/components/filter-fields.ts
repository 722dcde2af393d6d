import {
  AFFILIATION_ROLE_LABELS,
  AFFILIATION_ROLES,
  COUNTIES,
  DUES_STATUS_LABELS,
  DUES_STATUSES,
  ENGAGEMENT_BAND_LABELS,
  ENGAGEMENT_BANDS,
  FILTER_FIELDS,
  type FilterField,
  type InterestLevel,
  LANGUAGES,
  MEMBERSHIP_STATUS_LABELS,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  type ParticipationRole,
  type ConsentChannel,
} from '@coalition/contracts';

/**
 * The operands of a condition as the builder's inputs hold them: possibly incomplete while the
 * person is choosing. Only the operands of the condition's field are sent (see `toFilterInput`).
 */
export interface DraftOperands {
  values?: string[];
  issueIds?: string[];
  match?: 'any' | 'all';
  minLevel?: InterestLevel;
  tiers?: number[];
  campaignIds?: string[];
  roles?: ParticipationRole[];
  channels?: ConsentChannel[];
  value?: boolean;
  /** Last meeting attended: dates as YYYY-MM-DD, or never. */
  after?: string;
  before?: string;
  never?: boolean;
  /** The builder's own choice of which of them the condition uses: never sent. */
  when?: LastMeetingMode;
}
export type OperandKey = keyof DraftOperands;

/** How a last-meeting condition reads: "on or after" a day, "on or before", "between", "never". */
export type LastMeetingMode = 'after' | 'before' | 'between' | 'never';

/** The mode chosen, or, for a saved filter (which has none), the one its operands make. */
export function lastMeetingMode(operands: DraftOperands): LastMeetingMode {
  if (operands.when) return operands.when;
  if (operands.never) return 'never';
  if (operands.after !== undefined && operands.before !== undefined) return 'between';
  return operands.before !== undefined ? 'before' : 'after';
}

export interface Choice {
  value: string;
  label: string;
}

/** How a field's operands are entered; the condition row switches on it. */
export type FieldInput =
  | { kind: 'choices'; choices: Choice[] }
  | { kind: 'city' }
  | { kind: 'tags' }
  | { kind: 'interest' }
  | { kind: 'issueTier' }
  | { kind: 'campaign' }
  | { kind: 'consent' }
  | { kind: 'yesNo'; yes: string; no: string }
  | { kind: 'lastMeeting' };

export interface FieldSpec {
  field: FilterField;
  subject: 'organization' | 'contact';
  /** In the organizers' words: "Interest in issue". */
  label: string;
  input: FieldInput;
  /** What the main list input names, plural, lower case: "kinds", "issues". */
  noun: string;
  /** The operands the field takes, and what a new condition starts with. */
  defaults: DraftOperands;
}

const choicesOf = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice[] =>
  values.map((value) => ({ value, label: labels[value] }));

const LANGUAGE_CHOICES: Choice[] = LANGUAGES.map((l) => ({ value: l.code, label: l.label }));
const COUNTY_CHOICES: Choice[] = COUNTIES.map((county) => ({ value: county, label: county }));

const list = (): DraftOperands => ({ values: [] });

/**
 * Every condition the API knows. A Record, so a field added to the contracts fails the type
 * check here until the builder has a control for it.
 */
const SPECS: Record<FilterField, Omit<FieldSpec, 'field'>> = {
  'organization.kind': {
    subject: 'organization',
    label: 'Organization kind',
    noun: 'kinds',
    input: { kind: 'choices', choices: choicesOf(ORGANIZATION_KINDS, ORGANIZATION_KIND_LABELS) },
    defaults: list(),
  },
  'organization.status': {
    subject: 'organization',
    label: 'Membership status',
    noun: 'statuses',
    input: { kind: 'choices', choices: choicesOf(MEMBERSHIP_STATUSES, MEMBERSHIP_STATUS_LABELS) },
    defaults: list(),
  },
  'organization.county': {
    subject: 'organization',
    label: 'County',
    noun: 'counties',
    input: { kind: 'choices', choices: COUNTY_CHOICES },
    defaults: list(),
  },
  'organization.city': {
    subject: 'organization',
    label: 'City or town',
    noun: 'cities or towns',
    input: { kind: 'city' },
    defaults: list(),
  },
  'organization.language': {
    subject: 'organization',
    label: 'Language served',
    noun: 'languages',
    input: { kind: 'choices', choices: LANGUAGE_CHOICES },
    defaults: list(),
  },
  'organization.interest': {
    subject: 'organization',
    label: 'Interest in issue',
    noun: 'issues',
    input: { kind: 'interest' },
    defaults: { issueIds: [], match: 'any', minLevel: 'interested' },
  },
  'organization.issueTier': {
    subject: 'organization',
    label: 'Issue tier',
    noun: 'tiers',
    input: { kind: 'issueTier' },
    defaults: { tiers: [], minLevel: 'interested' },
  },
  'organization.campaign': {
    subject: 'organization',
    label: 'Campaign',
    noun: 'campaigns',
    input: { kind: 'campaign' },
    defaults: { campaignIds: [], roles: [] },
  },
  'organization.dues': {
    subject: 'organization',
    label: 'Dues',
    noun: 'dues standings',
    input: { kind: 'choices', choices: choicesOf(DUES_STATUSES, DUES_STATUS_LABELS) },
    defaults: list(),
  },
  'organization.lastMeeting': {
    subject: 'organization',
    label: 'Last meeting attended',
    noun: 'dates',
    input: { kind: 'lastMeeting' },
    defaults: { when: 'after' },
  },
  'organization.engagementBand': {
    subject: 'organization',
    label: 'Engagement band',
    noun: 'bands',
    input: { kind: 'choices', choices: choicesOf(ENGAGEMENT_BANDS, ENGAGEMENT_BAND_LABELS) },
    defaults: list(),
  },
  'organization.tag': {
    subject: 'organization',
    label: 'Organization tag',
    noun: 'tags',
    input: { kind: 'tags' },
    defaults: list(),
  },
  'contact.language': {
    subject: 'contact',
    label: 'Contact language',
    noun: 'languages',
    input: { kind: 'choices', choices: LANGUAGE_CHOICES },
    defaults: list(),
  },
  'contact.role': {
    subject: 'contact',
    label: 'Role at the organization',
    noun: 'roles',
    input: { kind: 'choices', choices: choicesOf(AFFILIATION_ROLES, AFFILIATION_ROLE_LABELS) },
    defaults: list(),
  },
  'contact.consent': {
    subject: 'contact',
    label: 'Consented to',
    noun: 'channels',
    input: { kind: 'consent' },
    defaults: { channels: [] },
  },
  'contact.hasEmail': {
    subject: 'contact',
    label: 'Has email',
    noun: 'answer',
    input: { kind: 'yesNo', yes: 'Has an email address', no: 'Has no email address' },
    defaults: { value: true },
  },
  'contact.hasPhone': {
    subject: 'contact',
    label: 'Has phone',
    noun: 'answer',
    input: { kind: 'yesNo', yes: 'Has a phone number', no: 'Has no phone number' },
    defaults: { value: true },
  },
  'contact.tag': {
    subject: 'contact',
    label: 'Contact tag',
    noun: 'tags',
    input: { kind: 'tags' },
    defaults: list(),
  },
  'contact.lastMeeting': {
    subject: 'contact',
    // Told apart from the organization's in the field select, where both are listed.
    label: 'Last meeting attended (contact)',
    noun: 'dates',
    input: { kind: 'lastMeeting' },
    defaults: { when: 'after' },
  },
  'contact.engagementBand': {
    subject: 'contact',
    label: 'Engagement band (contact)',
    noun: 'bands',
    input: { kind: 'choices', choices: choicesOf(ENGAGEMENT_BANDS, ENGAGEMENT_BAND_LABELS) },
    defaults: list(),
  },
};

/** In the contracts' order: the organization's conditions, then the contact's. */
export const FIELD_SPECS: readonly FieldSpec[] = FILTER_FIELDS.map((field) => ({
  field,
  ...SPECS[field],
}));

export function fieldSpec(field: FilterField): FieldSpec {
  return { field, ...SPECS[field] };
}

/** The field select's options, grouped by what they describe. */
export const FIELD_OPTIONS = (['organization', 'contact'] as const).map((subject) => {
  const label = subject === 'organization' ? 'Organization' : 'Contact';
  return {
    label,
    title: label,
    options: FIELD_SPECS.filter((spec) => spec.subject === subject).map((spec) => ({
      value: spec.field,
      label: spec.label,
    })),
  };
});
