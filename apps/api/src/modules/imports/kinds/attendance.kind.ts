import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type RowProblem } from '@coalition/contracts';
import {
  type ContactState,
  ImportLookupRepository,
  type MeetingCandidate,
} from '../import-lookup.repository';
import { ImportWriterRepository } from '../import-writer.repository';
import { compactKey } from '../parsing/text-keys';
import type {
  FileKey,
  ImportKindHandler,
  Resolution,
  RowValues,
  StagedRow,
  WriteItem,
  WriteResult,
} from './import-kind';
import { matchPeople, type PersonMatch, personFileKeys, personKeysOf } from './people';
import { choiceOf, groupBy, textOf } from './row-values';

export interface AttendancePlan {
  meetingId: string;
  contactId: string;
  organizationId: string | null;
  status: AttendanceStatus;
  changed: boolean;
}

const DEFAULT_STATUS: AttendanceStatus = 'attended';
const pairKey = (meetingId: string, contactId: string) => `${meetingId}:${contactId}`;
const meetingKey = (values: RowValues) =>
  `${compactKey(textOf(values, 'meetingTitle') ?? '')}|${textOf(values, 'meetingDate') ?? ''}`;

/**
 * Attendance at meetings that exist (title, case and accents aside, and start date) of people who
 * exist: by email, else phone, else name at the organization given, else a name only one contact
 * bears. The organization represented must be one the person is or was affiliated with, as when
 * attendance is taken by hand. A row is the attendance of the same person at the same meeting;
 * an update replaces the status and organization when given.
 */
@Injectable()
export class AttendanceImport implements ImportKindHandler<AttendancePlan> {
  constructor(
    private readonly lookup: ImportLookupRepository,
    private readonly writer: ImportWriterRepository,
  ) {}

  fileKeys(values: RowValues): FileKey[] {
    const meeting = meetingKey(values);
    return personFileKeys(values, ['email'], ['phone'], 'organizationName').map((k) => ({
      ...k,
      key: `${meeting}|${k.key}`,
      label: `meeting and ${k.label}`,
    }));
  }

  async resolve(manager: EntityManager, rows: StagedRow[]): Promise<Resolution<AttendancePlan>[]> {
    const problems = rows.map((): RowProblem[] => []);
    const meetings = await this.meetings(manager, rows);
    const people = await this.people(manager, rows);
    const states = new Map(
      (
        await this.lookup.contactStates(
          manager,
          people.flatMap((p) => p.contactId ?? []),
        )
      ).map((s) => [s.id, s]),
    );
    const organizations = groupBy(
      await this.lookup.organizationsByName(manager, [
        ...new Set(rows.flatMap((r) => textOf(r.values, 'organizationName') ?? [])),
      ]),
      (o) => o.input,
    );
    const found = rows.map((row, i) => {
      const meeting = meetings[i];
      const person = people[i];
      const state = person.contactId ? states.get(person.contactId) : undefined;
      if (!meeting)
        problems[i].push({
          field: 'meetingTitle',
          message: `is not a meeting on ${textOf(row.values, 'meetingDate') ?? 'that date'}: log the meeting first`,
        });
      if (person.problem) problems[i].push(person.problem);
      if (state?.archived)
        problems[i].push({
          field: 'lastName',
          message: 'is an archived contact: restore them first',
        });
      const organizationId = state
        ? this.represented(row.values, state, organizations, problems[i])
        : null;
      return meeting && state && !problems[i].length ? { meeting, state, organizationId } : null;
    });
    const existing = new Map(
      (
        await this.lookup.attendance(
          manager,
          found.flatMap((f) => (f ? [{ meetingId: f.meeting.id, contactId: f.state.id }] : [])),
        )
      ).map((a) => [pairKey(a.meetingId, a.contactId), a]),
    );
    return rows.map((row, i) => {
      const status = choiceOf(row.values, 'status', ATTENDANCE_STATUSES, problems[i]);
      const f = found[i];
      const current = f ? existing.get(pairKey(f.meeting.id, f.state.id)) : undefined;
      const person = f ? `${f.state.firstName} ${f.state.lastName}` : '';
      const changed =
        !current ||
        (status !== null && status !== current.status) ||
        (Boolean(f?.organizationId) && f?.organizationId !== current.organizationId);
      return {
        problems: problems[i],
        match:
          f && current
            ? {
                id: f.meeting.id,
                label: `${person} at ${f.meeting.label}: ${current.status}`,
                reason: `same person (${people[i].reason}) at the same meeting`,
              }
            : null,
        nearMatches: [],
        plan:
          f && !problems[i].length
            ? {
                meetingId: f.meeting.id,
                contactId: f.state.id,
                organizationId: f.organizationId,
                status: status ?? current?.status ?? DEFAULT_STATUS,
                changed,
              }
            : null,
      };
    });
  }

