import { Injectable } from '@nestjs/common';
import type {
  ListResponse,
  OrganizationDetail,
  OrganizationListQuery,
  OrganizationSummary,
} from '@coalition/contracts';
import { organizationNotFound } from './organizations.errors';
import { toOrganizationDetail, toOrganizationSummary } from './organizations.mapper';
import { OrganizationsRepository } from './organizations.repository';

@Injectable()
export class OrganizationsService {
  constructor(private readonly repository: OrganizationsRepository) {}

  async list(query: OrganizationListQuery): Promise<ListResponse<OrganizationSummary>> {
    const { rows, total } = await this.repository.list(query);
    return { items: rows.map(toOrganizationSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<OrganizationDetail> {
    const organization = await this.repository.findById(id);
    if (!organization) throw organizationNotFound(id);
    return toOrganizationDetail(organization);
  }
}
