import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AttendanceStatus, MeetingListQuery, MeetingType } from '@coalition/contracts';
import { likeContains, namedQuery } from '../../common/sql-query';

export interface MeetingRow {
  id: string;
  title: string;
  type: MeetingType;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  onlineUrl: string | null;
  hostId: string | null;
  hostName: string | null;
  agenda: string | null;
  notes: string | null;
  issues: { id: string; title: string }[];
  campaigns: { id: string; name: string }[];
  attended: number;
  registered: number;
  noShow: number;
  organizations: number;
  openActionItems: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

export interface AttendanceRow {
  contactId: string;
  displayName: string;
  organizationId: string | null;
  organizationName: string | null;
  status: AttendanceStatus;
  recordedAt: Date;
}

export interface OrganizationPresentRow {
  id: string;
  name: string;
  people: number;
}

export interface MeetingColumns {
  title: string;
  type: MeetingType;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  onlineUrl: string | null;
  hostOrganizationId: string | null;
  agenda: string | null;
  notes: string | null;
}

export type MeetingChanges = Partial<MeetingColumns> & { archived?: boolean };

export interface AttendanceWrite {
  contactId: string;
  organizationId: string | null;
  status: AttendanceStatus;
}

const CHANGE_COLUMNS: Record<keyof MeetingColumns, string> = {
  title: 'title',
  type: 'type',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  place: 'place',
  onlineUrl: 'online_url',
  hostOrganizationId: 'host_organization_id',
  agenda: 'agenda',
  notes: 'notes',
};

const SORTS: Record<MeetingListQuery['sort'], string> = {
  startsAt: 'm.starts_at ASC, m.id',
  '-startsAt': 'm.starts_at DESC, m.id',
  title: 'search_key(m.title) ASC, m.starts_at DESC, m.id',
  '-title': 'search_key(m.title) DESC, m.starts_at DESC, m.id',
};

/** The organizations present are counted from attendance, never stored. */
const SELECT_MEETINGS = `
  SELECT m.id, m.title, m.type, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.place, m.online_url AS "onlineUrl",
         m.host_organization_id AS "hostId", h.name AS "hostName", m.agenda, m.notes,
         m.version, m.created_at AS "createdAt", m.updated_at AS "updatedAt", m.archived_at AS "archivedAt",
         coalesce((SELECT json_agg(json_build_object('id', i.id, 'title', i.title) ORDER BY i.tier, i.title)
                     FROM meeting_issue mi JOIN issue i ON i.id = mi.issue_id WHERE mi.meeting_id = m.id), '[]') AS issues,
         coalesce((SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.name)
                     FROM meeting_campaign mc JOIN campaign c ON c.id = mc.campaign_id WHERE mc.meeting_id = m.id), '[]') AS campaigns,
         a.attended, a.registered, a."noShow", a.organizations,
         (SELECT count(*)::int FROM action_item ai WHERE ai.meeting_id = m.id AND ai.done_at IS NULL) AS "openActionItems"
    FROM meeting m
    LEFT JOIN organization h ON h.id = m.host_organization_id
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE at.status = 'attended')::int AS attended,
             count(*) FILTER (WHERE at.status = 'registered')::int AS registered,
             count(*) FILTER (WHERE at.status = 'no_show')::int AS "noShow",
             count(DISTINCT at.organization_id) FILTER (WHERE at.status = 'attended')::int AS organizations
        FROM attendance at WHERE at.meeting_id = m.id
    ) a`;

/** Every query of meetings, their links and their attendance. */
@Injectable()
export class MeetingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: MeetingListQuery): Promise<{ rows: MeetingRow[]; total: number }> {
    const conditions = [query.archived ? 'm.archived_at IS NOT NULL' : 'm.archived_at IS NULL'];
    const params: Record<string, unknown> = {};
    if (query.q) {
      conditions.push('search_key(m.title) LIKE search_key(:q)');
      params.q = likeContains(query.q);
    }
    if (query.type) {
      conditions.push('m.type = ANY(CAST(:types AS text[]))');
      params.types = query.type;
    }
    if (query.issueId) {
      conditions.push('EXISTS (SELECT 1 FROM meeting_issue mi WHERE mi.meeting_id = m.id AND mi.issue_id = ANY(CAST(:issueIds AS uuid[])))');
      params.issueIds = query.issueId;
    }
    if (query.campaignId) {
      conditions.push('EXISTS (SELECT 1 FROM meeting_campaign mc WHERE mc.meeting_id = m.id AND mc.campaign_id = ANY(CAST(:campaignIds AS uuid[])))');
      params.campaignIds = query.campaignId;
    }
    if (query.from) {
      conditions.push('m.starts_at >= CAST(:fromDay AS date)');
      params.fromDay = query.from;
    }
    if (query.to) {
      conditions.push(`m.starts_at < CAST(:toDay AS date) + 1`);
      params.toDay = query.to;
    }
    const where = conditions.join(' AND ');
    const manager = this.dataSource.manager;
    const [{ total }] = await namedQuery<{ total: number }>(manager, `SELECT count(*)::int AS total FROM meeting m WHERE ${where}`, params);
    const rows = await namedQuery<MeetingRow>(
      manager,
      `${SELECT_MEETINGS} WHERE ${where} ORDER BY ${SORTS[query.sort]} LIMIT :limit OFFSET :offset`,
      { ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    return { rows, total };
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<MeetingRow | null> {
    const [row] = await namedQuery<MeetingRow>(manager, `${SELECT_MEETINGS} WHERE m.id = :id`, { id });
    return row ?? null;
  }

  /** Locks the meeting until the transaction ends, so writes to its attendance run one after another. */
  async lock(manager: EntityManager, id: string): Promise<{ version: number } | null> {
    const [row] = await manager.query<{ version: number }[]>(`SELECT version FROM meeting WHERE id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  /** Attendance by name. */
  attendance(meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<AttendanceRow[]> {
    return manager.query<AttendanceRow[]>(
      `SELECT a.contact_id AS "contactId", concat_ws(' ', coalesce(c.preferred_name, c.first_name), c.last_name) AS "displayName",
              a.organization_id AS "organizationId", o.name AS "organizationName", a.status, a.recorded_at AS "recordedAt"
         FROM attendance a JOIN contact c ON c.id = a.contact_id LEFT JOIN organization o ON o.id = a.organization_id
        WHERE a.meeting_id = $1
        ORDER BY search_key(c.last_name), search_key(c.first_name), c.id`,
      [meetingId],
    );
  }

  /** Organizations with at least one person who attended for them, most people first. */
  organizationsPresent(meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<OrganizationPresentRow[]> {
    return manager.query<OrganizationPresentRow[]>(
      `SELECT o.id, o.name, count(*)::int AS people
         FROM attendance a JOIN organization o ON o.id = a.organization_id
        WHERE a.meeting_id = $1 AND a.status = 'attended'
        GROUP BY o.id, o.name
        ORDER BY people DESC, search_key(o.name), o.id`,
      [meetingId],
    );
  }

  async insert(manager: EntityManager, meeting: MeetingColumns): Promise<string> {
    const [row] = await namedQuery<{ id: string }>(
      manager,
      `INSERT INTO meeting (title, type, starts_at, ends_at, place, online_url, host_organization_id, agenda, notes)
       VALUES (:title, :type, :startsAt, :endsAt, :place, :onlineUrl, :hostOrganizationId, :agenda, :notes) RETURNING id`,
      { ...meeting },
    );
    return row.id;
  }

  /** Applies `changes` only if the row is still at `version`; false when it is not (or gone). */
  async updateIfVersion(manager: EntityManager, id: string, version: number, changes: MeetingChanges): Promise<boolean> {
    const params: Record<string, unknown> = { id, version };
    const sets = ['version = version + 1', 'updated_at = now()'];
    for (const key of Object.keys(CHANGE_COLUMNS) as (keyof MeetingColumns)[]) {
      if (changes[key] === undefined) continue;
      params[key] = changes[key];
      sets.push(`${CHANGE_COLUMNS[key]} = :${key}`);
    }
    if (changes.archived !== undefined) sets.push(`archived_at = ${changes.archived ? 'now()' : 'NULL'}`);
    const [text, values] = manager.connection.driver.escapeQueryWithParameters(
      `UPDATE meeting SET ${sets.join(', ')} WHERE id = :id AND version = :version`,
      params,
    );
    const [, affected] = await manager.query<[unknown[], number]>(text, values);
    return affected > 0;
  }

  async replaceIssues(manager: EntityManager, meetingId: string, issueIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM meeting_issue WHERE meeting_id = $1`, [meetingId]);
    if (issueIds.length)
      await manager.query(`INSERT INTO meeting_issue (meeting_id, issue_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [meetingId, issueIds]);
  }

  async replaceCampaigns(manager: EntityManager, meetingId: string, campaignIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM meeting_campaign WHERE meeting_id = $1`, [meetingId]);
    if (campaignIds.length)
      await manager.query(`INSERT INTO meeting_campaign (meeting_id, campaign_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [meetingId, campaignIds]);
  }

  /** One row per person: recording someone again changes their row. `entries` name each person once. */
  async upsertAttendance(manager: EntityManager, meetingId: string, entries: AttendanceWrite[]): Promise<void> {
    if (!entries.length) return;
    await manager.query(
      `INSERT INTO attendance (meeting_id, contact_id, organization_id, status)
       SELECT $1, x.contact_id, x.organization_id, x.status
         FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS x(contact_id, organization_id, status)
       ON CONFLICT (meeting_id, contact_id)
       DO UPDATE SET organization_id = EXCLUDED.organization_id, status = EXCLUDED.status, recorded_at = now()`,
      [meetingId, entries.map((e) => e.contactId), entries.map((e) => e.organizationId), entries.map((e) => e.status)],
    );
  }

  async deleteAttendance(manager: EntityManager, meetingId: string, contactId: string): Promise<boolean> {
    const [, affected] = await manager.query<[unknown[], number]>(
      `DELETE FROM attendance WHERE meeting_id = $1 AND contact_id = $2`,
      [meetingId, contactId],
    );
    return affected > 0;
  }
}
