import { type SegmentFilter, segmentFilterSchema } from '@coalition/contracts';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { MEMBER_LIST_PARAMS } from '@/lib/member-list-href';

/** A segment name is at most this long (the contract's `name`). */
const NAME_MAX = 120;

/**
 * What a report cell's link (`memberListHref`) asks of the builder: nothing, a filter to start
 * from and where it came from, or a filter that cannot be used (edited by hand, or from an older
 * version of the filters).
 */
export type MemberListLink =
  | { state: 'none' }
  | { state: 'valid'; filter: SegmentFilter; title: string | undefined }
  | { state: 'invalid' };

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export function readMemberListLink(params: URLSearchParams): MemberListLink {
  const raw = params.get(MEMBER_LIST_PARAMS.filter);
  if (raw === null) return { state: 'none' };
  const parsed = segmentFilterSchema.safeParse(parseJson(raw));
  if (!parsed.success) return { state: 'invalid' };
  const title = params.get(MEMBER_LIST_PARAMS.title)?.trim() || undefined;
  return { state: 'valid', filter: parsed.data, title };
}

/** The report title as a segment name the save form accepts. */
export function suggestedNameOf(link: MemberListLink): string | undefined {
  return link.state === 'valid' ? link.title?.slice(0, NAME_MAX) : undefined;
}

/** The link the page was opened with; read once, as the builder only starts from it. */
export function useMemberListLink(): MemberListLink {
  const [searchParams] = useSearchParams();
  const [link] = useState(() => readMemberListLink(searchParams));
  return link;
}
