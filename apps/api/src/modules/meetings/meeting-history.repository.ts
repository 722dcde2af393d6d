import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AttendanceStatus, MeetingType } from '@coalition/contracts';

export interface HistoryRow {
  meetingId: string;
  title: string;
  type: MeetingType;
  startsAt: Date;
  status: AttendanceStatus;
  people: { id: string; displayName: string }[];
  organizationId: string | null;
  organizationName: string | null;
}

export interface HistoryTotals {
  total: number;
  attended: number;
  trainingsCompleted: number;
}

const DISPLAY_NAME = `concat_ws(' ', coalesce(c.preferred_name, c.first_name), c.last_name)`;

/**
 * An organization's status at a meeting: attended when any of its people did, else
 * registered when any registered, else no-show. Its people listed are those with that status.
 */
const ORGANIZATION_STATUS = `CASE WHEN bool_or(a.status = 'attended') THEN 'attended'
                                  WHEN bool_or(a.status = 'registered') THEN 'registered' ELSE 'no_show' END`;

/** A person's and an organization's meetings, with what the rates are computed from. */
@Injectable()
export class MeetingHistoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The person's attendance rows, newest meeting first (archived meetings left out). */
  forContact(contactId: string, limit: number, offset: number): Promise<HistoryRow[]> {
    return this.dataSource.query<HistoryRow[]>(
      `SELECT m.id AS "meetingId", m.title, m.type, m.starts_at AS "startsAt", a.status, '[]'::json AS people,
              a.organization_id AS "organizationId", o.name AS "organizationName"
         FROM attendance a JOIN meeting m ON m.id = a.meeting_id LEFT JOIN organization o ON o.id = a.organization_id
        WHERE a.contact_id = $1 AND m.archived_at IS NULL
        ORDER BY m.starts_at DESC, m.id LIMIT $2 OFFSET $3`,
      [contactId, limit, offset],
    );
  }

  async contactTotals(contactId: string): Promise<HistoryTotals> {
    const [row] = await this.dataSource.query<HistoryTotals[]>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE a.status = 'attended')::int AS attended,
              count(*) FILTER (WHERE a.status = 'attended' AND m.type = 'training')::int AS "trainingsCompleted"
         FROM attendance a JOIN meeting m ON m.id = a.meeting_id
        WHERE a.contact_id = $1 AND m.archived_at IS NULL`,
      [contactId],
    );
    return row;
  }

  /** Meetings where the organization's people were recorded, newest first, its people listed. */
  forOrganization(organizationId: string, limit: number, offset: number): Promise<HistoryRow[]> {
    return this.dataSource.query<HistoryRow[]>(
      `WITH per_meeting AS (
         SELECT a.meeting_id, ${ORGANIZATION_STATUS} AS status
           FROM attendance a WHERE a.organization_id = $1 GROUP BY a.meeting_id)
       SELECT m.id AS "meetingId", m.title, m.type, m.starts_at AS "startsAt", pm.status,
              (SELECT json_agg(json_build_object('id', c.id, 'displayName', ${DISPLAY_NAME}) ORDER BY search_key(c.last_name), search_key(c.first_name))
                 FROM attendance a JOIN contact c ON c.id = a.contact_id
                WHERE a.meeting_id = m.id AND a.organization_id = $1 AND a.status = pm.status) AS people,
              o.id AS "organizationId", o.name AS "organizationName"
         FROM per_meeting pm JOIN meeting m ON m.id = pm.meeting_id JOIN organization o ON o.id = $1
        WHERE m.archived_at IS NULL
        ORDER BY m.starts_at DESC, m.id LIMIT $2 OFFSET $3`,
      [organizationId, limit, offset],
    );
  }

  /**
   * For the organization: meetings where its people were recorded; general assemblies of the
   * 12 months before `now` held, and those it attended; trainings its people completed.
   */
  async organizationTotals(organizationId: string, now: Date): Promise<HistoryTotals & { assembliesHeld: number; assembliesAttended: number }> {
    const [row] = await this.dataSource.query<(HistoryTotals & { assembliesHeld: number; assembliesAttended: number })[]>(
      `SELECT
         (SELECT count(DISTINCT a.meeting_id)::int FROM attendance a JOIN meeting m ON m.id = a.meeting_id
           WHERE a.organization_id = $1 AND m.archived_at IS NULL) AS total,
         (SELECT count(DISTINCT a.meeting_id)::int FROM attendance a JOIN meeting m ON m.id = a.meeting_id
           WHERE a.organization_id = $1 AND a.status = 'attended' AND m.archived_at IS NULL) AS attended,
         (SELECT count(*)::int FROM attendance a JOIN meeting m ON m.id = a.meeting_id
           WHERE a.organization_id = $1 AND a.status = 'attended' AND m.type = 'training' AND m.archived_at IS NULL) AS "trainingsCompleted",
         (SELECT count(*)::int FROM meeting m
           WHERE m.type = 'general_assembly' AND m.archived_at IS NULL
             AND m.starts_at > $2::timestamptz - interval '12 months' AND m.starts_at <= $2::timestamptz) AS "assembliesHeld",
         (SELECT count(DISTINCT m.id)::int FROM meeting m JOIN attendance a ON a.meeting_id = m.id
           WHERE m.type = 'general_assembly' AND m.archived_at IS NULL AND a.organization_id = $1 AND a.status = 'attended'
             AND m.starts_at > $2::timestamptz - interval '12 months' AND m.starts_at <= $2::timestamptz) AS "assembliesAttended"`,
      [organizationId, now.toISOString()],
    );
    return row;
  }
}
