import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { INTEREST_LEVELS, type InterestLevel, type RowProblem } from '@coalition/contracts';
import { ImportLookupRepository } from '../import-lookup.repository';
import { ImportWriterRepository } from '../import-writer.repository';
import { organizationKey } from '../parsing/match-keys';
import { compactKey } from '../parsing/text-keys';
import type {
  FileKey,
  ImportKindHandler,
  Resolution,
  RowValues,
  StagedRow,
  WriteItem,
  WriteResult,
} from './import-kind';
import { resolveOrganizations } from './organization-refs';
import { choiceOf, groupBy, textOf } from './row-values';

export interface InterestPlan {
  organizationId: string;
  issueId: string;
  level: InterestLevel;
  note: string | null;
  /** Whether the organization already has a stance on the issue, and what would change. */
  exists: boolean;
  changed: boolean;
}

const pairKey = (organizationId: string, issueId: string) => `${organizationId}:${issueId}`;

/**
 * Organizations' interests in issues. A row is the interest of the same organization (which must
 * exist) in the same issue (by title, case and accents aside; the current session's issue when
 * titles repeat across sessions). An update replaces the level and, when given, the note; either
 * way the stance counts as confirmed today.
 */
@Injectable()
export class InterestsImport implements ImportKindHandler<InterestPlan> {
  constructor(
    private readonly lookup: ImportLookupRepository,
    private readonly writer: ImportWriterRepository,
  ) {}

  fileKeys(values: RowValues): FileKey[] {
    const name = textOf(values, 'organizationName');
    const issue = textOf(values, 'issue');
    if (!name || !issue) return [];
    return [
      {
        key: `${organizationKey(name, textOf(values, 'organizationCity'))}|${compactKey(issue)}`,
        field: 'issue',
        label: 'organization and issue',
      },
    ];
  }

  async resolve(manager: EntityManager, rows: StagedRow[]): Promise<Resolution<InterestPlan>[]> {
    const problems = rows.map((): RowProblem[] => []);
    const organizations = await resolveOrganizations(
      this.lookup,
      manager,
      rows.map((r) => ({
        name: textOf(r.values, 'organizationName') ?? '',
        city: textOf(r.values, 'organizationCity'),
      })),
    );
    const titles = [...new Set(rows.map((r) => textOf(r.values, 'issue') ?? ''))];
    const issues = groupBy(await this.lookup.issuesByTitle(manager, titles), (i) => i.input);
    const pairs = rows.map((row, i) => {
      const organization = organizations[i];
      const issue = issues.get(textOf(row.values, 'issue') ?? '')?.[0];
      if (organization && 'problem' in organization)
        problems[i].push({ field: 'organizationName', message: organization.problem });
      if (!issue)
        problems[i].push({
          field: 'issue',
          message: 'is not an issue: check the title against the Issues page',
        });
      return organization && 'id' in organization && issue ? { organization, issue } : null;
    });
    const existing = new Map(
      (
        await this.lookup.interests(
          manager,
          pairs.flatMap((p) =>
            p ? [{ organizationId: p.organization.id, issueId: p.issue.id }] : [],
          ),
        )
      ).map((e) => [pairKey(e.organizationId, e.issueId), e]),
    );
    return rows.map((row, i) => {
      const level = choiceOf(row.values, 'level', INTEREST_LEVELS, problems[i]);
      const pair = pairs[i];
      const note = textOf(row.values, 'note');
      const current = pair ? existing.get(pairKey(pair.organization.id, pair.issue.id)) : undefined;
      return {
        problems: problems[i],
        match:
          pair && current
            ? {
                id: pair.organization.id,
                label: `${pair.organization.label}: ${current.level} on ${pair.issue.label}`,
                reason: 'same organization and issue',
              }
            : null,
        nearMatches: [],
        plan:
          pair && level && !problems[i].length
            ? {
                organizationId: pair.organization.id,
                issueId: pair.issue.id,
                level,
                note,
                exists: Boolean(current),
                changed:
                  !current || current.level !== level || (note !== null && current.note !== note),
              }
            : null,
      };
    });
  }

  async write(
    manager: EntityManager,
    creates: WriteItem<InterestPlan>[],
    updates: WriteItem<InterestPlan>[],
  ): Promise<WriteResult[]> {
    const record = (p: InterestPlan) => ({
      organization_id: p.organizationId,
      issue_id: p.issueId,
      level: p.level,
      note: p.note,
    });
    const inserted = await this.writer.insertInterests(
      manager,
      creates.map((c) => record(c.plan)),
    );
    const changed = updates.filter((u) => u.plan.changed);
    await this.writer.updateInterests(
      manager,
      changed.map((u) => record(u.plan)),
    );
    const changedRows = new Set(changed.map((u) => u.rowNumber));
    return [
      ...creates.map((c): WriteResult =>
        inserted.has(pairKey(c.plan.organizationId, c.plan.issueId))
          ? { rowNumber: c.rowNumber, outcome: 'created', recordId: c.plan.organizationId }
          : {
              rowNumber: c.rowNumber,
              outcome: 'failed',
              recordId: null,
              problems: [
                {
                  field: 'issue',
                  message: 'this interest was added meanwhile: import the file again to update it',
                },
              ],
            },
      ),
      ...updates.map((u): WriteResult => ({
        rowNumber: u.rowNumber,
        outcome: changedRows.has(u.rowNumber) ? 'updated' : 'skipped',
        recordId: u.plan.organizationId,
      })),
    ];
  }
}
