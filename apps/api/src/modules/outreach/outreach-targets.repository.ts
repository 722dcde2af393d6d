import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  AffiliationRole,
  LanguageCode,
  OutreachChannel,
  OutreachOutcome,
  TargetListQuery,
  TargetState,
} from '@coalition/contracts';
import { likeContains, namedQuery } from '../../common/sql-query';

/** A target as read for the API (its attempts are read separately, for a whole page at once). */
export interface TargetRow {
  id: string;
  driveId: string;
  channel: OutreachChannel;
  contactId: string;
  displayName: string;
  pronouns: string | null;
  languages: LanguageCode[];
  organizationId: string | null;
  organizationName: string | null;
  organizationRole: AffiliationRole | null;
  assigneeId: string | null;
  assigneeName: string | null;
  lastOutcome: OutreachOutcome | null;
  followUpOn: string | null;
  done: boolean;
  version: number;
}

export interface AttemptRow {
  id: string;
  targetId: string;
  outcome: OutreachOutcome;
  note: string | null;
  followUpOn: string | null;
  loggedById: string;
  loggedByName: string;
  loggedAt: Date;
}

export interface CommitmentRow {
  attemptId: string;
  targetId: string;
  contactId: string;
  displayName: string;
  organizationId: string | null;
  organizationName: string | null;
  note: string | null;
  followUpOn: string | null;
  loggedById: string;
  loggedByName: string;
  loggedAt: Date;
}

export interface ActivityRow extends AttemptRow {
  driveId: string;
  driveName: string;
  channel: OutreachChannel;
  contactId: string;
  displayName: string;
  organizationId: string | null;
  organizationName: string | null;
}

/** A snapshotted target before insert: who, and through which organization (role there). */
export interface NewTarget {
  contactId: string;
  organizationId: string | null;
  role: AffiliationRole | null;
}

export interface LockedTarget {
  id: string;
  driveId: string;
  contactId: string;
  driveArchived: boolean;
}

export interface NewAttempt {
  targetId: string;
  outcome: OutreachOutcome;
  note: string | null;
  followUpOn: string | null;
  loggedBy: string;
  /** Final outcome: the target leaves the queue. */
  done: boolean;
}

export interface Page {
  page: number;
  pageSize: number;
}

/** Same rule as the contacts domain's display name: preferred name (else first) and last name. */
const DISPLAY_NAME = `concat_ws(' ', coalesce(c.preferred_name, c.first_name), c.last_name)`;
/** Contact name order, as the contact list sorts: also the order targets are dealt in. */
const NAME_ORDER = 'search_key(c.last_name), search_key(c.first_name), c.id';

const SELECT_TARGETS = `
  SELECT t.id, t.drive_id AS "driveId", d.channel, t.contact_id AS "contactId", ${DISPLAY_NAME} AS "displayName",
         c.pronouns, c.languages, t.organization_id AS "organizationId", o.name AS "organizationName",
         t.organization_role AS "organizationRole", t.assignee_id AS "assigneeId", au.name AS "assigneeName",
         t.last_outcome AS "lastOutcome", t.follow_up_on AS "followUpOn", t.done, t.version
    FROM outreach_target t
    JOIN outreach_drive d ON d.id = t.drive_id
    JOIN contact c ON c.id = t.contact_id
    LEFT JOIN organization o ON o.id = t.organization_id
    LEFT JOIN app_user au ON au.id = t.assignee_id`;

const STATE_CONDITIONS: Record<TargetState, string> = {
  untried: 't.last_outcome IS NULL',
  open: '(t.last_outcome IS NOT NULL AND NOT t.done)',
  done: 't.done',
};

/**
 * Targets eligible for a caller now: not done, never tried or their follow-up date has come
 * (or was never set). Shared by the queue's pick and its count.
 */
const DUE = `NOT t.done AND (t.follow_up_on IS NULL OR t.follow_up_on <= current_date)`;

function targetConditions(driveId: string, query: TargetListQuery, me: string) {
  const conditions = ['t.drive_id = :driveId'];
  const params: Record<string, unknown> = { driveId };
  if (query.assignee === 'unassigned') conditions.push('t.assignee_id IS NULL');
  else if (query.assignee) {
    conditions.push('t.assignee_id = CAST(:assignee AS uuid)');
    params.assignee = query.assignee === 'me' ? me : query.assignee;
  }
  if (query.state) conditions.push(`(${query.state.map((s) => STATE_CONDITIONS[s]).join(' OR ')})`);
  if (query.outcome) {
    conditions.push('t.last_outcome = ANY(CAST(:outcomes AS text[]))');
    params.outcomes = query.outcome;
  }
  if (query.q) {
    conditions.push(`(search_key(${DISPLAY_NAME}) LIKE search_key(:q) OR search_key(c.first_name || ' ' || c.last_name) LIKE search_key(:q)
                      OR search_key(coalesce(o.name, '')) LIKE search_key(:q))`);
    params.q = likeContains(query.q);
  }
  return { where: conditions.join(' AND '), params };
}

