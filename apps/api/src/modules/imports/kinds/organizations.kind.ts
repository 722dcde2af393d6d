import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MEMBERSHIP_STATUSES, ORGANIZATION_KINDS, type RowProblem } from '@coalition/contracts';
import { ImportLookupRepository, type OrganizationState } from '../import-lookup.repository';
import { ImportWriterRepository, type SqlRecord } from '../import-writer.repository';
import { organizationKey } from '../parsing/match-keys';
import type {
  FileKey,
  ImportKindHandler,
  Resolution,
  RowValues,
  StagedRow,
  WriteItem,
  WriteResult,
} from './import-kind';
import { organizationLabel } from './organization-refs';
import { changedColumns, choiceOf, groupBy, integerOf, listOf, textOf } from './row-values';

type OrganizationColumns = Omit<OrganizationState, 'id'>;

export interface OrganizationPlan {
  /** The organization it updates; null for a new one. */
  id: string | null;
  name: string;
  city: string;
  /** What the file gives (absent = not given). */
  columns: Partial<OrganizationColumns>;
  /** For an update: the given columns that differ from the record. */
  changes: Partial<OrganizationColumns>;
}

function columnsOf(values: RowValues, problems: RowProblem[]): Partial<OrganizationColumns> {
  const given: Partial<OrganizationColumns> = {
    kind: choiceOf(values, 'kind', ORGANIZATION_KINDS, problems) ?? undefined,
    membershipStatus:
      choiceOf(values, 'membershipStatus', MEMBERSHIP_STATUSES, problems) ?? undefined,
    annualDuesCents: integerOf(values, 'annualDuesCents') ?? undefined,
    languages: listOf(values, 'languages') ?? undefined,
    tags: listOf(values, 'tags') ?? undefined,
  };
  for (const field of [
    'description',
    'streetAddress',
    'zip',
    'website',
    'email',
    'phone',
    'joinedOn',
    'duesPaidThrough',
    'notes',
  ] as const) {
    given[field] = textOf(values, field) ?? undefined;
  }
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
}

function sqlRecord(
  id: string,
  plan: OrganizationPlan,
  columns: Partial<OrganizationColumns>,
): SqlRecord {
  return {
    id,
    name: plan.name,
    city: plan.city,
    kind: columns.kind ?? null,
    description: columns.description ?? null,
    street_address: columns.streetAddress ?? null,
    zip: columns.zip ?? null,
    website: columns.website ?? null,
    email: columns.email ?? null,
    phone: columns.phone ?? null,
    membership_status: columns.membershipStatus ?? null,
    joined_on: columns.joinedOn ?? null,
    annual_dues_cents: columns.annualDuesCents ?? null,
    dues_paid_through: columns.duesPaidThrough ?? null,
    languages: columns.languages ?? null,
    tags: columns.tags ?? null,
    notes: columns.notes ?? null,
  };
}

/**
 * Member organizations. A row is the organization with the same name key (case, accents,
 * punctuation, a leading "The" and a trailing "Inc."/"LLC"… aside) in the same city: the rule of
 * the table's unique (organization_name_key(name), city) index. The same name in another city is
 * a near match. An update fills and replaces the given columns; it never renames or moves.
 */
@Injectable()
export class OrganizationsImport implements ImportKindHandler<OrganizationPlan> {
  constructor(
    private readonly lookup: ImportLookupRepository,
    private readonly writer: ImportWriterRepository,
  ) {}

  fileKeys(values: RowValues): FileKey[] {
    const name = textOf(values, 'name');
    return name
      ? [
          {
            key: organizationKey(name, textOf(values, 'city')),
            field: 'name',
            label: 'name and city',
          },
        ]
      : [];
  }

  async resolve(
    manager: EntityManager,
    rows: StagedRow[],
    options: { preview: boolean },
  ): Promise<Resolution<OrganizationPlan>[]> {
    const names = [...new Set(rows.flatMap((r) => textOf(r.values, 'name') ?? []))];
    const byName = groupBy(await this.lookup.organizationsByName(manager, names), (c) => c.input);
    const matchOf = (row: StagedRow) =>
      (byName.get(textOf(row.values, 'name') ?? '') ?? []).find(
        (c) => c.city === textOf(row.values, 'city'),
      );
    const matchedIds = rows.flatMap((r) => matchOf(r)?.id ?? []);
    const states = new Map(
      (await this.lookup.organizationStates(manager, matchedIds)).map((s) => [s.id, s]),
    );
    return rows.map((row) => {
      const name = textOf(row.values, 'name') ?? '';
      const city = textOf(row.values, 'city') ?? '';
      const problems: RowProblem[] = [];
      const columns = columnsOf(row.values, problems);
      const same = matchOf(row);
      const state = same && states.get(same.id);
      const others = options.preview
        ? (byName.get(name) ?? []).filter((c) => c.id !== same?.id)
        : [];
      return {
        problems,
        match: same
          ? { id: same.id, label: organizationLabel(same), reason: 'same name and city' }
          : null,
        nearMatches: others
          .slice(0, 5)
          .map((c) => ({
            id: c.id,
            label: organizationLabel(c),
            reason: `same name in ${c.city}`,
          })),
        plan: problems.length
          ? null
          : {
              id: same?.id ?? null,
              name,
              city,
              columns,
              changes: state ? changedColumns(state, columns) : {},
            },
      };
    });
  }

  async write(
    manager: EntityManager,
    creates: WriteItem<OrganizationPlan>[],
    updates: WriteItem<OrganizationPlan>[],
  ): Promise<WriteResult[]> {
    const ids = creates.map(() => randomUUID());
    const inserted = await this.writer.insertOrganizations(
      manager,
      creates.map((c, i) => sqlRecord(ids[i], c.plan, c.plan.columns)),
    );
    const changed = updates.filter((u) => u.plan.id && Object.keys(u.plan.changes).length);
    await this.writer.updateOrganizations(
      manager,
      changed.map((u) => sqlRecord(u.plan.id ?? '', u.plan, u.plan.changes)),
    );
    const changedRows = new Set(changed.map((u) => u.rowNumber));
    return [
      ...creates.map((c, i): WriteResult =>
        inserted.has(ids[i])
          ? { rowNumber: c.rowNumber, outcome: 'created', recordId: ids[i] }
          : {
              rowNumber: c.rowNumber,
              outcome: 'failed',
              recordId: null,
              problems: [
                {
                  field: 'name',
                  message:
                    'an organization with this name and city was added meanwhile: import the file again to update it',
                },
              ],
            },
      ),
      ...updates.map((u): WriteResult => ({
        rowNumber: u.rowNumber,
        outcome: changedRows.has(u.rowNumber) ? 'updated' : 'skipped',
        recordId: u.plan.id,
      })),
    ];
  }
}
