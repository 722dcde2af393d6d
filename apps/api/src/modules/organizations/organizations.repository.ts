import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import type {
  CreateOrganization,
  OrganizationListQuery,
  OrganizationSortField,
  UpdateOrganization,
} from '@coalition/contracts';
import { OrganizationEntity } from './organization.entity';
import { likeContains } from '../../common/sql-query';

const SORT_COLUMNS: Record<OrganizationSortField, string> = {
  name: 'lower(o.name)',
  city: 'o.city',
  county: 'm.county',
  kind: 'o.kind',
  membershipStatus: 'o.membership_status',
  joinedOn: 'o.joined_on',
};


/** Every query of the organizations domain. */
@Injectable()
export class OrganizationsRepository {
  private readonly organizations: Repository<OrganizationEntity>;

  constructor(dataSource: DataSource) {
    this.organizations = dataSource.getRepository(OrganizationEntity);
  }

  async list(query: OrganizationListQuery): Promise<{ rows: OrganizationEntity[]; total: number }> {
    const qb = this.filtered(query);
    const total = await qb.getCount();
    const descending = query.sort.startsWith('-');
    const field = query.sort.replace(/^-/, '') as OrganizationSortField;
    const rows = await qb
      .orderBy(SORT_COLUMNS[field], descending ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('lower(o.name)', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getMany();
    return { rows, total };
  }

  findById(id: string, manager?: EntityManager): Promise<OrganizationEntity | null> {
    const repository = manager ? manager.getRepository(OrganizationEntity) : this.organizations;
    return repository.findOne({ where: { id }, relations: { municipality: true } });
  }

  async insert(manager: EntityManager, data: CreateOrganization): Promise<string> {
    const result = await manager.insert(OrganizationEntity, data);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Applies `changes` only if the row is still at `version`; false when it is not (or gone). */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: Omit<UpdateOrganization, 'version'> | { archivedAt: Date | null },
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(OrganizationEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private filtered(query: OrganizationListQuery): SelectQueryBuilder<OrganizationEntity> {
    const qb = this.organizations
      .createQueryBuilder('o')
      .innerJoinAndSelect('o.municipality', 'm')
      .where('o.archived_at IS NULL');
    if (query.q) {
      // search_key() lowercases and strips accents, so "jose" finds "José"; the trigram
      // index on search_key(name) serves the LIKE.
      qb.andWhere(`(search_key(o.name) LIKE search_key(:q) OR search_key(o.city) LIKE search_key(:q))`, {
        q: likeContains(query.q),
      });
    }
    if (query.kind) qb.andWhere('o.kind IN (:...kinds)', { kinds: query.kind });
    if (query.status) qb.andWhere('o.membership_status IN (:...statuses)', { statuses: query.status });
    if (query.county) qb.andWhere('m.county IN (:...counties)', { counties: query.county });
    return qb;
  }
}
