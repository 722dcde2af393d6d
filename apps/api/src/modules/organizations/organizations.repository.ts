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

/**
 * The list query as this domain can answer it from its own tables. Filters on other domains'
 * tables (interests in issues, campaign participation) arrive resolved by those domains'
 * services into sets of organization ids.
 */
export type OrganizationListFilter = Omit<
  OrganizationListQuery,
  'issueId' | 'minLevel' | 'campaignId' | 'role'
> & {
  /** Only organizations found in every one of these sets. */
  idSets?: string[][];
};

/** Every query of the organizations domain. */
@Injectable()
export class OrganizationsRepository {
  private readonly organizations: Repository<OrganizationEntity>;

  constructor(dataSource: DataSource) {
    this.organizations = dataSource.getRepository(OrganizationEntity);
  }

  async list(query: OrganizationListFilter): Promise<{ rows: OrganizationEntity[]; total: number }> {
    const total = await this.count(query);
    return { rows: await this.page(query), total };
  }

  count(query: OrganizationListFilter): Promise<number> {
    return this.filtered(query).getCount();
  }

  /** One page of the filtered list, in the order asked for. */
  page(query: OrganizationListFilter): Promise<OrganizationEntity[]> {
    const qb = this.filtered(query);
    const descending = query.sort.startsWith('-');
    const field = query.sort.replace(/^-/, '') as OrganizationSortField;
    qb.orderBy(SORT_COLUMNS[field], descending ? 'DESC' : 'ASC', 'NULLS LAST');
    // TypeORM keys ORDER BY terms by their text: a name tie-break would overwrite `-name`.
    if (field !== 'name') qb.addOrderBy(SORT_COLUMNS.name, 'ASC');
    return qb
      .addOrderBy('o.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getMany();
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

  private filtered(query: OrganizationListFilter): SelectQueryBuilder<OrganizationEntity> {
    const qb = this.organizations
      .createQueryBuilder('o')
      .innerJoinAndSelect('o.municipality', 'm')
      .where('o.archived_at IS NULL');
    if (query.q) {
      // search_key() lowercases and strips accents, so "jose" finds "José"; the keys are
      // stored (search_name, search_city), each with a trigram index that serves the LIKE.
      qb.andWhere(`(o.search_name LIKE search_key(:q) OR o.search_city LIKE search_key(:q))`, {
        q: likeContains(query.q),
      });
    }
    if (query.kind) qb.andWhere('o.kind IN (:...kinds)', { kinds: query.kind });
    if (query.status) qb.andWhere('o.membership_status IN (:...statuses)', { statuses: query.status });
    if (query.county) qb.andWhere('m.county IN (:...counties)', { counties: query.county });
    // `&&` (overlap) means "any of": served by the GIN indexes on both columns.
    if (query.tag) qb.andWhere('o.tags && CAST(:tags AS text[])', { tags: query.tag });
    if (query.language) {
      qb.andWhere('o.languages && CAST(:languages AS text[])', { languages: query.language });
    }
    query.idSets?.forEach((ids, n) => {
      qb.andWhere(`o.id = ANY(CAST(:ids${n} AS uuid[]))`, { [`ids${n}`]: ids });
    });
    return qb;
  }
}
