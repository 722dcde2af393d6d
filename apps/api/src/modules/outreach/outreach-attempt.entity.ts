import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OutreachOutcome } from '@coalition/contracts';

/** One try at reaching a target. Append-only: a database trigger refuses UPDATE. */
@Entity({ name: 'outreach_attempt' })
export class OutreachAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ type: 'text' })
  outcome: OutreachOutcome;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'follow_up_on', type: 'date', nullable: true })
  followUpOn: string | null;

  @Column({ name: 'logged_by', type: 'uuid' })
  loggedBy: string;

  @Column({ name: 'logged_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  loggedAt: Date;
}
