import {
  type EngagementBreakdown,
  engagementBreakdownSchema,
  type EngagementSettings,
  type EngagementSubjectType,
} from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { engagementKeys } from './engagement-keys';

export interface EngagementSubject {
  type: EngagementSubjectType;
  id: string;
}

const ROUTE: Record<EngagementSubjectType, string> = {
  organization: 'organizations',
  contact: 'contacts',
};

async function fetchBreakdown(
  { type, id }: EngagementSubject,
  signal: AbortSignal,
): Promise<EngagementBreakdown> {
  const answer = await apiGet<unknown>(
    `/reports/engagement/${ROUTE[type]}/${encodeURIComponent(id)}`,
    undefined,
    signal,
  );
  // The card adds up the parts: an answer of another shape must fail here, not while drawing.
  const parsed = engagementBreakdownSchema.safeParse(answer);
  if (!parsed.success) throw new Error('The server did not answer with an engagement score.');
  return parsed.data;
}

/** A record's score, its band and the parts it adds up from. */
export function useEngagementBreakdown(subject: EngagementSubject) {
  return useQuery(
    queryOptions({
      queryKey: engagementKeys.breakdown(subject.type, subject.id),
      queryFn: ({ signal }) => fetchBreakdown(subject, signal),
    }),
  );
}

/** The points and thresholds, asked only when `enabled` (roles that read reports may). */
export function useEngagementSettings(enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: engagementKeys.settings(),
      queryFn: ({ signal }) =>
        apiGet<EngagementSettings>('/reports/engagement/settings', undefined, signal),
      enabled,
    }),
  );
}
