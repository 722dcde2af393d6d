import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  IMPORT_FIELDS,
  type ImportCounts,
  type ImportFieldSpec,
  type ImportMapping,
  ROW_CLASSES,
} from '@coalition/contracts';
import { AuditService } from '../audit/audit.service';
import { CLI_ACTOR } from './import-audit';
import { importNotFound, importWrongStatus } from './imports.errors';
import { type ClassifiedRow, type ImportJobRow, ImportsRepository } from './imports.repository';
import { findDuplicates } from './kinds/file-duplicates';
import type { StagedRow } from './kinds/import-kind';
import { ImportKinds } from './kinds/import-kinds';
import { parseRow } from './parsing/parse-row';

/** Rows read, resolved and saved per step: each step is one query per kind of lookup, not one per row. */
const READ_CHUNK = 5000;
const RESOLVE_CHUNK = 5000;
const SAVE_CHUNK = 5000;

/** "Email" for `email`: how a field is named to people. */
export function fieldLabel(kind: ImportJobRow['kind'], field: string): string {
  return (IMPORT_FIELDS[kind] as Record<string, ImportFieldSpec>)[field]?.label ?? field;
}

/**
 * The preview: every row parsed with the confirmed mapping, then classified, nothing written to
 * the member tables. Invalid when it has problems (its own, or its references: an unknown
 * organization…); duplicate when an earlier row of the file has one of its keys; update when
 * it matches an existing record; new otherwise. Near matches are listed, never merged.
 */
@Injectable()
export class ImportPreviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ImportsRepository,
    private readonly kinds: ImportKinds,
    private readonly audit: AuditService,
  ) {}

  /** Classifies every row with `mapping`, in one transaction with its audit entry; answers the counts. */
  classify(job: ImportJobRow, mapping: ImportMapping): Promise<ImportCounts> {
    return this.dataSource.transaction(async (manager) => {
      const status = await this.repository.lockStatus(manager, job.id);
      if (!status) throw importNotFound(job.id);
      if (status !== 'uploaded' && status !== 'previewed')
        throw importWrongStatus(status, 'its mapping can no longer change');
      const rows = await this.classifyRows(manager, job, mapping);
      for (let i = 0; i < rows.length; i += SAVE_CHUNK)
        await this.repository.saveClassification(manager, job.id, rows.slice(i, i + SAVE_CHUNK));
      const counts = Object.fromEntries(
        ROW_CLASSES.map((c) => [c, rows.filter((r) => r.class === c).length]),
      ) as ImportCounts;
      await this.repository.setPreview(manager, job.id, mapping, counts);
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'import',
        entityId: job.id,
        actorEmail: CLI_ACTOR,
        changes: [{ field: 'mapping', before: job.mapping, after: mapping }],
        details: { fileName: job.fileName, kind: job.kind, counts },
      });
      return counts;
    });
  }

  private async classifyRows(
    manager: EntityManager,
    job: ImportJobRow,
    mapping: ImportMapping,
  ): Promise<ClassifiedRow[]> {
    const handler = this.kinds.of(job.kind);
    const parsed: (ClassifiedRow & StagedRow)[] = [];
    for (let after = 0; ;) {
      const chunk = await this.repository.cells(manager, job.id, after, READ_CHUNK);
      for (const { rowNumber, cells } of chunk) {
        const { values, problems } = parseRow(job.kind, mapping, cells);
        parsed.push({
          rowNumber,
          values,
          problems,
          class: problems.length ? 'invalid' : 'new',
          match: null,
          nearMatches: [],
          duplicateOf: null,
        });
      }
      if (chunk.length < READ_CHUNK) break;
      after = chunk[chunk.length - 1].rowNumber;
    }
    const valid = parsed.filter((r) => r.class !== 'invalid');
    const duplicates = findDuplicates(
      valid.map((r) => ({ rowNumber: r.rowNumber, keys: handler.fileKeys(r.values) })),
    );
    for (const row of valid) {
      const duplicate = duplicates.get(row.rowNumber);
      if (!duplicate) continue;
      row.class = 'duplicate';
      row.duplicateOf = duplicate.of;
      row.problems = [
        {
          field: duplicate.key.field,
          message: `same ${duplicate.key.label} as row ${duplicate.of}`,
        },
      ];
    }
    const unique = valid.filter((r) => r.class === 'new');
    for (let i = 0; i < unique.length; i += RESOLVE_CHUNK) {
      const chunk = unique.slice(i, i + RESOLVE_CHUNK);
      const resolutions = await handler.resolve(manager, chunk, { preview: true });
      chunk.forEach((row, n) => {
        const { problems, match, nearMatches } = resolutions[n];
        Object.assign(row, {
          problems,
          match,
          nearMatches,
          class: problems.length ? 'invalid' : match ? 'update' : 'new',
        });
      });
    }
    return parsed;
  }
}
