import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { MunicipalityEntity } from '../organizations/municipality.entity';

/** A person. No immigration or citizenship status, country of birth or document number, ever. */
@Entity({ name: 'contact' })
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Column({ name: 'preferred_name', type: 'text', nullable: true })
  preferredName: string | null;

  @Column({ type: 'text', nullable: true })
  pronouns: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @ManyToOne(() => MunicipalityEntity, { nullable: true })
  @JoinColumn({ name: 'city', referencedColumnName: 'name' })
  municipality?: MunicipalityEntity | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ name: 'consent_email_granted', type: 'boolean', default: false })
  consentEmailGranted: boolean;

  @Column({ name: 'consent_email_recorded_on', type: 'date', nullable: true })
  consentEmailRecordedOn: string | null;

  @Column({ name: 'consent_email_source', type: 'text', nullable: true })
  consentEmailSource: string | null;

  @Column({ name: 'consent_sms_granted', type: 'boolean', default: false })
  consentSmsGranted: boolean;

  @Column({ name: 'consent_sms_recorded_on', type: 'date', nullable: true })
  consentSmsRecordedOn: string | null;

  @Column({ name: 'consent_sms_source', type: 'text', nullable: true })
  consentSmsSource: string | null;

  @Column({ name: 'consent_phone_granted', type: 'boolean', default: false })
  consentPhoneGranted: boolean;

  @Column({ name: 'consent_phone_recorded_on', type: 'date', nullable: true })
  consentPhoneRecordedOn: string | null;

  @Column({ name: 'consent_phone_source', type: 'text', nullable: true })
  consentPhoneSource: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
