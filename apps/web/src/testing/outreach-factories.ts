import type {
  CallerList,
  Commitment,
  CommitmentListResponse,
  DriveDetail,
  DriveListResponse,
  DriveProgress,
  DriveSummary,
  NextTargetResponse,
  OrganizerProgress,
  OutreachActivityItem,
  OutreachActivityResponse,
  OutreachAttempt,
  SegmentDetail,
  Target,
  TargetListResponse,
  UserRef,
} from '@coalition/contracts';

let sequence = 0;
const nextId = (): string => `50000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export function buildUserRef(overrides: Partial<UserRef> = {}): UserRef {
  return { id: nextId(), name: `Organizer ${sequence}`, ...overrides };
}

export function buildDriveProgress(overrides: Partial<DriveProgress> = {}): DriveProgress {
  return { targets: 0, worked: 0, reached: 0, committed: 0, done: 0, ...overrides };
}

export function buildDriveSummary(overrides: Partial<DriveSummary> = {}): DriveSummary {
  return {
    id: nextId(),
    name: `Drive ${sequence}`,
    segment: { id: nextId(), name: `Segment ${sequence}` },
    goal: null,
    channel: 'phone',
    startsOn: '2025-09-02',
    endsOn: '2025-09-30',
    createdBy: buildUserRef(),
    progress: buildDriveProgress(),
    myOpenTargets: 0,
    version: 1,
    archivedAt: null,
    createdAt: '2025-09-01T15:04:05.000Z',
    updatedAt: '2025-09-01T15:04:05.000Z',
    ...overrides,
  };
}

export function buildDriveList(
  items: DriveSummary[],
  overrides: Partial<DriveListResponse> = {},
): DriveListResponse {
  return { items, total: items.length, page: 1, pageSize: 25, ...overrides };
}

export function buildOrganizerProgress(
  overrides: Partial<OrganizerProgress> = {},
): OrganizerProgress {
  return { ...buildDriveProgress(), assignee: buildUserRef(), ...overrides };
}

export function buildDriveDetail(overrides: Partial<DriveDetail> = {}): DriveDetail {
  return {
    ...buildDriveSummary(),
    script: null,
    byOrganizer: [],
    byOutcome: [],
    ...overrides,
  };
}

export function buildAttempt(overrides: Partial<OutreachAttempt> = {}): OutreachAttempt {
  return {
    id: nextId(),
    targetId: nextId(),
    outcome: 'no_answer',
    note: null,
    followUpOn: null,
    loggedBy: buildUserRef(),
    loggedAt: '2025-09-03T15:04:05.000Z',
    ...overrides,
  };
}

export function buildTarget(overrides: Partial<Target> = {}): Target {
  const n = ++sequence;
  return {
    id: nextId(),
    driveId: nextId(),
    contact: {
      id: nextId(),
      displayName: `Ana Pereira ${n}`,
      pronouns: null,
      languages: ['pt', 'en'],
      reachAt: '(617) 555-0100',
    },
    organization: null,
    assignee: null,
    state: 'untried',
    lastOutcome: null,
    followUpOn: null,
    attempts: [],
    version: 1,
    ...overrides,
  };
}

export function buildTargetList(
  items: Target[],
  overrides: Partial<TargetListResponse> = {},
): TargetListResponse {
  return { items, total: items.length, page: 1, pageSize: 25, ...overrides };
}

export function buildNextTarget(
  target: Target | null,
  remaining = target ? 1 : 0,
): NextTargetResponse {
  return { target, remaining };
}

export function buildCommitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    attemptId: nextId(),
    targetId: nextId(),
    contact: { id: nextId(), displayName: `Person ${sequence}` },
    organization: null,
    note: null,
    followUpOn: null,
    loggedBy: buildUserRef(),
    loggedAt: '2025-09-03T15:04:05.000Z',
    ...overrides,
  };
}

export function buildCommitmentList(
  items: Commitment[],
  overrides: Partial<CommitmentListResponse> = {},
): CommitmentListResponse {
  return { items, total: items.length, page: 1, pageSize: 10, ...overrides };
}

export function buildCallerList(names: string[]): CallerList {
  return { items: names.map((name) => buildUserRef({ name })) };
}

export function buildActivityItem(
  overrides: Partial<OutreachActivityItem> = {},
): OutreachActivityItem {
  return {
    ...buildAttempt(),
    drive: { id: nextId(), name: `Drive ${sequence}`, channel: 'phone' },
    contact: { id: nextId(), displayName: `Person ${sequence}` },
    organization: null,
    ...overrides,
  };
}

export function buildActivityList(
  items: OutreachActivityItem[],
  overrides: Partial<OutreachActivityResponse> = {},
): OutreachActivityResponse {
  return { items, total: items.length, page: 1, pageSize: 10, ...overrides };
}

/** A saved segment as `GET /api/segments/:id` answers it, for the drive form's picker. */
export function buildSegment(overrides: Partial<SegmentDetail> = {}): SegmentDetail {
  return {
    id: nextId(),
    name: `Segment ${sequence}`,
    description: null,
    filter: { type: 'group', op: 'and', children: [] },
    owner: buildUserRef(),
    shared: true,
    counts: { organizations: 0, contacts: 0 },
    version: 1,
    archivedAt: null,
    createdAt: '2025-08-01T15:04:05.000Z',
    updatedAt: '2025-08-01T15:04:05.000Z',
    history: [],
    ...overrides,
  };
}
