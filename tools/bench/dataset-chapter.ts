/**
 * One chapter of the large dataset: a coalition the size of the demo's (160 organizations),
 * made by the demo seed's own generators on a chapter-specific faker seed, with its people,
 * interests, campaign participation, two years of meetings and attendance, and phone drives.
 * Pure: rows out, nothing written. dataset-large.ts stitches chapters into one network.
 */
import type { Faker } from '@faker-js/faker';
import type { MeetingType } from '@coalition/contracts';
import { generateDemoCampaigns } from '../../apps/api/src/database/seed/demo-campaigns';
import {
  type DemoContact,
  type DemoOrganizationRef,
  generateDemoContacts,
} from '../../apps/api/src/database/seed/demo-contacts';
import {
  type DemoIssueKey,
  type DemoMember,
  assignEngagement,
  generateDemoInterests,
} from '../../apps/api/src/database/seed/demo-issues';
import { DEMO_TODAY, planDemoMeetings } from '../../apps/api/src/database/seed/demo-meetings';
import { generateDemoOrganizations } from '../../apps/api/src/database/seed/demo-organizations';
import { DEMO_DRIVE, generateDemoAttempts } from '../../apps/api/src/database/seed/demo-outreach';
import { DEMO_SEED, demoFaker } from '../../apps/api/src/database/seed/demo-random';
import { roundRobin } from '../../apps/api/src/modules/outreach/round-robin';
import { evenlyPick } from './bulk-insert';

export interface ChapterSizes {
  organizations: number;
  contacts: number;
  meetings: number;
  attendance: number;
  attempts: number;
}

/** What the chapter links to: the network-wide issues, campaigns, users and taken names. */
export interface ChapterLinks {
  issueId(key: DemoIssueKey): string;
  tierOne: { id: string; title: string }[];
  /** The campaign (and its goals) that this chapter's members join for the demo campaign `index`. */
  campaign(index: number): { id: string; goalIds: string[] };
  organizerId: string;
  adminId: string;
  /** The demo drive's segment, for the first chapter's first drive. */
  driveSegmentId: string | null;
  takenOrganizations: Set<string>;
  takenEmails: Set<string>;
}

export type Row = readonly unknown[];

export interface ChapterRows {
  organizations: Row[];
  contacts: Row[];
  emails: Row[];
  phones: Row[];
  affiliations: Row[];
  interests: Row[];
  participations: Row[];
  contributions: Row[];
  meetings: Row[];
  meetingIssues: Row[];
  attendance: Row[];
  drives: Row[];
  targets: Row[];
  attempts: Row[];
}

const DAY_MS = 86_400_000;
const shiftDate = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
const fakerFor = (chapter: number, stream: number): Faker =>
  demoFaker(DEMO_SEED + 10_000 * (chapter + 1) + stream);
const inChapter = (text: string, chapter: number) =>
  chapter === 0 ? text : `${text} (chapter ${chapter + 1})`;

function organizationsOf(chapter: number, count: number, links: ChapterLinks) {
  const faker = fakerFor(chapter, 0);
  return generateDemoOrganizations(faker, count).map((o) => {
    // Chapters reuse the demo's invented names: a repeat in the same city gets the chapter's number.
    const name = links.takenOrganizations.has(`${o.name}|${o.city}`)
      ? `${o.name} ${chapter + 1}`
      : o.name;
    links.takenOrganizations.add(`${name}|${o.city}`);
    return { ...o, name, id: faker.string.uuid() };
  });
}

/** The demo's addresses are unique in the demo; across chapters a repeat gets the chapter's number. */
function uniqueEmails(contacts: DemoContact[], chapter: number, taken: Set<string>): void {
  for (const c of contacts) {
    for (const e of c.emails) {
      const [local, domain] = e.address.split('@');
      let address = e.address;
      for (let n = 0; taken.has(address); n++)
        address = `${local}.${chapter + 1}${n ? `-${n}` : ''}@${domain}`;
      taken.add(address);
      e.address = address;
    }
  }
}

function contactRows(contacts: DemoContact[], rows: ChapterRows): void {
  for (const c of contacts) {
    const { email, sms, phone } = c.consent;
    rows.contacts.push([
      c.id,
      c.firstName,
      c.lastName,
      c.preferredName,
      c.pronouns,
      c.city,
      c.languages,
      c.tags,
      c.notes,
      email.granted,
      email.recordedOn,
      email.source,
      sms.granted,
      sms.recordedOn,
      sms.source,
      phone.granted,
      phone.recordedOn,
      phone.source,
    ]);
    c.emails.forEach((e, position) =>
      rows.emails.push([c.id, e.address, e.label, e.primary, position]),
    );
    c.phones.forEach((p, position) =>
      rows.phones.push([c.id, p.number, p.label, p.primary, position]),
    );
    for (const a of c.affiliations)
      rows.affiliations.push([c.id, a.organizationId, a.role, a.startedOn, a.endedOn]);
  }
}

