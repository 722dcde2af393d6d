import { MunicipalityEntity } from '../modules/organizations/municipality.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';

/** Every TypeORM entity of the app; each lives in its domain's folder. */
export const ENTITIES = [MunicipalityEntity, OrganizationEntity];
