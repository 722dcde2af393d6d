import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { Contacts1764000000100 } from './1764000000100-contacts';
import { IssuesCampaigns1764000000200 } from './1764000000200-issues-campaigns';
import { AuthAudit1764000000300 } from './1764000000300-auth-audit';

/** Every migration, oldest first. Listed explicitly so builds and tests need no file globbing. */
export const MIGRATIONS = [InitialSchema1764000000000, Contacts1764000000100, IssuesCampaigns1764000000200, AuthAudit1764000000300];
