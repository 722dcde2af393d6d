import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EngagementBand, EngagementSettings, EngagementSubjectType } from '@coalition/contracts';
import { pruningStatements, scoringParams, scoringStatement } from './engagement-scoring.sql';

/** A stored score as read back: components as the scoring statement wrote them. */
export interface EngagementScoreRow {
  score: number;
  band: EngagementBand;
  components: Record<string, Record<string, unknown>>;
  computedAt: Date;
}

/** Serializes recomputes: two overlapping upserts of every row could otherwise deadlock. */
const RECOMPUTE_LOCK = `SELECT pg_advisory_xact_lock(hashtext('engagement_score'))`;

/** Every query of reports (the scoring statements themselves are in engagement-scoring.sql.ts). */
@Injectable()
export class ReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Scores every current subject of `type`, or only `subjectId`, stamped `computedAt`; answers
   * how many were scored. Run inside the caller's transaction.
   */
  async recompute(
    manager: EntityManager,
    type: EngagementSubjectType,
    settings: EngagementSettings,
    computedAt: Date,
    subjectId: string | null = null,
  ): Promise<number> {
    await manager.query(RECOMPUTE_LOCK);
    if (subjectId === null) {
      for (const statement of pruningStatements(type)) await manager.query(statement);
    }
    const [row] = await manager.query<{ scored: number }[]>(scoringStatement(type), [
      ...scoringParams(settings),
      computedAt.toISOString(),
      subjectId,
      null,
    ]);
    return row.scored;
  }

  /**
   * Records every current subject's score as of a past `day` (YYYY-MM-DD) in the history only,
   * from what the tables hold now (docs/engagement.md says what that approximates). Answers how
   * many rows were written.
   */
  async recordHistory(
    manager: EntityManager,
    type: EngagementSubjectType,
    settings: EngagementSettings,
    day: string,
  ): Promise<number> {
    await manager.query(RECOMPUTE_LOCK);
    const [row] = await manager.query<{ scored: number }[]>(scoringStatement(type, 'history'), [
      ...scoringParams(settings),
      new Date().toISOString(),
      null,
      day,
    ]);
    return row.scored;
  }

  /** Removes a subject's current score and its history (a person erased), in the caller's transaction. */
  async forget(manager: EntityManager, type: EngagementSubjectType, id: string): Promise<void> {
    await manager.query(`DELETE FROM engagement_score WHERE subject_type = $1 AND subject_id = $2`, [type, id]);
    await manager.query(`DELETE FROM engagement_score_daily WHERE subject_type = $1 AND subject_id = $2`, [type, id]);
  }

  /** The database's clock, so every row of one recompute carries the same instant. */
  async now(manager: EntityManager): Promise<Date> {
    const [row] = await manager.query<{ now: Date }[]>(`SELECT now() AS now`);
    return row.now;
  }

  async find(type: EngagementSubjectType, id: string, manager?: EntityManager): Promise<EngagementScoreRow | null> {
    const rows = await (manager ?? this.dataSource.manager).query<EngagementScoreRow[]>(
      `SELECT score::float8 AS score, band, components, computed_at AS "computedAt"
         FROM engagement_score WHERE subject_type = $1 AND subject_id = $2`,
      [type, id],
    );
    return rows[0] ?? null;
  }

  /** Whether the subject exists and is not archived (archived members are not scored). */
  async isCurrent(type: EngagementSubjectType, id: string): Promise<boolean> {
    const table = type === 'organization' ? 'organization' : 'contact';
    const [row] = await this.dataSource.query<{ current: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM ${table} WHERE id = $1 AND archived_at IS NULL) AS current`,
      [id],
    );
    return row.current;
  }
}
