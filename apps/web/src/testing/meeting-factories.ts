import type {
  ActionItem,
  ActionItemListResponse,
  AttendeeMatch,
  MeetingDetail,
  MeetingHistoryResponse,
  MeetingListResponse,
  MeetingSummary,
  OpenActionItem,
} from '@coalition/contracts';

let sequence = 0;
const nextId = (): string => `60000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;
export const meetingTestId = nextId;

export function buildMeetingSummary(overrides: Partial<MeetingSummary> = {}): MeetingSummary {
  return {
    id: nextId(),
    title: `Meeting ${sequence}`,
    type: 'general_assembly',
    startsAt: '2025-09-04T22:00:00.000Z',
    endsAt: null,
    place: null,
    onlineUrl: null,
    host: null,
    issues: [],
    campaigns: [],
    counts: { attended: 0, registered: 0, noShow: 0, organizations: 0 },
    openActionItems: 0,
    version: 1,
    archivedAt: null,
    createdAt: '2025-09-01T12:00:00.000Z',
    updatedAt: '2025-09-01T12:00:00.000Z',
    ...overrides,
  };
}

export function buildMeetingList(items: MeetingSummary[]): MeetingListResponse {
  return { items, total: items.length, page: 1, pageSize: 25 };
}

export function buildMeetingDetail(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    ...buildMeetingSummary(),
    agenda: null,
    notes: null,
    attendance: [],
    organizationsPresent: [],
    actionItems: [],
    ...overrides,
  };
}

export function buildAttendeeMatch(overrides: Partial<AttendeeMatch> = {}): AttendeeMatch {
  return {
    id: nextId(),
    displayName: `Person ${sequence}`,
    email: null,
    phone: null,
    organizations: [],
    ...overrides,
  };
}

export function buildActionItem(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: nextId(),
    meetingId: nextId(),
    text: `Action ${sequence}`,
    owner: null,
    dueOn: null,
    done: false,
    doneAt: null,
    version: 1,
    ...overrides,
  };
}

export function buildOpenActionItem(overrides: Partial<OpenActionItem> = {}): OpenActionItem {
  const item = buildActionItem(overrides);
  return {
    ...item,
    meeting: { id: item.meetingId, title: 'General assembly', startsAt: '2025-09-04T22:00:00.000Z' },
    ...overrides,
  };
}

export function buildActionItemList(items: OpenActionItem[]): ActionItemListResponse {
  return { items, total: items.length, page: 1, pageSize: 100 };
}

export function buildMeetingHistory(
  overrides: Partial<MeetingHistoryResponse> = {},
): MeetingHistoryResponse {
  return {
    items: [],
    total: 0,
    page: 1,
    pageSize: 25,
    attendanceRate: null,
    trainingsCompleted: 0,
    ...overrides,
  };
}
