import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A measurable target of a campaign, e.g. "New voters registered": 1500 voters. */
@Entity({ name: 'campaign_goal' })
export class CampaignGoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'integer' })
  target: number;

  /** Order of the goals as last sent by the client. */
  @Column({ type: 'integer', default: 0 })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
