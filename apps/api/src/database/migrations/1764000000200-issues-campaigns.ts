import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  BILL_STATUSES,
  CAMPAIGN_KINDS,
  INTEREST_LEVELS,
  ISSUE_STATUSES,
  PARTICIPATION_ROLES,
} from '@coalition/contracts';

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Advocacy priorities (issues) with their bills and the organizations' interests in them;
 * campaigns with their issues, goals, participants and contributions toward the goals.
 */
export class IssuesCampaigns1764000000200 implements MigrationInterface {
  name = 'IssuesCampaigns1764000000200';

  public async up(q: QueryRunner): Promise<void> {
    await this.createIssues(q);
    await this.createCampaigns(q);
    await this.createParticipation(q);
  }

  private async createIssues(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE issue (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        summary text,
        tier smallint NOT NULL CHECK (tier BETWEEN 1 AND 3),
        rank integer NOT NULL CHECK (rank >= 1),
        session text NOT NULL CHECK (
          session ~ '^[0-9]{4}-[0-9]{4}$'
          AND right(session, 4)::int = left(session, 4)::int + 1),
        status text NOT NULL DEFAULT 'active' CHECK (status IN (${inList(ISSUE_STATUSES)})),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        -- Target of bill's (issue_id, session) key, so a bill always carries its issue's session.
        CONSTRAINT issue_id_session_key UNIQUE (id, session)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX issue_session_title_key ON issue (session, search_key(title))`,
    );
    // Ranks are not unique: a reorder rewrites them in one statement and ties sort by title.
    await q.query(
      `CREATE INDEX issue_tier_rank_idx ON issue (tier, rank) WHERE archived_at IS NULL`,
    );

    // ON UPDATE CASCADE: moving an issue to another session moves its bills, and the
    // (session, number) key then refuses a clash.
    await q.query(`
      CREATE TABLE bill (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        issue_id uuid NOT NULL,
        session text NOT NULL,
        number text NOT NULL CHECK (number ~ '^(H|S)\\.[0-9]{1,5}$'),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        status text NOT NULL DEFAULT 'filed' CHECK (status IN (${inList(BILL_STATUSES)})),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bill_issue_fkey FOREIGN KEY (issue_id, session)
          REFERENCES issue (id, session) ON UPDATE CASCADE,
        CONSTRAINT bill_session_number_key UNIQUE (session, number)
      )`);
    await q.query(`CREATE INDEX bill_issue_idx ON bill (issue_id)`);

    await q.query(`
      CREATE TABLE interest (
        organization_id uuid NOT NULL
          CONSTRAINT interest_organization_fkey REFERENCES organization (id) ON DELETE CASCADE,
        issue_id uuid NOT NULL CONSTRAINT interest_issue_fkey REFERENCES issue (id) ON DELETE CASCADE,
        level text NOT NULL CHECK (level IN (${inList(INTEREST_LEVELS)})),
        note text,
        confirmed_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, issue_id)
      )`);
    await q.query(`CREATE INDEX interest_issue_level_idx ON interest (issue_id, level)`);
  }

  private async createCampaigns(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        summary text,
        kind text NOT NULL CHECK (kind IN (${inList(CAMPAIGN_KINDS)})),
        starts_on date NOT NULL,
        ends_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        CONSTRAINT campaign_dates_check CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`CREATE UNIQUE INDEX campaign_name_key ON campaign (search_key(name))`);
    await q.query(`CREATE INDEX campaign_kind_idx ON campaign (kind)`);

    await q.query(`
      CREATE TABLE campaign_issue (
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        issue_id uuid NOT NULL CONSTRAINT campaign_issue_issue_fkey REFERENCES issue (id) ON DELETE CASCADE,
        PRIMARY KEY (campaign_id, issue_id)
      )`);
    await q.query(`CREATE INDEX campaign_issue_issue_idx ON campaign_issue (issue_id)`);

    await q.query(`
      CREATE TABLE campaign_goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        label text NOT NULL CHECK (length(btrim(label)) BETWEEN 1 AND 120),
        unit text NOT NULL CHECK (length(btrim(unit)) BETWEEN 1 AND 40),
        target integer NOT NULL CHECK (target > 0),
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Target of contribution's (goal_id, campaign_id) key: a goal of another campaign is refused.
        CONSTRAINT campaign_goal_id_campaign_key UNIQUE (id, campaign_id)
      )`);
    await q.query(
      `CREATE INDEX campaign_goal_campaign_idx ON campaign_goal (campaign_id, position)`,
    );
  }

  private async createParticipation(q: QueryRunner): Promise<void> {
    // Erasing a person deletes their participation; contributions keep their amounts
    // (participation_id set null), so campaign totals survive.
    await q.query(`
      CREATE TABLE participation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        organization_id uuid CONSTRAINT participation_organization_fkey REFERENCES organization (id) ON DELETE CASCADE,
        contact_id uuid CONSTRAINT participation_contact_fkey REFERENCES contact (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN (${inList(PARTICIPATION_ROLES)})),
        joined_on date,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT participation_one_participant_check CHECK (num_nonnulls(organization_id, contact_id) = 1),
        -- NULLs are distinct, so each key only bites on the column that is set.
        CONSTRAINT participation_organization_role_key UNIQUE (campaign_id, organization_id, role),
        CONSTRAINT participation_contact_role_key UNIQUE (campaign_id, contact_id, role),
        CONSTRAINT participation_id_campaign_key UNIQUE (id, campaign_id)
      )`);
    await q.query(`CREATE INDEX participation_organization_idx ON participation (organization_id)`);
    await q.query(`CREATE INDEX participation_contact_idx ON participation (contact_id)`);

    // campaign_id is repeated here so that composite keys prove the goal and the participation
    // belong to the same campaign as the contribution.
    await q.query(`
      CREATE TABLE contribution (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        goal_id uuid NOT NULL,
        participation_id uuid,
        amount integer NOT NULL CHECK (amount > 0),
        recorded_on date NOT NULL,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contribution_goal_fkey FOREIGN KEY (goal_id, campaign_id)
          REFERENCES campaign_goal (id, campaign_id),
        -- The API refuses to remove a participant who contributed; should the organization
        -- (or, later, a contact) be erased, its contributions stay, unattributed.
        CONSTRAINT contribution_participation_fkey FOREIGN KEY (participation_id, campaign_id)
          REFERENCES participation (id, campaign_id) ON DELETE SET NULL (participation_id)
      )`);
    await q.query(
      `CREATE INDEX contribution_campaign_idx ON contribution (campaign_id, recorded_on)`,
    );
    await q.query(`CREATE INDEX contribution_goal_idx ON contribution (goal_id)`);
    await q.query(`CREATE INDEX contribution_participation_idx ON contribution (participation_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'contribution',
      'participation',
      'campaign_goal',
      'campaign_issue',
      'campaign',
      'interest',
      'bill',
      'issue',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