function prioritiesAndCampaigns(
  chapter: number,
  members: DemoMember[],
  links: ChapterLinks,
  rows: ChapterRows,
): void {
  const faker = fakerFor(chapter, 1);
  const engagement = assignEngagement(faker, members);
  for (const i of generateDemoInterests(faker, members, engagement)) {
    rows.interests.push([
      i.organizationId,
      links.issueId(i.issueKey),
      i.level,
      i.note,
      i.confirmedOn,
    ]);
  }
  generateDemoCampaigns(fakerFor(chapter, 2), members, engagement).forEach((campaign, index) => {
    const { id: campaignId, goalIds } = links.campaign(index);
    const participationIds = campaign.participations.map(() => faker.string.uuid());
    campaign.participations.forEach((p, n) =>
      rows.participations.push([
        participationIds[n],
        campaignId,
        p.organizationId,
        p.role,
        p.joinedOn,
        p.note,
      ]),
    );
    for (const k of campaign.contributions) {
      const participationId =
        k.participationIndex === null ? null : participationIds[k.participationIndex];
      rows.contributions.push([
        campaignId,
        goalIds[k.goalIndex],
        participationId,
        k.amount,
        k.recordedOn,
        k.note,
      ]);
    }
  });
}

/** Each person once, for their first current organization (as the demo's meetings seed picks them). */
function peopleByOrganization(contacts: DemoContact[]): Map<string, string[]> {
  const byOrganization = new Map<string, string[]>();
  for (const c of contacts) {
    const current = c.affiliations
      .filter((a) => !a.endedOn)
      .sort(
        (a, b) =>
          (a.startedOn ?? '9999').localeCompare(b.startedOn ?? '9999') ||
          a.organizationId.localeCompare(b.organizationId),
      );
    if (!current.length) continue;
    const list = byOrganization.get(current[0].organizationId) ?? [];
    list.push(c.id);
    byOrganization.set(current[0].organizationId, list);
  }
  return byOrganization;
}

/** The demo's calendar, repeated a day apart until the chapter has its share of meetings. */
function meetingsOf(chapter: number, count: number, links: ChapterLinks) {
  const faker = fakerFor(chapter, 3);
  const plan: ReturnType<typeof planDemoMeetings> = [];
  for (let round = 0; plan.length < count; round++) {
    for (const m of planDemoMeetings(faker, links.tierOne)) {
      plan.push({
        ...m,
        title: inChapter(m.title, chapter),
        startsAt: new Date(Date.parse(m.startsAt) - round * DAY_MS).toISOString(),
      });
    }
  }
  return evenlyPick(
    plan.sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    count,
  );
}

type Engagement = 'core' | 'middle' | 'tail';

/** As the demo's meetings seed: a core that nearly always comes, a middle that fades, a tail that never comes. */
function chanceOfComing(engagement: Engagement, progress: number, type: MeetingType): number {
  const base = engagement === 'core' ? 0.9 : engagement === 'middle' ? 0.55 - 0.45 * progress : 0;
  return type === 'working_group' || type === 'training' ? base * 0.5 : base;
}

function meetingsAndAttendance(
  chapter: number,
  sizes: ChapterSizes,
  contacts: DemoContact[],
  links: ChapterLinks,
  rows: ChapterRows,
): void {
  const faker = fakerFor(chapter, 4);
  const meetings = meetingsOf(chapter, sizes.meetings, links);
  for (const m of meetings) {
    const ends = new Date(Date.parse(m.startsAt) + 2 * 3_600_000).toISOString();
    rows.meetings.push([m.id, m.title, m.type, m.startsAt, ends, m.place, m.onlineUrl]);
    if (m.issueId) rows.meetingIssues.push([m.id, m.issueId]);
  }
  const byOrganization = peopleByOrganization(contacts);
  const organizations = [...byOrganization.keys()].sort();
  const engagement = new Map(
    organizations.map((id): [string, Engagement] => {
      const roll = faker.number.float({ min: 0, max: 1 });
      return [id, roll < 0.15 ? 'core' : roll < 0.65 ? 'middle' : 'tail'];
    }),
  );
  const first = Date.parse(meetings[0]?.startsAt ?? DEMO_TODAY);
  const span = Date.parse(meetings[meetings.length - 1]?.startsAt ?? DEMO_TODAY) - first || 1;
  const attendance: Row[] = [];
  for (const m of meetings) {
    const progress = (Date.parse(m.startsAt) - first) / span;
    for (const organizationId of organizations) {
      if (
        faker.number.float({ min: 0, max: 1 }) >=
        chanceOfComing(engagement.get(organizationId)!, progress, m.type)
      )
        continue;
      const staff = byOrganization.get(organizationId)!;
      // Up to three people (the demo: two): chapters' organizations have twice the demo's people,
      // so there is more than the chapter's share to pick evenly from.
      const count = Math.min(
        staff.length,
        m.type === 'lobby_day' ? 3 : faker.number.int({ min: 1, max: 3 }),
      );
      for (const contactId of faker.helpers.arrayElements(staff, count)) {
        const roll = faker.number.float({ min: 0, max: 1 });
        const status = roll < 0.04 ? 'no_show' : roll < 0.06 ? 'registered' : 'attended';
        attendance.push([m.id, contactId, organizationId, status, m.startsAt]);
      }
    }
  }
  rows.attendance = evenlyPick(attendance, sizes.attendance);
}

