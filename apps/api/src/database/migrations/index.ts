import { InitialSchema1764000000000 } from './1764000000000-initial-schema';

/** Every migration, oldest first. Listed explicitly so builds and tests need no file globbing. */
export const MIGRATIONS = [InitialSchema1764000000000];
