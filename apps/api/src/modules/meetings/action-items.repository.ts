import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { namedQuery } from '../../common/sql-query';

export interface ActionItemRow {
  id: string;
  meetingId: string;
  text: string;
  ownerUserId: string | null;
  ownerUserName: string | null;
  ownerContactId: string | null;
  ownerContactName: string | null;
  dueOn: string | null;
  doneAt: Date | null;
  version: number;
}

export interface OpenActionItemRow extends ActionItemRow {
  meetingTitle: string;
  meetingStartsAt: Date;
}

export interface ActionItemColumns {
  text: string;
  ownerUserId: string | null;
  ownerContactId: string | null;
  dueOn: string | null;
}

export type ActionItemChanges = Partial<ActionItemColumns> & { done?: boolean };

const CHANGE_COLUMNS: Record<keyof ActionItemColumns, string> = {
  text: 'text',
  ownerUserId: 'owner_user_id',
  ownerContactId: 'owner_contact_id',
  dueOn: 'due_on',
};

const SELECT_ITEMS = `
  SELECT ai.id, ai.meeting_id AS "meetingId", ai.text, ai.owner_user_id AS "ownerUserId", u.name AS "ownerUserName",
         ai.owner_contact_id AS "ownerContactId",
         concat_ws(' ', coalesce(c.preferred_name, c.first_name), c.last_name) AS "ownerContactName",
         to_char(ai.due_on, 'YYYY-MM-DD') AS "dueOn", ai.done_at AS "doneAt", ai.version,
         m.title AS "meetingTitle", m.starts_at AS "meetingStartsAt"
    FROM action_item ai
    JOIN meeting m ON m.id = ai.meeting_id
    LEFT JOIN app_user u ON u.id = ai.owner_user_id
    LEFT JOIN contact c ON c.id = ai.owner_contact_id`;

/** Open ones first, by due date (undated last), then in the order they were written. */
const ITEM_ORDER = 'ai.done_at IS NOT NULL, ai.due_on ASC NULLS LAST, ai.created_at, ai.id';

/** Every query of action items. */
@Injectable()
export class ActionItemsRepository {
  constructor(private readonly dataSource: DataSource) {}

  forMeeting(meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<ActionItemRow[]> {
    return namedQuery<ActionItemRow>(manager, `${SELECT_ITEMS} WHERE ai.meeting_id = :meetingId ORDER BY ${ITEM_ORDER}`, { meetingId });
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ActionItemRow | null> {
    const [row] = await namedQuery<ActionItemRow>(manager, `${SELECT_ITEMS} WHERE ai.id = :id`, { id });
    return row ?? null;
  }

  /** Items across meetings not archived, by due date (undated last); `owner` a user id. */
  async list(filter: { ownerUserId?: string; done: boolean }, page: { page: number; pageSize: number }): Promise<{ rows: OpenActionItemRow[]; total: number }> {
    const conditions = ['m.archived_at IS NULL', filter.done ? 'ai.done_at IS NOT NULL' : 'ai.done_at IS NULL'];
    if (filter.ownerUserId) conditions.push('ai.owner_user_id = :ownerUserId');
    const where = conditions.join(' AND ');
    const params = { ownerUserId: filter.ownerUserId };
    const manager = this.dataSource.manager;
    const [{ total }] = await namedQuery<{ total: number }>(
      manager,
      `SELECT count(*)::int AS total FROM action_item ai JOIN meeting m ON m.id = ai.meeting_id WHERE ${where}`,
      params,
    );
    const order = filter.done ? 'ai.done_at DESC, ai.id' : ITEM_ORDER;
    const rows = await namedQuery<OpenActionItemRow>(
      manager,
      `${SELECT_ITEMS} WHERE ${where} ORDER BY ${order} LIMIT :limit OFFSET :offset`,
      { ...params, limit: page.pageSize, offset: (page.page - 1) * page.pageSize },
    );
    return { rows, total };
  }

  async insertMany(manager: EntityManager, meetingId: string, items: ActionItemColumns[]): Promise<string[]> {
    if (!items.length) return [];
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO action_item (meeting_id, text, owner_user_id, owner_contact_id, due_on)
       SELECT $1, x.text, x.owner_user_id, x.owner_contact_id, x.due_on
         FROM unnest($2::text[], $3::uuid[], $4::uuid[], $5::date[]) WITH ORDINALITY AS x(text, owner_user_id, owner_contact_id, due_on, position)
        ORDER BY x.position
       RETURNING id`,
      [meetingId, items.map((i) => i.text), items.map((i) => i.ownerUserId), items.map((i) => i.ownerContactId), items.map((i) => i.dueOn)],
    );
    return rows.map((r) => r.id);
  }

  /** Applies `changes` only if the item is still at `version`; false when it is not. */
  async updateIfVersion(manager: EntityManager, id: string, version: number, changes: ActionItemChanges): Promise<boolean> {
    const params: Record<string, unknown> = { id, version };
    const sets = ['version = version + 1', 'updated_at = now()'];
    for (const key of Object.keys(CHANGE_COLUMNS) as (keyof ActionItemColumns)[]) {
      if (changes[key] === undefined) continue;
      params[key] = changes[key];
      sets.push(`${CHANGE_COLUMNS[key]} = :${key}`);
    }
    // Done keeps the first time it was marked done; undone clears it.
    if (changes.done !== undefined) sets.push(changes.done ? 'done_at = coalesce(done_at, now())' : 'done_at = NULL');
    const [text, values] = manager.connection.driver.escapeQueryWithParameters(
      `UPDATE action_item SET ${sets.join(', ')} WHERE id = :id AND version = :version`,
      params,
    );
    const [, affected] = await manager.query<[unknown[], number]>(text, values);
    return affected > 0;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM action_item WHERE id = $1`, [id]);
  }
}
