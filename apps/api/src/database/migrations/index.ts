import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { Contacts1764000000100 } from './1764000000100-contacts';
import { IssuesCampaigns1764000000200 } from './1764000000200-issues-campaigns';
import { AuthAudit1764000000300 } from './1764000000300-auth-audit';
import { Segments1764000000400 } from './1764000000400-segments';
import { Outreach1764000000500 } from './1764000000500-outreach';
import { Meetings1764000000600 } from './1764000000600-meetings';
import { Reports1764000000700 } from './1764000000700-reports';
import { Imports1764000000900 } from './1764000000900-imports';
import { LastMeetingAttended1764000001100 } from './1764000001100-last-meeting-attended';
import { ReportSpeed1764000001200 } from './1764000001200-report-speed';
import { SearchColumns1764000001300 } from './1764000001300-search-columns';

/** Every migration, oldest first. Listed explicitly so builds and tests need no file globbing. */
export const MIGRATIONS = [InitialSchema1764000000000, Contacts1764000000100, IssuesCampaigns1764000000200, AuthAudit1764000000300, Segments1764000000400, Outreach1764000000500, Meetings1764000000600, Reports1764000000700, Imports1764000000900, LastMeetingAttended1764000001100, ReportSpeed1764000001200, SearchColumns1764000001300];
