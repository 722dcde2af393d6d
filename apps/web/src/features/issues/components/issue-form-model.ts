import {
  type CreateIssue,
  createIssueSchema,
  type IssueDetail,
  type IssueStatus,
  type IssueTier,
  type UpdateIssueInput,
} from '@coalition/contracts';
import { createZodForm } from '@/lib/zod-form';
import { currentSession } from './issue-options';

/** What the form holds; the same shape as the API takes. */
export interface IssueFormValues {
  title?: string;
  summary?: string | null;
  tier?: IssueTier;
  session?: string;
  status: IssueStatus;
}

export const ISSUE_FIELD_LABELS: Record<keyof IssueFormValues, string> = {
  title: 'Title',
  summary: 'Summary',
  tier: 'Tier',
  session: 'Legislative session',
  status: 'Status',
};

export function newIssueValues(): IssueFormValues {
  return { status: 'active', session: currentSession() };
}

export function toIssueFormValues(issue: IssueDetail): IssueFormValues {
  return {
    title: issue.title,
    summary: issue.summary,
    tier: issue.tier as IssueTier,
    session: issue.session,
    status: issue.status,
  };
}

/** Client-side validation is the contract's schema itself, adapted to antd. */
export const issueForm = createZodForm({
  schema: createIssueSchema,
  toInput: (values: IssueFormValues) => ({ ...values }),
  labels: ISSUE_FIELD_LABELS,
});

const sameValue = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null);

/**
 * The PATCH body: only what differs from the issue the form was filled from, plus the version
 * read, so a save made in between is refused (409) rather than overwritten.
 */
export function issueChanges(base: IssueDetail, data: CreateIssue): UpdateIssueInput {
  const changes: Partial<CreateIssue> = {};
  for (const key of Object.keys(data) as (keyof CreateIssue)[]) {
    if (!sameValue(data[key], base[key])) Object.assign(changes, { [key]: data[key] });
  }
  return { ...changes, version: base.version };
}

export function hasChanges(update: UpdateIssueInput): boolean {
  return Object.keys(update).some((key) => key !== 'version');
}
