import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { InterestLevel } from '@coalition/contracts';

/** An organization's stance on an issue; one row per pair. */
@Entity({ name: 'interest' })
export class InterestEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ name: 'issue_id', type: 'uuid' })
  issueId: string;

  @Column({ type: 'text' })
  level: InterestLevel;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'confirmed_on', type: 'date', nullable: true })
  confirmedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
