/**
 * What a full export holds, table by table and column by column, decided from the migrations
 * (docs/full-export.md). The order is the foreign-key order: a restore inserts the files in
 * this order, so every row's references already exist when it arrives.
 *
 * A test compares this list with the live schema: a migration that adds a table or a column
 * fails it until the new one is exported here or left out below with its reason.
 */

/** How a column's values are written to the CSV and read back (full-export.values.ts). */
export type ColumnKind =
  | 'text'
  | 'uuid'
  | 'smallint'
  | 'integer'
  | 'bigint'
  | 'boolean'
  | 'date'
  | 'timestamptz'
  | 'jsonb'
  | 'text[]';

export interface ExportColumn {
  name: string;
  kind: ColumnKind;
}

export interface ExportTable {
  /** The table's name, which is also its file's name (`organization.csv`). */
  table: string;
  file: string;
  /** The primary key: rows are read in this order, batch after batch (keyset pagination). */
  key: string[];
  columns: ExportColumn[];
  /** A column whose sequence must continue past the restored values. */
  sequence?: string;
}

function table(
  name: string,
  key: string[],
  columns: Record<string, ColumnKind>,
  sequence?: string,
): ExportTable {
  return {
    table: name,
    file: `${name}.csv`,
    key,
    columns: Object.entries(columns).map(([column, kind]) => ({ name: column, kind })),
    sequence,
  };
}

const versioned = {
  version: 'integer',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} as const;
const consent = (channel: string): Record<string, ColumnKind> => ({
  [`consent_${channel}_granted`]: 'boolean',
  [`consent_${channel}_recorded_on`]: 'date',
  [`consent_${channel}_source`]: 'text',
});

