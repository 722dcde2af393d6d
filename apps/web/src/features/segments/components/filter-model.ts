import {
  FILTER_MAX_CONDITIONS,
  FILTER_MAX_DEPTH,
  type FilterField,
  type FilterNode,
  type SegmentFilter,
} from '@coalition/contracts';
import { type DraftOperands, fieldSpec, lastMeetingMode, type OperandKey } from './filter-fields';

/**
 * The builder's copy of a filter tree: the contract's shape plus a stable `key` per node (for
 * React and for pinning a problem on a row), and conditions that may still be incomplete.
 */
export interface DraftCondition {
  type: 'condition';
  key: string;
  field: FilterField | undefined;
  operands: DraftOperands;
}
export interface DraftGroup {
  type: 'group';
  key: string;
  op: 'and' | 'or';
  children: DraftNode[];
}
export type DraftNode = DraftCondition | DraftGroup;

let lastKey = 0;
const newKey = (): string => `node-${++lastKey}`;

export function newCondition(): DraftCondition {
  return { type: 'condition', key: newKey(), field: undefined, operands: {} };
}

/** A new group starts with one condition to fill in, as an empty group selects nothing. */
export function newGroup(
  op: 'and' | 'or' = 'and',
  children: DraftNode[] = [newCondition()],
): DraftGroup {
  return { type: 'group', key: newKey(), op, children };
}

/** The builder's first view: one empty "All of" group. */
export function emptyDraft(): DraftGroup {
  return newGroup('and', []);
}

function fromNode(node: FilterNode): DraftNode {
  if (node.type === 'group') return newGroup(node.op, node.children.map(fromNode));
  // Everything but `type` and `field` is an operand of the condition.
  const operands = Object.fromEntries(
    Object.entries(node).filter(([name]) => name !== 'type' && name !== 'field'),
  ) as DraftOperands;
  return { type: 'condition', key: newKey(), field: node.field, operands };
}

/** A saved filter, ready to edit. */
export function draftOf(filter: SegmentFilter): DraftGroup {
  return newGroup(filter.op, filter.children.map(fromNode));
}

/** The operands the chosen mode uses, only those given: a date left from another mode is not sent. */
function lastMeetingOperands(operands: DraftOperands): DraftOperands {
  const mode = lastMeetingMode(operands);
  if (mode === 'never') return { never: true };
  const picked: DraftOperands = {};
  if (mode !== 'before' && operands.after !== undefined) picked.after = operands.after;
  if (mode !== 'after' && operands.before !== undefined) picked.before = operands.before;
  return picked;
}

/** Only the operands the field takes; an empty optional list ("any role") is left out. */
function operandsFor(field: FilterField, operands: DraftOperands): DraftOperands {
  const spec = fieldSpec(field);
  if (spec.input.kind === 'lastMeeting') return lastMeetingOperands(operands);
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(spec.defaults) as OperandKey[]) {
    const value = operands[key];
    if (key === 'roles' && Array.isArray(value) && value.length === 0) continue;
    if (value !== undefined) picked[key] = value;
  }
  return picked;
}

/** The draft in the contract's shape (not yet checked). */
export function toFilterInput(node: DraftNode): unknown {
  if (node.type === 'group') {
    return { type: 'group', op: node.op, children: node.children.map(toFilterInput) };
  }
  return {
    type: 'condition',
    field: node.field,
    ...(node.field && operandsFor(node.field, node.operands)),
  };
}

// --- Changing the tree ------------------------------------------------------------------

/** The tree with the node `key` replaced by what `change` makes of it. */
export function updateNode(
  root: DraftGroup,
  key: string,
  change: (node: DraftNode) => DraftNode,
): DraftGroup {
  const visit = (node: DraftNode): DraftNode => {
    if (node.key === key) return change(node);
    if (node.type === 'condition') return node;
    return { ...node, children: node.children.map(visit) };
  };
  return visit(root) as DraftGroup;
}

export function removeNode(root: DraftGroup, key: string): DraftGroup {
  const visit = (group: DraftGroup): DraftGroup => ({
    ...group,
    children: group.children
      .filter((child) => child.key !== key)
      .map((child) => (child.type === 'group' ? visit(child) : child)),
  });
  return visit(root);
}

export function addChild(root: DraftGroup, groupKey: string, child: DraftNode): DraftGroup {
  return updateNode(root, groupKey, (group) =>
    group.type === 'group' ? { ...group, children: [...group.children, child] } : group,
  );
}

/** Choosing another field starts its operands afresh: a county list means nothing to "Dues". */
export function withField(condition: DraftCondition, field: FilterField): DraftCondition {
  return { ...condition, field, operands: { ...fieldSpec(field).defaults } };
}

// --- Reading the tree -------------------------------------------------------------------

/**
 * Conditions and nested groups numbered in reading order (1, 2, 3…), for labels such as
 * "Field of condition 2" and "Add condition to group 1".
 */
export interface Numbering {
  conditions: Map<string, number>;
  groups: Map<string, number>;
  /** Depth of each group, the root counting as 1. */
  depths: Map<string, number>;
  conditionCount: number;
}

export function numberTree(root: DraftGroup): Numbering {
  const numbering: Numbering = {
    conditions: new Map(),
    groups: new Map(),
    depths: new Map(),
    conditionCount: 0,
  };
  const visit = (node: DraftNode, depth: number) => {
    if (node.type === 'condition') {
      numbering.conditions.set(node.key, (numbering.conditionCount += 1));
      return;
    }
    // The root is "the filter"; the groups inside it are numbered from 1.
    if (depth > 1) numbering.groups.set(node.key, numbering.groups.size + 1);
    numbering.depths.set(node.key, depth);
    for (const child of node.children) visit(child, depth + 1);
  };
  visit(root, 1);
  return numbering;
}

export const canAddGroupAt = (depth: number): boolean => depth < FILTER_MAX_DEPTH;
export const canAddCondition = (count: number): boolean => count < FILTER_MAX_CONDITIONS;

/**
 * The key of the node a path points into (`children.1.children.0.minLevel` → the first child
 * of the second child) and the rest of the path (`minLevel`): where a problem goes.
 */
export function nodeAtPath(
  root: DraftGroup,
  path: readonly (string | number)[],
): { key: string; rest: string[] } {
  let node: DraftNode = root;
  let i = 0;
  while (node.type === 'group' && path[i] === 'children') {
    const child: DraftNode | undefined = node.children[Number(path[i + 1])];
    if (!child) break;
    node = child;
    i += 2;
  }
  return { key: node.key, rest: path.slice(i).map(String) };
}