/** Phone drives every quarter back from the demo's, over the chapter's reachable people, until its share of calls. */
function drives(
  chapter: number,
  sizes: ChapterSizes,
  contacts: DemoContact[],
  links: ChapterLinks,
  rows: ChapterRows,
): void {
  const faker = fakerFor(chapter, 5);
  const reachable = contacts
    .filter((c) => c.consent.phone.granted && c.phones.length > 0)
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
  const attempts: Row[] = [];
  for (let round = 0; attempts.length < sizes.attempts && reachable.length > 0; round++) {
    const driveId = faker.string.uuid();
    const back = round * 91;
    const name =
      round === 0
        ? inChapter(DEMO_DRIVE.name, chapter)
        : `${inChapter(DEMO_DRIVE.name, chapter)}, round ${round + 1}`;
    const segmentId = chapter === 0 && round === 0 ? links.driveSegmentId : null;
    rows.drives.push([
      driveId,
      name,
      segmentId,
      DEMO_DRIVE.goal,
      'phone',
      shiftDate(DEMO_DRIVE.startsOn, back),
      shiftDate(DEMO_DRIVE.endsOn, back),
      DEMO_DRIVE.script,
      links.organizerId,
    ]);
    const dealt = roundRobin(reachable, [links.organizerId, links.adminId]).map(
      ({ item, assigneeId }) => {
        const current = item.affiliations.find((a) => !a.endedOn);
        const id = faker.string.uuid();
        rows.targets.push([
          id,
          driveId,
          item.id,
          current?.organizationId ?? null,
          current?.role ?? null,
          assigneeId,
        ]);
        return { id, assigneeId };
      },
    );
    for (const a of generateDemoAttempts(faker, dealt)) {
      const followUp = a.followUpOn ? shiftDate(a.followUpOn, back) : null;
      attempts.push([
        a.targetId,
        a.outcome,
        a.note,
        followUp,
        a.loggedBy,
        new Date(a.loggedAt.getTime() - back * DAY_MS),
      ]);
    }
  }
  rows.attempts = evenlyPick(attempts, sizes.attempts);
}

export function generateChapter(
  chapter: number,
  sizes: ChapterSizes,
  links: ChapterLinks,
): ChapterRows {
  const rows: ChapterRows = {
    organizations: [],
    contacts: [],
    emails: [],
    phones: [],
    affiliations: [],
    interests: [],
    participations: [],
    contributions: [],
    meetings: [],
    meetingIssues: [],
    attendance: [],
    drives: [],
    targets: [],
    attempts: [],
  };
  const organizations = organizationsOf(chapter, sizes.organizations, links);
  for (const o of organizations) {
    rows.organizations.push([
      o.id,
      o.name,
      o.kind,
      o.description,
      o.city,
      o.streetAddress,
      o.zip,
      o.website,
      o.email,
      o.phone,
      o.membershipStatus,
      o.joinedOn,
      o.annualDuesCents,
      o.duesPaidThrough,
      o.languages,
      o.notes,
    ]);
  }
  // In name order, as the demo seed reads its organizations back before generating people.
  const byName = [...organizations].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  const refs: DemoOrganizationRef[] = byName.map(
    ({ id, kind, membershipStatus, city, languages, joinedOn }) => ({
      id,
      kind,
      membershipStatus,
      city,
      languages,
      joinedOn,
    }),
  );
  const contacts = generateDemoContacts(fakerFor(chapter, 6), refs, sizes.contacts);
  uniqueEmails(contacts, chapter, links.takenEmails);
  contactRows(contacts, rows);
  const members: DemoMember[] = byName.map(({ id, name, kind, membershipStatus, city }) => ({
    id,
    name,
    kind,
    membershipStatus,
    city,
  }));
  prioritiesAndCampaigns(chapter, members, links, rows);
  meetingsAndAttendance(chapter, sizes, contacts, links, rows);
  drives(chapter, sizes, contacts, links, rows);
  return rows;
}
