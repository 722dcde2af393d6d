/**
 * Importing contacts from a CSV, as an organizer does in the dashboard: upload, confirm the
 * mapping (which answers the preview, every row matched against the members: dedupe is always
 * on), run, and watch the job until it is done. People come from the demo's contact generator,
 * each at a member organization with a new email and phone. The floor writes the same people
 * with four bulk statements in a transaction that is rolled back: what no matching, preview,
 * batching or audit would cost.
 */
import { randomUUID } from 'node:crypto';
import type { ImportDetail, ListResponse, OrganizationSummary } from '@coalition/contracts';
import { generateDemoContacts } from '../../apps/api/src/database/seed/demo-contacts';
import { DEMO_SEED, demoFaker } from '../../apps/api/src/database/seed/demo-random';
import type { RawSql } from './database';
import { elapsedMs } from './measure';
import { progress } from './progress';
import { type ApiSession, multipart } from './session';

export interface ImportPerson {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  languages: string[];
  city: string;
  organization: { name: string; city: string };
  role: string;
}

export interface ImportResult {
  rows: number;
  uploadMs: number;
  previewMs: number;
  runMs: number;
  rowsPerSecond: number;
  runRowsPerSecond: number;
  counts: ImportDetail['counts'];
  summary: ImportDetail['summary'];
  floorMs?: number;
  floorRowsPerSecond?: number;
}

const HEADERS = [
  'First name',
  'Last name',
  'Email',
  'Phone',
  'Languages',
  'City',
  'Organization',
  'Organization city',
  'Role',
];
const MAPPING = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'languages',
  'city',
  'organizationName',
  'organizationCity',
  'role',
];
const ROLES = ['staff', 'volunteer', 'member'];

type Member = Pick<
  OrganizationSummary,
  'id' | 'name' | 'city' | 'kind' | 'membershipStatus' | 'languages' | 'joinedOn'
>;

