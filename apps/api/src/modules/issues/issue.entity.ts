import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { IssueStatus } from '@coalition/contracts';

@Entity({ name: 'issue' })
export class IssueEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'smallint' })
  tier: number;

  /** Position within the tier, 1 first; kept dense among non-archived issues by the service. */
  @Column({ type: 'integer' })
  rank: number;

  @Column({ type: 'text' })
  session: string;

  @Column({ type: 'text' })
  status: IssueStatus;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
