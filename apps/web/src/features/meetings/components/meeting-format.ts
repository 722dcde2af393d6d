import type { MeetingSummary } from '@coalition/contracts';
import dayjs from 'dayjs';

/** `Sep 4, 2025, 6:00 PM – 8:00 PM`, the end day repeated only when it differs. */
export function formatWhen(meeting: Pick<MeetingSummary, 'startsAt' | 'endsAt'>): string {
  const start = dayjs(meeting.startsAt);
  const text = start.format('MMM D, YYYY, h:mm A');
  if (!meeting.endsAt) return text;
  const end = dayjs(meeting.endsAt);
  return `${text} – ${end.isSame(start, 'day') ? end.format('h:mm A') : end.format('MMM D, YYYY, h:mm A')}`;
}

/** Now, rounded to the nearest quarter hour: when people arrive at the door. */
export function roundedNow(): dayjs.Dayjs {
  const now = dayjs();
  const minutes = Math.round(now.minute() / 15) * 15;
  return now.minute(0).second(0).millisecond(0).add(minutes, 'minute');
}

export function formatRate(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}
