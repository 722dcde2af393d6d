import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Reference table of the 351 Massachusetts municipalities, filled by the first migration. */
@Entity({ name: 'municipality' })
export class MunicipalityEntity {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  county: string;

  @Column({ name: 'county_fips', type: 'char', length: 5 })
  countyFips: string;

  @Column({ type: 'text' })
  kind: string;
}
