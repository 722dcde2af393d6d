import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type ListResponse,
  mappingProblems,
  type SavedMapping,
  type SavedMappingInput,
  type SavedMappingQuery,
} from '@coalition/contracts';
import { isUniqueViolation } from '../../common/database-errors';
import { currentContext } from '../../common/request-context';
import { AuditService } from '../audit/audit.service';
import {
  importMappingInvalid,
  savedMappingDuplicate,
  savedMappingNotFound,
} from './imports.errors';
import { toSavedMapping } from './imports.mapper';
import { ImportMappingsRepository } from './import-mappings.repository';

/** Mappings saved by name, so the next file from the same source maps itself. */
@Injectable()
export class ImportMappingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ImportMappingsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: SavedMappingQuery): Promise<ListResponse<SavedMapping>> {
    const { rows, total } = await this.repository.list(query.kind, query.page, query.pageSize);
    return { items: rows.map(toSavedMapping), total, page: query.page, pageSize: query.pageSize };
  }

  async create(input: SavedMappingInput): Promise<SavedMapping> {
    const problems = mappingProblems(input.kind, input.mapping).map((p) => ({
      ...p,
      path: `mapping.${p.path}`,
    }));
    if (input.mapping.columns.length !== input.headers.length) {
      problems.unshift({
        path: 'mapping.columns',
        message: `must have one entry per header (${input.headers.length})`,
      });
    }
    if (problems.length) throw importMappingInvalid(problems);
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const created = await this.repository.insert(
          manager,
          input,
          currentContext()?.actor?.id ?? null,
        );
        await this.audit.record(manager, {
          action: 'create',
          entityType: 'import_mapping',
          entityId: created,
          details: { name: input.name, kind: input.kind },
        });
        return created;
      });
      const saved = await this.repository.byId(id);
      if (!saved) throw savedMappingNotFound(id);
      return toSavedMapping(saved);
    } catch (error) {
      if (isUniqueViolation(error, 'import_mapping_kind_name_key'))
        throw savedMappingDuplicate(input.name);
      throw error;
    }
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const saved = await this.repository.byId(id, manager);
      if (!saved || !(await this.repository.delete(manager, id))) throw savedMappingNotFound(id);
      await this.audit.record(manager, {
        action: 'delete',
        entityType: 'import_mapping',
        entityId: id,
        details: { name: saved.name, kind: saved.kind },
      });
    });
  }
}
