import { type FieldError, type SegmentFilter, segmentFilterSchema } from '@coalition/contracts';
import { type DraftOperands, fieldSpec, type FieldSpec, lastMeetingMode } from './filter-fields';
import {
  type DraftCondition,
  type DraftGroup,
  type DraftNode,
  nodeAtPath,
  toFilterInput,
} from './filter-model';

/** What a tag or a list may hold (the contracts' limits, said in the builder's words). */
const MAX_VALUES = 50;
const MAX_TAG_LENGTH = 40;

/** A problem per node key: the builder shows each under its row. */
export type Problems = ReadonlyMap<string, string>;

export type DraftCheck =
  | { state: 'empty' }
  | { state: 'incomplete'; problems: Problems }
  | { state: 'valid'; filter: SegmentFilter };

const OPERAND_LABELS: Record<keyof DraftOperands | 'field', string> = {
  field: 'Field',
  values: 'Values',
  issueIds: 'Issues',
  match: 'Match',
  minLevel: 'Lowest level',
  tiers: 'Tiers',
  campaignIds: 'Campaigns',
  roles: 'Roles in the campaign',
  channels: 'Channels',
  value: 'Answer',
  after: 'On or after',
  before: 'On or before',
  never: 'Never',
  when: 'When',
};

/** The list a field's main input fills, and what it is called. */
function mainList(spec: FieldSpec, operands: DraftOperands): readonly unknown[] | undefined {
  switch (spec.input.kind) {
    case 'interest':
      return operands.issueIds;
    case 'issueTier':
      return operands.tiers;
    case 'campaign':
      return operands.campaignIds;
    case 'consent':
      return operands.channels;
    case 'yesNo':
    case 'lastMeeting':
      return undefined;
    case 'choices':
    case 'city':
    case 'tags':
      return operands.values;
  }
}

/** Which day is missing, said in the words of the mode chosen. */
function lastMeetingProblem(operands: DraftOperands): string | undefined {
  const { after, before } = operands;
  switch (lastMeetingMode(operands)) {
    case 'never':
      return undefined;
    case 'after':
      return after ? undefined : 'Choose the day the last meeting was on or after.';
    case 'before':
      return before ? undefined : 'Choose the day the last meeting was on or before.';
    case 'between':
      if (!after && !before) return 'Choose the first and the last day of the range.';
      if (!after) return 'Choose the first day of the range.';
      if (!before) return 'Choose the last day of the range.';
      // YYYY-MM-DD dates compare as text.
      return after > before ? 'The first day must not be later than the last.' : undefined;
  }
}

function conditionProblem(condition: DraftCondition): string | undefined {
  if (!condition.field) return 'Choose what this condition is about.';
  const spec = fieldSpec(condition.field);
  if (spec.input.kind === 'lastMeeting') return lastMeetingProblem(condition.operands);
  const values = mainList(spec, condition.operands);
  if (values === undefined) return undefined;
  if (values.length === 0) {
    return spec.input.kind === 'tags'
      ? 'Type at least one tag.'
      : `Choose at least one of the ${spec.noun}.`;
  }
  if (values.length > MAX_VALUES) return `Choose at most ${MAX_VALUES} ${spec.noun}.`;
  const long =
    spec.input.kind === 'tags' &&
    condition.operands.values?.find((tag) => tag.trim().length > MAX_TAG_LENGTH);
  return long ? `A tag has at most ${MAX_TAG_LENGTH} characters: "${long}" is longer.` : undefined;
}

/** Incomplete rows and empty groups, found before asking anything of the API. */
function draftProblems(root: DraftGroup): Map<string, string> {
  const problems = new Map<string, string>();
  const visit = (node: DraftNode) => {
    if (node.type === 'condition') {
      const problem = conditionProblem(node);
      if (problem) problems.set(node.key, problem);
      return;
    }
    if (node !== root && node.children.length === 0) {
      problems.set(node.key, 'This group is empty: add a condition to it, or remove it.');
    }
    node.children.forEach(visit);
  };
  visit(root);
  return problems;
}

function findNode(root: DraftGroup, key: string): DraftNode | undefined {
  const visit = (node: DraftNode): DraftNode | undefined =>
    node.key === key
      ? node
      : node.type === 'group'
        ? node.children.map(visit).find(Boolean)
        : undefined;
  return visit(root);
}

/** "Counties must name at least one value": a refusal said about the row's own input. */
function problemText(
  node: DraftNode | undefined,
  rest: readonly string[],
  message: string,
): string {
  const operand = rest[0] as keyof typeof OPERAND_LABELS | undefined;
  if (!operand) return message.charAt(0).toUpperCase() + message.slice(1);
  const label =
    operand === 'values' && node?.type === 'condition' && node.field
      ? fieldSpec(node.field).noun
      : (OPERAND_LABELS[operand] ?? rest.join('.'));
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} ${message}`;
}

/**
 * Problems named by paths into the filter (zod's, or the API's `fields` after `filter.`),
 * placed on the row they point into.
 */
export function problemsAtPaths(
  root: DraftGroup,
  errors: readonly FieldError[],
): Map<string, string> {
  const problems = new Map<string, string>();
  for (const { path, message } of errors) {
    const parts = path === '' ? [] : path.split('.');
    const { key, rest } = nodeAtPath(root, parts);
    if (!problems.has(key)) problems.set(key, problemText(findNode(root, key), rest, message));
  }
  return problems;
}

/**
 * Whether the draft can be counted: empty (nothing chosen yet), incomplete (with the reason on
 * each row), or valid, checked by the contract's own schema, as the API will check it.
 */
export function checkDraft(root: DraftGroup): DraftCheck {
  if (root.children.length === 0) return { state: 'empty' };
  const problems = draftProblems(root);
  if (problems.size > 0) return { state: 'incomplete', problems };
  const parsed = segmentFilterSchema.safeParse(toFilterInput(root));
  if (parsed.success) return { state: 'valid', filter: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
  return { state: 'incomplete', problems: problemsAtPaths(root, errors) };
}

/** The API's refusal of a filter (`fields` paths such as `filter.children.0.values`), per row. */
export function apiFilterProblems(
  root: DraftGroup,
  fields: readonly FieldError[],
): Map<string, string> {
  const prefix = 'filter';
  const own = fields
    .filter((f) => f.path === prefix || f.path.startsWith(`${prefix}.`))
    .map((f) => ({ ...f, path: f.path.slice(prefix.length + 1) }));
  return problemsAtPaths(root, own);
}
