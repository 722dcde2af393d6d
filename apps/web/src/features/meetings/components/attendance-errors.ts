import { isApiError } from '@/lib/api-client';

/** A 400 about attendance, split into what belongs on one person's row and the rest. */
export interface AttendanceErrors {
  /** By position in the attendance sent, the problems with that person, as sentences. */
  byIndex: Map<number, string[]>;
  /** What is not about one person, for the alert. */
  rest: string[];
}

const SUBJECTS: Record<string, (name: string) => string> = {
  contactId: (name) => name,
  organizationId: () => 'The organization',
  status: () => 'The status',
};

/**
 * `list` is the body's attendance list (`attendance` → `attendance.2.contactId`); left out for a
 * write about one person, whose fields are named alone (`contactId`, `organizationId`).
 */
export function attendanceErrors(
  error: unknown,
  nameAt: (index: number) => string | undefined,
  list?: string,
): AttendanceErrors {
  const byIndex = new Map<number, string[]>();
  const rest: string[] = [];
  const fields = isApiError(error) && error.statusCode === 400 ? (error.body.fields ?? []) : [];
  const pattern = list ? new RegExp(`^${list}\\.(\\d+)\\.(\\w+)$`) : /^()(\w+)$/;
  for (const { path, message } of fields) {
    const match = pattern.exec(path);
    const index = match ? Number(match[1] || 0) : -1;
    const name = nameAt(index);
    const subject = match?.[2] ? SUBJECTS[match[2]] : undefined;
    if (name !== undefined && subject) {
      byIndex.set(index, [...(byIndex.get(index) ?? []), `${subject(name)} ${message}`]);
    } else {
      rest.push(`${path}: ${message}`);
    }
  }
  return { byIndex, rest };
}

/** What the alert says: the problems not shown on a row, else where to look, else the message. */
export function alertText(error: Error, errors: AttendanceErrors): string {
  if (errors.rest.length > 0) return errors.rest.join('; ');
  if (errors.byIndex.size > 0) return 'See the people marked in the attendance.';
  return error.message;
}