/** Every query of targets and attempts: snapshot, assignment, queue, logging, commitments, activity. */
@Injectable()
export class OutreachTargetsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** All the drive's targets in one statement (arrays unnested), however many there are. */
  async insertMany(manager: EntityManager, driveId: string, targets: NewTarget[]): Promise<number> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO outreach_target (drive_id, contact_id, organization_id, organization_role)
       SELECT $1, x.contact_id, x.organization_id, x.role
         FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS x(contact_id, organization_id, role)
       RETURNING id`,
      [driveId, targets.map((t) => t.contactId), targets.map((t) => t.organizationId), targets.map((t) => t.role)],
    );
    return rows.length;
  }

  /** Ids of the drive's targets not done yet (only unassigned ones, unless `all`), in contact name order. */
  async openIdsInNameOrder(manager: EntityManager, driveId: string, all: boolean): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT t.id FROM outreach_target t JOIN contact c ON c.id = t.contact_id
        WHERE t.drive_id = $1 AND NOT t.done ${all ? '' : 'AND t.assignee_id IS NULL'}
        ORDER BY ${NAME_ORDER}`,
      [driveId],
    );
    return rows.map((r) => r.id);
  }

  /** Which of `ids` are targets of the drive. */
  async idsInDrive(manager: EntityManager, driveId: string, ids: string[]): Promise<Set<string>> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM outreach_target WHERE drive_id = $1 AND id = ANY($2::uuid[])`,
      [driveId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Sets each target's assignee (null: nobody) in one statement; answers how many changed hands. */
  async assign(manager: EntityManager, assignments: { targetId: string; assigneeId: string | null }[]): Promise<number> {
    if (!assignments.length) return 0;
    const [, affected] = await manager.query<[unknown[], number]>(
      `UPDATE outreach_target t SET assignee_id = x.assignee_id, version = t.version + 1, updated_at = now()
         FROM unnest($1::uuid[], $2::uuid[]) AS x(target_id, assignee_id)
        WHERE t.id = x.target_id`,
      [assignments.map((a) => a.targetId), assignments.map((a) => a.assigneeId)],
    );
    return affected;
  }

  async list(driveId: string, query: TargetListQuery, me: string): Promise<{ rows: TargetRow[]; total: number }> {
    const manager = this.dataSource.manager;
    const { where, params } = targetConditions(driveId, query, me);
    const [{ total }] = await namedQuery<{ total: number }>(
      manager,
      `SELECT count(*)::int AS total FROM outreach_target t JOIN contact c ON c.id = t.contact_id
         LEFT JOIN organization o ON o.id = t.organization_id WHERE ${where}`,
      params,
    );
    const rows = await namedQuery<TargetRow>(
      manager,
      `${SELECT_TARGETS} WHERE ${where} ORDER BY ${NAME_ORDER} LIMIT :limit OFFSET :offset`,
      { ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    return { rows, total };
  }

  async findById(id: string): Promise<TargetRow | null> {
    const [row] = await this.dataSource.query<TargetRow[]>(`${SELECT_TARGETS} WHERE t.id = $1`, [id]);
    return row ?? null;
  }

  /**
   * The caller's next target and how many are in their queue (skipped ones left out). The
   * queue is the caller's own due targets; when they have none, the drive's unassigned due
   * targets, so an organizer who finished can help. Never tried first (in name order), then
   * the longest untouched.
   */
  async next(driveId: string, me: string, skip: string[]): Promise<{ id: string | null; remaining: number }> {
    const [row] = await this.dataSource.query<{ id: string | null; remaining: number }[]>(
      `WITH pool AS (
         SELECT t.id, t.last_attempt_at, c.first_name, c.last_name, c.id AS contact_id, t.assignee_id IS NOT NULL AS mine
           FROM outreach_target t JOIN contact c ON c.id = t.contact_id
          WHERE t.drive_id = $1 AND (t.assignee_id = $2 OR t.assignee_id IS NULL) AND ${DUE}
       ), queue AS (
         SELECT * FROM pool
          WHERE mine = (SELECT coalesce(bool_or(mine), false) FROM pool) AND NOT (id = ANY($3::uuid[]))
       )
       SELECT (SELECT id FROM queue
                ORDER BY last_attempt_at ASC NULLS FIRST, search_key(last_name), search_key(first_name), contact_id
                LIMIT 1) AS id,
              (SELECT count(*)::int FROM queue) AS remaining`,
      [driveId, me, skip],
    );
    return row;
  }

  /**
   * Locks one target row until the transaction ends: two organizers logging on the same target
   * at once are written one after the other, and the later one's outcome is the latest.
   */
  async lock(manager: EntityManager, id: string): Promise<LockedTarget | null> {
    const [row] = await manager.query<LockedTarget[]>(
      `SELECT t.id, t.drive_id AS "driveId", t.contact_id AS "contactId", d.archived_at IS NOT NULL AS "driveArchived"
         FROM outreach_target t JOIN outreach_drive d ON d.id = t.drive_id
        WHERE t.id = $1
          FOR UPDATE OF t`,
      [id],
    );
    return row ?? null;
  }

  /**
   * Appends the attempt and makes it the target's latest, in the caller's transaction (which
   * holds the target's lock). logged_at is the clock at insert, after the lock was granted, so
   * attempts on one target are ordered as they were committed.
   */
  async appendAttempt(manager: EntityManager, attempt: NewAttempt): Promise<string> {
    const [row] = await manager.query<{ id: string; loggedAt: Date }[]>(
      `INSERT INTO outreach_attempt (target_id, outcome, note, follow_up_on, logged_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id, logged_at AS "loggedAt"`,
      [attempt.targetId, attempt.outcome, attempt.note, attempt.followUpOn, attempt.loggedBy],
    );
    await manager.query(
      `UPDATE outreach_target
          SET last_outcome = $2, last_attempt_at = $3, follow_up_on = $4, done = $5,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [attempt.targetId, attempt.outcome, row.loggedAt, attempt.followUpOn, attempt.done],
    );
    return row.id;
  }

  /** The attempts of the listed targets, newest first. */
  attemptsOf(targetIds: string[]): Promise<AttemptRow[]> {
    if (!targetIds.length) return Promise.resolve([]);
    return this.dataSource.query<AttemptRow[]>(
      `SELECT a.id, a.target_id AS "targetId", a.outcome, a.note, a.follow_up_on AS "followUpOn",
              a.logged_by AS "loggedById", u.name AS "loggedByName", a.logged_at AS "loggedAt"
         FROM outreach_attempt a JOIN app_user u ON u.id = a.logged_by
        WHERE a.target_id = ANY($1::uuid[])
        ORDER BY a.logged_at DESC, a.id DESC`,
      [targetIds],
    );
  }

  /**
   * The drive's commitments: targets whose latest outcome is "committed", with that attempt
   * (its note, who logged it), newest first. The total matches the drive's progress.
   */
  async commitments(driveId: string, page: Page): Promise<{ rows: CommitmentRow[]; total: number }> {
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM outreach_target WHERE drive_id = $1 AND last_outcome = 'committed'`,
      [driveId],
    );
    const rows = await this.dataSource.query<CommitmentRow[]>(
      `SELECT a.id AS "attemptId", t.id AS "targetId", t.contact_id AS "contactId", ${DISPLAY_NAME} AS "displayName",
              t.organization_id AS "organizationId", o.name AS "organizationName", a.note,
              a.follow_up_on AS "followUpOn", a.logged_by AS "loggedById", u.name AS "loggedByName", a.logged_at AS "loggedAt"
         FROM outreach_target t
         CROSS JOIN LATERAL (SELECT * FROM outreach_attempt la WHERE la.target_id = t.id
                              ORDER BY la.logged_at DESC, la.id DESC LIMIT 1) a
         JOIN contact c ON c.id = t.contact_id
         LEFT JOIN organization o ON o.id = t.organization_id
         JOIN app_user u ON u.id = a.logged_by
        WHERE t.drive_id = $1 AND t.last_outcome = 'committed'
        ORDER BY a.logged_at DESC, a.id DESC
        LIMIT $2 OFFSET $3`,
      [driveId, page.pageSize, (page.page - 1) * page.pageSize],
    );
    return { rows, total };
  }

  /** Attempts on one contact, or on every contact targeted through one organization, newest first. */
  async activity(
    of: { contactId: string } | { organizationId: string },
    page: Page,
  ): Promise<{ rows: ActivityRow[]; total: number }> {
    const [column, id] = 'contactId' in of ? ['t.contact_id', of.contactId] : ['t.organization_id', of.organizationId];
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM outreach_attempt a JOIN outreach_target t ON t.id = a.target_id WHERE ${column} = $1`,
      [id],
    );
    const rows = await this.dataSource.query<ActivityRow[]>(
      `SELECT a.id, a.target_id AS "targetId", a.outcome, a.note, a.follow_up_on AS "followUpOn",
              a.logged_by AS "loggedById", u.name AS "loggedByName", a.logged_at AS "loggedAt",
              d.id AS "driveId", d.name AS "driveName", d.channel,
              t.contact_id AS "contactId", ${DISPLAY_NAME} AS "displayName",
              t.organization_id AS "organizationId", o.name AS "organizationName"
         FROM outreach_attempt a
         JOIN outreach_target t ON t.id = a.target_id
         JOIN outreach_drive d ON d.id = t.drive_id
         JOIN contact c ON c.id = t.contact_id
         LEFT JOIN organization o ON o.id = t.organization_id
         JOIN app_user u ON u.id = a.logged_by
        WHERE ${column} = $1
        ORDER BY a.logged_at DESC, a.id DESC
        LIMIT $2 OFFSET $3`,
      [id, page.pageSize, (page.page - 1) * page.pageSize],
    );
    return { rows, total };
  }
}
