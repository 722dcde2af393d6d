import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type AttendeeSearchQuery,
  type AttendeeSearchResponse,
  type ConfirmSheet,
  createContactSchema,
  type MeetingDetail,
  organizationListQuerySchema,
  type SignInSheetResponse,
  type WalkInCheck,
  type WalkInCheckResponse,
} from '@coalition/contracts';
import { ContactLookupService, type KeyMatchRow, type PersonRow } from '../contacts/contact-lookup.service';
import { ContactsService } from '../contacts/contacts.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { MeetingChecks, type PlacedEntry } from './meeting-checks';
import { MeetingsRepository } from './meetings.repository';
import { meetingNotFound } from './meetings.errors';
import { toAttendeeMatch } from './meetings.mapper';
import { MeetingsService } from './meetings.service';
import { classifyLine, fullNameOf, parseSignInSheet } from './sign-in-sheet';

/** How many of an organization's people are listed when it is found by name. */
const PEOPLE_PER_ORGANIZATION = 10;

/** Lowercase without accents, as search_key() does in the database. */
const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function groupByKey(rows: KeyMatchRow[]): Map<number, KeyMatchRow[]> {
  const groups = new Map<number, KeyMatchRow[]>();
  for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), row]);
  return groups;
}

/** Finding people at the door and on sign-in sheets; other domains' data through their services. */
@Injectable()
export class MeetingPeopleService {
  constructor(
    private readonly lookup: ContactLookupService,
    private readonly contacts: ContactsService,
    private readonly organizations: OrganizationsService,
    private readonly meetings: MeetingsRepository,
    private readonly meetingsService: MeetingsService,
    private readonly checks: MeetingChecks,
    private readonly dataSource: DataSource,
  ) {}

  /** People by any part of a name, an email or phone digits; organizations by name, with their people. */
  async search({ q, limit }: AttendeeSearchQuery): Promise<AttendeeSearchResponse> {
    // Independent lookups, each on its own connection (PGlite queues them): the wait is the longer one.
    const [people, found] = await Promise.all([
      this.lookup.search(q, limit),
      this.organizations.list(organizationListQuerySchema.parse({ q, pageSize: limit })),
    ]);
    // The organization list also matches cities; at the door only the name counts.
    const named = found.items.filter((o) => folded(o.name).includes(folded(q)));
    const peopleOf = await this.lookup.currentPeople(named.map((o) => o.id), PEOPLE_PER_ORGANIZATION);
    return {
      contacts: people.map(toAttendeeMatch),
      organizations: named.map((o) => ({ id: o.id, name: o.name, people: (peopleOf.get(o.id) ?? []).map(toAttendeeMatch) })),
    };
  }

  /** Likely duplicates of someone about to be added: same email, same phone, similar name at the organization. */
  async walkInCheck(input: WalkInCheck): Promise<WalkInCheckResponse> {
    const reasons = new Map<string, 'same_email' | 'same_phone' | 'similar_name'>();
    const note = (ids: string[], reason: 'same_email' | 'same_phone' | 'similar_name') => {
      for (const id of ids) if (!reasons.has(id)) reasons.set(id, reason);
    };
    if (input.email) note(await this.lookup.byEmail(input.email), 'same_email');
    if (input.phone) note(await this.lookup.byPhone(input.phone), 'same_phone');
    note(await this.lookup.similarNames(input.firstName, input.lastName, input.organizationId ?? null), 'similar_name');
    const people = await this.lookup.people([...reasons.keys()].slice(0, 10));
    return { likelyDuplicates: people.map((p) => ({ ...toAttendeeMatch(p), reason: reasons.get(p.id) ?? 'similar_name' })) };
  }

  /** Each non-blank line matched, ambiguous or new: none lost, none written. */
  async matchSheet(meetingId: string, text: string): Promise<SignInSheetResponse> {
    if (!(await this.meetings.findById(meetingId))) throw meetingNotFound(meetingId);
    const lines = parseSignInSheet(text);
    const emails = lines.map((l) => l.email ?? '');
    const names = lines.map((l) => fullNameOf(l) ?? '');
    // Keys are 1-based positions in these arrays; lines without an email or name send '' (matches nobody).
    const byEmail = groupByKey(await this.lookup.emailMatches(emails.some(Boolean) ? emails : []));
    const byName = groupByKey(await this.lookup.exactNameMatches(names.some(Boolean) ? names : []));
    const similar = groupByKey(await this.lookup.fuzzyNameMatches(names.some(Boolean) ? names : []));
    const decided = lines.map((line, index) => {
      const key = index + 1;
      const hasName = Boolean(names[index]);
      return classifyLine({
        byEmail: line.email ? (byEmail.get(key) ?? []).map((r) => r.contactId) : [],
        byName: hasName ? (byName.get(key) ?? []).map((r) => r.contactId) : [],
        similar: hasName ? (similar.get(key) ?? []).map((r) => ({ contactId: r.contactId, confidence: r.score })) : [],
      });
    });
    const people = await this.peopleById(decided.flatMap((d) => d.candidates.map((c) => c.contactId)));
    return {
      lines: lines.map((line, index) => ({
        lineNumber: line.lineNumber,
        text: line.text,
        parsed: { firstName: line.firstName, lastName: line.lastName, email: line.email },
        status: decided[index].status,
        candidates: decided[index].candidates.flatMap((c) => {
          const person = people.get(c.contactId);
          return person ? [{ ...toAttendeeMatch(person), confidence: Math.round(c.confidence * 100) / 100 }] : [];
        }),
      })),
    };
  }

  /** New people created (through contacts) and everyone recorded at the meeting: one transaction. */
  async confirmSheet(meetingId: string, input: ConfirmSheet): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.meetings.lock(manager, meetingId))) throw meetingNotFound(meetingId);
      const placed = input.entries.map((entry, index) => ({ entry, path: `entries.${index}` }));
      await this.checks.newPeopleOrganizations(
        manager,
        placed.flatMap(({ entry, path }) => ('newContact' in entry ? [{ path, organizationId: entry.organizationId ?? null }] : [])),
      );
      // Existing people are checked before anyone is created, so a refusal names their entry.
      await this.checks.attendance(manager, placed.flatMap(({ entry, path }) => ('contactId' in entry ? [{ ...entry, organizationId: entry.organizationId ?? null, path }] : [])));
      const entries: PlacedEntry[] = [];
      let created = 0;
      for (const { entry, path } of placed) {
        if ('contactId' in entry) {
          entries.push({ ...entry, organizationId: entry.organizationId ?? null, path });
          continue;
        }
        const { firstName, lastName, email } = entry.newContact;
        const organizationId = entry.organizationId ?? null;
        const contact = await this.contacts.createIn(
          manager,
          createContactSchema.parse({
            firstName,
            lastName,
            emails: email ? [{ address: email, label: 'personal', primary: true }] : [],
            affiliations: organizationId ? [{ organizationId, role: 'member' }] : [],
          }),
        );
        created += 1;
        entries.push({ contactId: contact.id, organizationId, status: 'attended', path });
      }
      await this.meetingsService.recordAttendance(manager, meetingId, entries, { signInSheet: { created } });
    });
    return this.meetingsService.get(meetingId);
  }

  private async peopleById(ids: string[]): Promise<Map<string, PersonRow>> {
    const people = await this.lookup.people([...new Set(ids)]);
    return new Map(people.map((p) => [p.id, p]));
  }
}