  private async meetings(
    manager: EntityManager,
    rows: StagedRow[],
  ): Promise<(MeetingCandidate | undefined)[]> {
    const asked = rows.map((r) => ({
      title: textOf(r.values, 'meetingTitle') ?? '',
      date: textOf(r.values, 'meetingDate') ?? '',
    }));
    const distinct = [
      ...new Map(
        asked.filter((a) => a.title && a.date).map((a) => [`${a.title}|${a.date}`, a]),
      ).values(),
    ];
    const found = groupBy(
      await this.lookup.meetingsByTitleAndDate(manager, distinct),
      (m) => `${m.title}|${m.date}`,
    );
    return asked.map((a) => found.get(`${a.title}|${a.date}`)?.[0]);
  }

  /** The contact of each row, or why there is none. */
  private async people(
    manager: EntityManager,
    rows: StagedRow[],
  ): Promise<{ contactId?: string; reason?: string; problem?: RowProblem }[]> {
    const keys = rows.map((r) => personKeysOf(r.values, ['email'], ['phone'], null));
    const matches: (PersonMatch | null)[] = await matchPeople(this.lookup, manager, keys);
    const unmatched = rows.flatMap((_, i) =>
      !matches[i] && keys[i].first && keys[i].last ? [i] : [],
    );
    const namesakes = groupBy(
      await this.lookup.contactsNamed(
        manager,
        unmatched.map((i) => ({ first: keys[i].first ?? '', last: keys[i].last ?? '' })),
      ),
      (c) => Number(c.input),
    );
    const byName = new Map(unmatched.map((rowIndex, n) => [rowIndex, namesakes.get(n) ?? []]));
    return rows.map((_, i) => {
      const m = matches[i];
      if (m) return { contactId: m.contactId, reason: m.reason };
      const named = byName.get(i);
      if (named?.length === 1)
        return { contactId: named[0].id, reason: 'the only contact with this name' };
      if (named?.length)
        return {
          problem: {
            field: 'lastName',
            message: `${named.length} contacts have this name: add a column with their email or phone`,
          },
        };
      const field = keys[i].emails.length ? 'email' : keys[i].phones.length ? 'phone' : 'lastName';
      return {
        problem: {
          field,
          message:
            keys[i].first || keys[i].emails.length || keys[i].phones.length
              ? 'matches no contact: import the people as contacts first'
              : 'needs an email, a phone or a name',
        },
      };
    });
  }

  /** The organization the person represented: one of theirs with the name given; null when none is given. */
  private represented(
    values: RowValues,
    state: ContactState,
    organizations: Map<string, { id: string }[]>,
    problems: RowProblem[],
  ): string | null {
    const name = textOf(values, 'organizationName');
    if (!name) return null;
    const theirs = (organizations.get(name) ?? []).filter((o) =>
      state.everOrganizations.includes(o.id),
    );
    if (theirs.length) return theirs[0].id;
    problems.push({
      field: 'organizationName',
      message: 'is not an organization this person is or was affiliated with',
    });
    return null;
  }

  async write(
    manager: EntityManager,
    creates: WriteItem<AttendancePlan>[],
    updates: WriteItem<AttendancePlan>[],
  ): Promise<WriteResult[]> {
    const record = (p: AttendancePlan) => ({
      meeting_id: p.meetingId,
      contact_id: p.contactId,
      organization_id: p.organizationId,
      status: p.status,
    });
    const inserted = await this.writer.insertAttendance(
      manager,
      creates.map((c) => record(c.plan)),
    );
    const changed = updates.filter((u) => u.plan.changed);
    await this.writer.updateAttendance(
      manager,
      changed.map((u) => record(u.plan)),
    );
    const changedRows = new Set(changed.map((u) => u.rowNumber));
    return [
      ...creates.map((c): WriteResult =>
        inserted.has(pairKey(c.plan.meetingId, c.plan.contactId))
          ? { rowNumber: c.rowNumber, outcome: 'created', recordId: c.plan.contactId }
          : {
              rowNumber: c.rowNumber,
              outcome: 'failed',
              recordId: null,
              problems: [
                {
                  field: 'lastName',
                  message:
                    'this attendance was recorded meanwhile: import the file again to update it',
                },
              ],
            },
      ),
      ...updates.map((u): WriteResult => ({
        rowNumber: u.rowNumber,
        outcome: changedRows.has(u.rowNumber) ? 'updated' : 'skipped',
        recordId: u.plan.contactId,
      })),
    ];
  }
}
