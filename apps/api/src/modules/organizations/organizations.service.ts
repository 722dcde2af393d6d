import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  CreateOrganization,
  ListResponse,
  OrganizationDetail,
  OrganizationSummary,
  UpdateOrganization,
} from '@coalition/contracts';
import { isUniqueViolation } from '../../common/database-errors';
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import {
  organizationDuplicate,
  organizationNotFound,
  organizationVersionConflict,
} from './organizations.errors';
import { toOrganizationDetail, toOrganizationSummary } from './organizations.mapper';
import { type OrganizationListFilter, OrganizationsRepository } from './organizations.repository';

const NAME_CITY_KEY = 'organization_name_city_key';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly repository: OrganizationsRepository,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Filters on issues and campaigns go through OrganizationListService, which resolves them. */
  async list(query: OrganizationListFilter): Promise<ListResponse<OrganizationSummary>> {
    const { rows, total } = await this.repository.list(query);
    return { items: rows.map(toOrganizationSummary), total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * Every organization the filter finds, in list order, a batch at a time (for exports): counted
   * once up front, so the export can be audited before any row leaves.
   */
  async allPages(query: OrganizationListFilter, batchSize = 500): Promise<{ total: number; batches: AsyncGenerator<OrganizationDetail[]> }> {
    const total = await this.repository.count(query);
    const repository = this.repository;
    async function* batches(): AsyncGenerator<OrganizationDetail[]> {
      for (let page = 1; (page - 1) * batchSize < total; page += 1) {
        const rows = await repository.page({ ...query, page, pageSize: batchSize });
        if (rows.length === 0) return;
        yield rows.map(toOrganizationDetail);
      }
    }
    return { total, batches: batches() };
  }

  async get(id: string, manager?: EntityManager): Promise<OrganizationDetail> {
    const organization = await this.repository.findById(id, manager);
    if (!organization) throw organizationNotFound(id);
    return toOrganizationDetail(organization);
  }

  async create(input: CreateOrganization): Promise<OrganizationDetail> {
    return this.dataSource.transaction(async (manager) => {
      const id = await this.repository.insert(manager, input).catch((error: unknown) => {
        throw isUniqueViolation(error, NAME_CITY_KEY) ? organizationDuplicate(input.name, input.city) : error;
      });
      const created = await this.get(id, manager);
      await this.audit.record(manager, { action: 'create', entityType: 'organization', entityId: id, changes: diffChanges(null, input) });
      return created;
    });
  }

  async update(id: string, input: UpdateOrganization): Promise<OrganizationDetail> {
    const { version, ...changes } = input;
    return this.dataSource.transaction(async (manager) => {
      const current = await this.get(id, manager);
      const updated = await this.repository.updateIfVersion(manager, id, version, changes).catch((error: unknown) => {
        if (!isUniqueViolation(error, NAME_CITY_KEY)) throw error;
        throw organizationDuplicate(changes.name ?? current.name, changes.city ?? current.city);
      });
      if (!updated) throw organizationVersionConflict(current);
      await this.audit.record(manager, { action: 'update', entityType: 'organization', entityId: id, changes: diffChanges(current, changes) });
      return this.get(id, manager);
    });
  }

  /** Archiving hides an organization from lists but keeps its history; it can be restored. */
  async setArchived(id: string, version: number, archived: boolean): Promise<OrganizationDetail> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.get(id, manager);
      const updated = await this.repository.updateIfVersion(manager, id, version, {
        archivedAt: archived ? new Date() : null,
      });
      if (!updated) throw organizationVersionConflict(current);
      await this.audit.record(manager, { action: archived ? 'archive' : 'restore', entityType: 'organization', entityId: id });
      return this.get(id, manager);
    });
  }
}
