import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type DriveListQuery,
  type DriveProgress,
  OUTREACH_OUTCOMES,
  type OutreachChannel,
  type OutreachOutcome,
  REACHED_OUTCOMES,
} from '@coalition/contracts';
import { likeContains, namedQuery } from '../../common/sql-query';

/** A drive as read for the API, with its progress counted in SQL. */
export interface DriveRow extends DriveProgress {
  id: string;
  name: string;
  segmentId: string | null;
  goal: string | null;
  channel: OutreachChannel;
  startsOn: string;
  endsOn: string | null;
  script: string | null;
  createdById: string;
  createdByName: string;
  myOpenTargets: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

export interface OrganizerProgressRow extends DriveProgress {
  assigneeId: string | null;
  assigneeName: string | null;
}

export interface OutcomeCountRow {
  outcome: OutreachOutcome;
  targets: number;
}

export interface DriveColumns {
  name: string;
  segmentId: string;
  goal: string | null;
  channel: OutreachChannel;
  startsOn: string;
  endsOn: string | null;
  script: string | null;
  createdBy: string;
}

export type DriveChanges = Partial<Pick<DriveColumns, 'name' | 'goal' | 'startsOn' | 'endsOn' | 'script'>> & {
  archived?: boolean;
};

const CHANGE_COLUMNS: Record<Exclude<keyof DriveChanges, 'archived'>, string> = {
  name: 'name',
  goal: 'goal',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  script: 'script',
};

/**
 * The progress counts over the targets `t` of a group (a drive, or an organizer in it). Each
 * is a FILTER over the latest outcome kept on the target; `:reached` is REACHED_OUTCOMES.
 */
const PROGRESS = `count(*)::int AS targets,
  count(*) FILTER (WHERE t.last_outcome IS NOT NULL)::int AS worked,
  count(*) FILTER (WHERE t.last_outcome = ANY(CAST(:reached AS text[])))::int AS reached,
  count(*) FILTER (WHERE t.last_outcome = 'committed')::int AS committed,
  count(*) FILTER (WHERE t.done)::int AS done`;

const SELECT_DRIVES = `
  SELECT d.id, d.name, d.segment_id AS "segmentId", d.goal, d.channel, d.starts_on AS "startsOn",
         d.ends_on AS "endsOn", d.script, d.created_by AS "createdById", u.name AS "createdByName",
         d.version, d.created_at AS "createdAt", d.updated_at AS "updatedAt", d.archived_at AS "archivedAt",
         p.targets, p.worked, p.reached, p.committed, p.done, p.mine AS "myOpenTargets"
    FROM outreach_drive d
    JOIN app_user u ON u.id = d.created_by
    CROSS JOIN LATERAL (
      SELECT ${PROGRESS},
             count(*) FILTER (WHERE t.assignee_id = CAST(:me AS uuid) AND NOT t.done)::int AS mine
        FROM outreach_target t WHERE t.drive_id = d.id
    ) p`;

/** Every query of drives and their progress. */
@Injectable()
export class OutreachDrivesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page of drives, latest start first; `me` counts the signed-in user's open targets. */
  async list(query: DriveListQuery, me: string): Promise<{ rows: DriveRow[]; total: number }> {
    const manager = this.dataSource.manager;
    const conditions = [query.archived ? 'd.archived_at IS NOT NULL' : 'd.archived_at IS NULL'];
    const params: Record<string, unknown> = {};
    if (query.q) {
      conditions.push('search_key(d.name) LIKE search_key(:q)');
      params.q = likeContains(query.q);
    }
    const where = conditions.join(' AND ');
    const [{ total }] = await namedQuery<{ total: number }>(
      manager,
      `SELECT count(*)::int AS total FROM outreach_drive d WHERE ${where}`,
      params,
    );
    const rows = await namedQuery<DriveRow>(
      manager,
      `${SELECT_DRIVES} WHERE ${where} ORDER BY d.starts_on DESC, lower(d.name), d.id LIMIT :limit OFFSET :offset`,
      { ...params, me, reached: REACHED_OUTCOMES, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    return { rows, total };
  }

  async findById(id: string, me: string, manager: EntityManager = this.dataSource.manager): Promise<DriveRow | null> {
    const [row] = await namedQuery<DriveRow>(manager, `${SELECT_DRIVES} WHERE d.id = :id`, {
      id,
      me,
      reached: REACHED_OUTCOMES,
    });
    return row ?? null;
  }

  /**
   * Locks the drive row until the transaction ends, so two assignments of one drive run one
   * after the other; answers whether it exists and is archived.
   */
  async lock(manager: EntityManager, id: string): Promise<{ archived: boolean } | null> {
    const [row] = await manager.query<{ archived: boolean }[]>(
      `SELECT archived_at IS NOT NULL AS archived FROM outreach_drive WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  /** Progress per assignee: organizers by name, then the unassigned targets. */
  byOrganizer(driveId: string): Promise<OrganizerProgressRow[]> {
    return namedQuery<OrganizerProgressRow>(
      this.dataSource.manager,
      `SELECT t.assignee_id AS "assigneeId", u.name AS "assigneeName", ${PROGRESS}
         FROM outreach_target t LEFT JOIN app_user u ON u.id = t.assignee_id
        WHERE t.drive_id = :driveId
        GROUP BY t.assignee_id, u.name
        ORDER BY t.assignee_id IS NULL, lower(u.name), t.assignee_id`,
      { driveId, reached: REACHED_OUTCOMES },
    );
  }

  /** Targets by their latest outcome, every outcome listed (zero included), in OUTREACH_OUTCOMES order. */
  byOutcome(driveId: string): Promise<OutcomeCountRow[]> {
    return namedQuery<OutcomeCountRow>(
      this.dataSource.manager,
      `SELECT o.outcome, count(t.id)::int AS targets
         FROM unnest(CAST(:outcomes AS text[])) WITH ORDINALITY AS o(outcome, position)
         LEFT JOIN outreach_target t ON t.drive_id = :driveId AND t.last_outcome = o.outcome
        GROUP BY o.outcome, o.position
        ORDER BY o.position`,
      { driveId, outcomes: OUTREACH_OUTCOMES },
    );
  }

  async insert(manager: EntityManager, drive: DriveColumns): Promise<string> {
    const [row] = await namedQuery<{ id: string }>(
      manager,
      `INSERT INTO outreach_drive (name, segment_id, goal, channel, starts_on, ends_on, script, created_by)
       VALUES (:name, :segmentId, :goal, :channel, :startsOn, :endsOn, :script, :createdBy) RETURNING id`,
      { ...drive },
    );
    return row.id;
  }

  /** Applies `changes` only if the row is still at `version`; false when it is not (or gone). */
  async updateIfVersion(manager: EntityManager, id: string, version: number, changes: DriveChanges): Promise<boolean> {
    const params: Record<string, unknown> = { id, version };
    const sets = ['version = version + 1', 'updated_at = now()'];
    for (const key of Object.keys(CHANGE_COLUMNS) as (keyof typeof CHANGE_COLUMNS)[]) {
      if (changes[key] === undefined) continue;
      params[key] = changes[key];
      sets.push(`${CHANGE_COLUMNS[key]} = :${key}`);
    }
    if (changes.archived !== undefined) sets.push(`archived_at = ${changes.archived ? 'now()' : 'NULL'}`);
    const [text, values] = manager.connection.driver.escapeQueryWithParameters(
      `UPDATE outreach_drive SET ${sets.join(', ')} WHERE id = :id AND version = :version`,
      params,
    );
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected] = await manager.query<[unknown[], number]>(text, values);
    return affected > 0;
  }
}
