import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AffiliationRole, OutreachOutcome } from '@coalition/contracts';

/**
 * One person to reach in a drive, and the organization they were targeted through (as it stood
 * when the drive was made). The last_* columns repeat the latest attempt, written in the same
 * transaction as it, so progress and the caller's queue need no scan of the attempts.
 */
@Entity({ name: 'outreach_target' })
export class OutreachTargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'drive_id', type: 'uuid' })
  driveId: string;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'organization_role', type: 'text', nullable: true })
  organizationRole: AffiliationRole | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ name: 'last_outcome', type: 'text', nullable: true })
  lastOutcome: OutreachOutcome | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ name: 'follow_up_on', type: 'date', nullable: true })
  followUpOn: string | null;

  /** The latest outcome is final (FINAL_OUTCOMES): the target has left the queue. */
  @Column({ type: 'boolean', default: false })
  done: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