// One table per block reads better than one column per line.
// prettier-ignore
export const EXPORT_TABLES: readonly ExportTable[] = [
  table('organization', ['id'], {
    id: 'uuid', name: 'text', kind: 'text', description: 'text', city: 'text', street_address: 'text', zip: 'text',
    website: 'text', email: 'text', phone: 'text', membership_status: 'text', joined_on: 'date',
    annual_dues_cents: 'integer', dues_paid_through: 'date', languages: 'text[]', tags: 'text[]', notes: 'text',
    ...versioned, archived_at: 'timestamptz',
  }),
  table('contact', ['id'], {
    id: 'uuid', first_name: 'text', last_name: 'text', preferred_name: 'text', pronouns: 'text', city: 'text',
    languages: 'text[]', ...consent('email'), ...consent('sms'), ...consent('phone'), tags: 'text[]', notes: 'text',
    ...versioned, archived_at: 'timestamptz',
  }),
  table('contact_email', ['id'], { id: 'uuid', contact_id: 'uuid', address: 'text', label: 'text', is_primary: 'boolean', position: 'smallint' }),
  table('contact_phone', ['id'], { id: 'uuid', contact_id: 'uuid', number: 'text', label: 'text', is_primary: 'boolean', position: 'smallint' }),
  table('affiliation', ['id'], {
    id: 'uuid', contact_id: 'uuid', organization_id: 'uuid', role: 'text', started_on: 'date', ended_on: 'date', note: 'text', ...versioned,
  }),
  table('issue', ['id'], {
    id: 'uuid', title: 'text', summary: 'text', tier: 'smallint', rank: 'integer', session: 'text', status: 'text',
    ...versioned, archived_at: 'timestamptz',
  }),
  table('bill', ['id'], { id: 'uuid', issue_id: 'uuid', session: 'text', number: 'text', title: 'text', status: 'text', ...versioned }),
  table('interest', ['organization_id', 'issue_id'], {
    organization_id: 'uuid', issue_id: 'uuid', level: 'text', note: 'text', confirmed_on: 'date', created_at: 'timestamptz', updated_at: 'timestamptz',
  }),
  table('campaign', ['id'], {
    id: 'uuid', name: 'text', summary: 'text', kind: 'text', starts_on: 'date', ends_on: 'date', ...versioned, archived_at: 'timestamptz',
  }),
  table('campaign_issue', ['campaign_id', 'issue_id'], { campaign_id: 'uuid', issue_id: 'uuid' }),
  table('campaign_goal', ['id'], {
    id: 'uuid', campaign_id: 'uuid', label: 'text', unit: 'text', target: 'integer', position: 'integer',
    created_at: 'timestamptz', updated_at: 'timestamptz',
  }),
  table('participation', ['id'], {
    id: 'uuid', campaign_id: 'uuid', organization_id: 'uuid', contact_id: 'uuid', role: 'text', joined_on: 'date', note: 'text',
    created_at: 'timestamptz', updated_at: 'timestamptz',
  }),
  table('contribution', ['id'], {
    id: 'uuid', campaign_id: 'uuid', goal_id: 'uuid', participation_id: 'uuid', amount: 'integer', recorded_on: 'date', note: 'text',
    created_at: 'timestamptz',
  }),
  table('app_user', ['id'], {
    id: 'uuid', email: 'text', name: 'text', role: 'text', disabled_at: 'timestamptz', last_sign_in_at: 'timestamptz', ...versioned,
  }),
  table('segment', ['id'], {
    id: 'uuid', name: 'text', description: 'text', filter: 'jsonb', owner_user_id: 'uuid', shared: 'boolean', ...versioned, archived_at: 'timestamptz',
  }),
  table('segment_count', ['segment_id', 'counted_on'], { segment_id: 'uuid', counted_on: 'date', organizations: 'integer', contacts: 'integer' }),
  table('outreach_drive', ['id'], {
    id: 'uuid', name: 'text', segment_id: 'uuid', goal: 'text', channel: 'text', starts_on: 'date', ends_on: 'date', script: 'text',
    created_by: 'uuid', ...versioned, archived_at: 'timestamptz',
  }),
  table('outreach_target', ['id'], {
    id: 'uuid', drive_id: 'uuid', contact_id: 'uuid', organization_id: 'uuid', organization_role: 'text', assignee_id: 'uuid',
    last_outcome: 'text', last_attempt_at: 'timestamptz', follow_up_on: 'date', done: 'boolean', ...versioned,
  }),
  table('outreach_attempt', ['id'], {
    id: 'uuid', target_id: 'uuid', outcome: 'text', note: 'text', follow_up_on: 'date', logged_by: 'uuid', logged_at: 'timestamptz',
  }),
  table('meeting', ['id'], {
    id: 'uuid', title: 'text', type: 'text', starts_at: 'timestamptz', ends_at: 'timestamptz', place: 'text', online_url: 'text',
    host_organization_id: 'uuid', agenda: 'text', notes: 'text', ...versioned, archived_at: 'timestamptz',
  }),
  table('meeting_issue', ['meeting_id', 'issue_id'], { meeting_id: 'uuid', issue_id: 'uuid' }),
  table('meeting_campaign', ['meeting_id', 'campaign_id'], { meeting_id: 'uuid', campaign_id: 'uuid' }),
  table('attendance', ['meeting_id', 'contact_id'], {
    meeting_id: 'uuid', contact_id: 'uuid', organization_id: 'uuid', status: 'text', recorded_at: 'timestamptz',
  }),
  table('action_item', ['id'], {
    id: 'uuid', meeting_id: 'uuid', text: 'text', owner_user_id: 'uuid', owner_contact_id: 'uuid', due_on: 'date',
    done_at: 'timestamptz', ...versioned,
  }),
  table('settings', ['key'], { key: 'text', value: 'jsonb', updated_at: 'timestamptz' }),
  table('audit_event', ['id'], {
    id: 'bigint', at: 'timestamptz', actor_user_id: 'uuid', actor_email: 'text', ip: 'text', action: 'text', entity_type: 'text',
    entity_id: 'text', changes: 'jsonb', details: 'jsonb',
  }, 'id'),
];

/** Tables deliberately not exported, and why (repeated in docs/full-export.md). */
export const LEFT_OUT_TABLES: Readonly<Record<string, string>> = {
  municipality: 'reference data (the 351 cities and towns), written by the migrations themselves',
  migrations:
    "the database's record of applied migrations; the manifest's schema version stands for it",
  user_session: 'sign-in sessions: secret, and of no use on another instance',
  user_invitation: 'one-time invitation links: secret',
  engagement_score: 'derived: recomputed from the restored data when the app starts',
  engagement_score_daily: 'derived: the score history starts again from the day of the restore',
  last_meeting_attended: "derived: the database's triggers fill it again as attendance is restored",
};

/** The import pipeline's jobs, rows and saved mappings: its working data, not the coalition's. */
export const LEFT_OUT_TABLE_PREFIX = 'import_';

/** Columns deliberately not exported, and why. */
export const LEFT_OUT_COLUMNS: Readonly<Record<string, string>> = {
  'app_user.password_hash':
    'secret: restored users choose a new password through an invitation link',
  'contact_email.address_key': 'generated by the database from the address',
  'contact_phone.number_digits': 'generated by the database from the number',
  'organization.search_name': 'generated by the database from the name (search key)',
  'organization.search_city': 'generated by the database from the city (search key)',
  'contact.search_name': 'generated by the database from the first and last name (search key)',
  'contact.search_preferred_name': 'generated by the database from the preferred name (search key)',
  'contact.search_last_name': 'generated by the database from the last name (search key)',
  'contact.search_first_name': 'generated by the database from the first name (search key)',
};

export const MANIFEST_FILE = 'manifest.json';
