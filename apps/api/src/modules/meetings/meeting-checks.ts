import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FieldError } from '@coalition/contracts';
import { DomainError } from '../../common/domain-error';
import { UsersService } from '../auth/users.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { ContactLookupService } from '../contacts/contact-lookup.service';
import { IssuesService } from '../issues/issues.service';
import { OrganizationsService } from '../organizations/organizations.service';
import type { AttendanceWrite } from './meetings.repository';
import { ARCHIVED_PERSON, meetingInvalid, NOT_AFFILIATED, UNKNOWN_PERSON } from './meetings.errors';

/** An attendance entry and the body path it came from (`attendance.2`, `entries.0`, or ''). */
export interface PlacedEntry extends Omit<AttendanceWrite, 'organizationId'> {
  organizationId?: string | null;
  path: string;
}

const at = (path: string, field: string) => (path ? `${path}.${field}` : field);

/**
 * The checks a meeting write makes against other domains, through their services. Each
 * collects every problem and refuses the whole request at once, before anything is written.
 */
@Injectable()
export class MeetingChecks {
  constructor(
    private readonly contacts: ContactLookupService,
    private readonly organizations: OrganizationsService,
    private readonly issues: IssuesService,
    private readonly campaigns: CampaignsService,
    private readonly users: UsersService,
  ) {}

  /**
   * Every person exists and is not archived; every organization is one they are or were
   * affiliated with. Answers the entries with each person once (the last entry wins).
   */
  async attendance(manager: EntityManager, entries: PlacedEntry[]): Promise<AttendanceWrite[]> {
    const states = await this.contacts.states(entries.map((e) => e.contactId), manager);
    const pairs = entries.flatMap((e) => (e.organizationId ? [{ contactId: e.contactId, organizationId: e.organizationId }] : []));
    const affiliated = await this.contacts.everAffiliated(pairs, manager);
    const problems: FieldError[] = [];
    for (const entry of entries) {
      const state = states.get(entry.contactId);
      if (!state) problems.push({ path: at(entry.path, 'contactId'), message: UNKNOWN_PERSON });
      else if (state.archived) problems.push({ path: at(entry.path, 'contactId'), message: ARCHIVED_PERSON });
      else if (entry.organizationId && !affiliated.has(`${entry.contactId}:${entry.organizationId}`))
        problems.push({ path: at(entry.path, 'organizationId'), message: NOT_AFFILIATED });
    }
    if (problems.length) throw meetingInvalid(problems);
    const once = new Map(entries.map(({ contactId, organizationId, status }) => [contactId, { contactId, organizationId: organizationId ?? null, status }]));
    return [...once.values()];
  }

  /** Owners of action items: a user who can sign in, or a contact not archived. */
  async owners(manager: EntityManager, items: { path: string; ownerUserId?: string | null; ownerContactId?: string | null }[]): Promise<void> {
    const userIds = items.flatMap((i) => (i.ownerUserId ? [i.ownerUserId] : []));
    const users = new Set(userIds.length ? (await this.users.withPermission('members.read', userIds, manager)).map((u) => u.id) : []);
    const states = await this.contacts.states(items.flatMap((i) => (i.ownerContactId ? [i.ownerContactId] : [])), manager);
    const problems: FieldError[] = [];
    for (const item of items) {
      if (item.ownerUserId && !users.has(item.ownerUserId)) problems.push({ path: at(item.path, 'ownerUserId'), message: 'is not a user' });
      if (item.ownerContactId) {
        const state = states.get(item.ownerContactId);
        if (!state) problems.push({ path: at(item.path, 'ownerContactId'), message: UNKNOWN_PERSON });
        else if (state.archived) problems.push({ path: at(item.path, 'ownerContactId'), message: ARCHIVED_PERSON });
      }
    }
    if (problems.length) throw meetingInvalid(problems);
  }

  /** The host organization, issues and campaigns named exist. */
  async links(manager: EntityManager, input: { hostOrganizationId?: string | null; issueIds?: string[]; campaignIds?: string[] }): Promise<void> {
    const problems: FieldError[] = [];
    if (input.hostOrganizationId)
      await this.missing(problems, 'hostOrganizationId', 'is not an organization', () => this.organizations.get(input.hostOrganizationId as string, manager));
    for (const [index, id] of (input.issueIds ?? []).entries())
      await this.missing(problems, `issueIds.${index}`, 'is not an issue', () => this.issues.require(id, manager));
    for (const [index, id] of (input.campaignIds ?? []).entries())
      await this.missing(problems, `campaignIds.${index}`, 'is not a campaign', () => this.campaigns.require(manager, id));
    if (problems.length) throw meetingInvalid(problems);
  }

  /** Organizations named for new people exist. */
  async newPeopleOrganizations(manager: EntityManager, entries: { path: string; organizationId: string | null }[]): Promise<void> {
    // A sheet names the same few organizations many times: each is looked up once.
    const unknown = new Set<string>();
    for (const id of new Set(entries.flatMap((e) => (e.organizationId ? [e.organizationId] : [])))) {
      const found: FieldError[] = [];
      await this.missing(found, id, 'is not an organization', () => this.organizations.get(id, manager));
      if (found.length) unknown.add(id);
    }
    const problems = entries
      .filter((e) => e.organizationId && unknown.has(e.organizationId))
      .map((e) => ({ path: at(e.path, 'organizationId'), message: 'is not an organization' }));
    if (problems.length) throw meetingInvalid(problems);
  }

  private async missing(problems: FieldError[], path: string, message: string, find: () => Promise<unknown>): Promise<void> {
    try {
      await find();
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'not_found') problems.push({ path, message });
      else throw error;
    }
  }
}