/** Active members to attach people to: about 30 new people each (pages of the organization list). */
async function memberOrganizations(session: ApiSession, wanted: number): Promise<Member[]> {
  const found: Member[] = [];
  for (let page = 1; found.length < wanted; page++) {
    const list = await session.json<ListResponse<OrganizationSummary>>({
      method: 'GET',
      path: `/api/organizations?status=active&pageSize=100&page=${page}`,
    });
    found.push(...list.items);
    if (list.items.length < 100) break;
  }
  return found;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');

/**
 * `count` new people from the demo's generator, at the members it places them (mostly one
 * serving their language); no two with the same name at one organization (a duplicate row).
 */
export function importPeople(count: number, members: Member[]): ImportPerson[] {
  const byId = new Map(members.map((m) => [m.id, m]));
  const generated = generateDemoContacts(
    demoFaker(DEMO_SEED + 900),
    members,
    Math.ceil(count * 1.5),
  );
  const seen = new Set<string>();
  const people: ImportPerson[] = [];
  for (const [i, c] of generated.entries()) {
    if (people.length === count) break;
    const current = c.affiliations.find((a) => !a.endedOn);
    const organization = byId.get(current?.organizationId ?? '') ?? members[i % members.length];
    const key = `${c.firstName}|${c.lastName}|${organization.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const n = people.length;
    people.push({
      firstName: c.firstName,
      lastName: c.lastName,
      email: `${slug(c.firstName)}.${slug(c.lastName)}.${n}@import.example.net`,
      // 7xx exchanges: never one of the demo's 555-01xx numbers, never twice in the file.
      phone: `413-${700 + Math.floor(n / 10_000)}-${String(n % 10_000).padStart(4, '0')}`,
      languages: c.languages,
      city: c.city ?? organization.city,
      organization: { name: organization.name, city: organization.city },
      role: ROLES[n % ROLES.length],
    });
  }
  if (people.length < count)
    throw new Error(`only ${people.length} distinct people for the import file`);
  return people;
}

function csvOf(people: ImportPerson[]): Buffer {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = people.map((p) =>
    [
      p.firstName,
      p.lastName,
      p.email,
      p.phone,
      p.languages.join('; '),
      p.city,
      p.organization.name,
      p.organization.city,
      p.role,
    ]
      .map(cell)
      .join(','),
  );
  return Buffer.from([HEADERS.join(','), ...lines].join('\r\n') + '\r\n');
}

async function untilDone(session: ApiSession, id: string): Promise<ImportDetail> {
  let shown = 0;
  for (;;) {
    const job = await session.json<ImportDetail>({ method: 'GET', path: `/api/imports/${id}` });
    if (job.status === 'done' || job.status === 'failed') return job;
    if (job.processed >= shown + Math.max(1, job.rowCount / 5)) {
      shown = job.processed;
      progress(
        `  import: ${job.processed.toLocaleString('en-US')} / ${job.rowCount.toLocaleString('en-US')} rows written`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function importThroughApi(
  session: ApiSession,
  rows: number,
): Promise<{ result: ImportResult; people: ImportPerson[] }> {
  const people = importPeople(rows, await memberOrganizations(session, Math.ceil(rows / 30)));
  const body = multipart(
    { kind: 'contacts' },
    { field: 'file', name: 'bench-contacts.csv', type: 'text/csv', data: csvOf(people) },
  );
  progress(
    `import: ${rows.toLocaleString('en-US')} contacts (${Math.round(body.data.length / 1024)} KB of CSV)…`,
  );
  const upload = await session.request({ method: 'POST', path: '/api/imports' }, undefined, body);
  if (upload.status !== 201)
    throw new Error(`upload answered ${upload.status}: ${upload.body.toString().slice(0, 500)}`);
  const { id } = JSON.parse(upload.body.toString()) as ImportDetail;
  const mapping = await session.request({
    method: 'PUT',
    path: `/api/imports/${id}/mapping`,
    body: { columns: MAPPING },
  });
  if (mapping.status !== 200)
    throw new Error(`mapping answered ${mapping.status}: ${mapping.body.toString().slice(0, 500)}`);
  const previewed = JSON.parse(mapping.body.toString()) as ImportDetail;
  progress(
    `  upload ${Math.round(upload.ms)} ms, preview ${Math.round(mapping.ms)} ms: ${JSON.stringify(previewed.counts)}`,
  );
  const started = process.hrtime.bigint();
  const run = await session.request({ method: 'POST', path: `/api/imports/${id}/run`, body: {} });
  if (run.status !== 202)
    throw new Error(`run answered ${run.status}: ${run.body.toString().slice(0, 500)}`);
  const job = await untilDone(session, id);
  const runMs = elapsedMs(started);
  if (job.status !== 'done') throw new Error(`the import ${job.status}: ${job.error ?? ''}`);
  const total = upload.ms + mapping.ms + runMs;
  progress(`  run ${Math.round(runMs)} ms: ${JSON.stringify(job.summary)}`);
  return {
    people,
    result: {
      rows,
      uploadMs: Math.round(upload.ms),
      previewMs: Math.round(mapping.ms),
      runMs: Math.round(runMs),
      rowsPerSecond: Math.round(rows / (total / 1000)),
      runRowsPerSecond: Math.round(rows / (runMs / 1000)),
      counts: previewed.counts,
      summary: job.summary,
    },
  };
}

/** The same people written with bulk statements, rolled back (so the run leaves no trace). */
export async function importFloor(raw: RawSql, people: ImportPerson[]): Promise<number> {
  const ids = people.map(() => randomUUID());
  const column = <T>(pick: (p: ImportPerson) => T) => people.map(pick);
  const started = process.hrtime.bigint();
  await raw.query('BEGIN', []);
  try {
    await raw.query(
      `INSERT INTO contact (id, first_name, last_name, languages, city)
       SELECT x.id, x.first, x.last, x.languages::text[], x.city FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(id, first, last, languages, city)`,
      [
        ids,
        column((p) => p.firstName),
        column((p) => p.lastName),
        column((p) => `{${p.languages.join(',')}}`),
        column((p) => p.city),
      ],
    );
    await raw.query(
      `INSERT INTO contact_email (contact_id, address, label, is_primary) SELECT x.id, x.address, 'personal', true FROM unnest($1::uuid[], $2::text[]) AS x(id, address)`,
      [ids, column((p) => p.email)],
    );
    await raw.query(
      `INSERT INTO contact_phone (contact_id, number, label, is_primary) SELECT x.id, x.number, 'mobile', true FROM unnest($1::uuid[], $2::text[]) AS x(id, number)`,
      [ids, column((p) => p.phone)],
    );
    await raw.query(
      `INSERT INTO affiliation (contact_id, organization_id, role)
       SELECT x.id, o.id, x.role FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS x(id, name, city, role)
         JOIN organization o ON o.name = x.name AND o.city = x.city`,
      [
        ids,
        column((p) => p.organization.name),
        column((p) => p.organization.city),
        column((p) => p.role),
      ],
    );
    return elapsedMs(started);
  } finally {
    await raw.query('ROLLBACK', []);
  }
}
