import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EmailLabel } from '@coalition/contracts';

/**
 * One email address of a contact. The table also has `address_key` (lower(btrim(address))),
 * a generated column the database fills; it is read only in SQL, so it is not mapped here.
 */
@Entity({ name: 'contact_email' })
export class ContactEmailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'text' })
  label: EmailLabel;

  @Column({ name: 'is_primary', type: 'boolean', default: false })
  primary: boolean;

  @Column({ type: 'smallint', default: 0 })
  position: number;
}
