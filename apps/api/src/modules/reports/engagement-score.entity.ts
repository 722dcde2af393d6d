import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EngagementBand, EngagementSubjectType } from '@coalition/contracts';

/** The current engagement score of one organization or contact (docs/engagement.md). */
@Entity({ name: 'engagement_score' })
export class EngagementScoreEntity {
  @PrimaryColumn({ name: 'subject_type', type: 'text' })
  subjectType: EngagementSubjectType;

  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'numeric', precision: 10, scale: 2 })
  score: string;

  @Column({ type: 'text' })
  band: EngagementBand;

  /** What each component counted and its points, as the scoring statement wrote them. */
  @Column({ type: 'jsonb' })
  components: Record<string, unknown>;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}

/** The score of one subject as it stood on one day. */
@Entity({ name: 'engagement_score_daily' })
export class EngagementScoreDailyEntity {
  @PrimaryColumn({ name: 'subject_type', type: 'text' })
  subjectType: EngagementSubjectType;

  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'numeric', precision: 10, scale: 2 })
  score: string;

  @Column({ type: 'text' })
  band: EngagementBand;
}
