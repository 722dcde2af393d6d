import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One application setting: a key and its JSON value (absent: the contract's default applies). */
@Entity({ name: 'settings' })
export class SettingEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'jsonb' })
  value: unknown;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
