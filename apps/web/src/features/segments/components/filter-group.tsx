import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Tooltip, Typography, theme } from 'antd';
import { useId } from 'react';
import type { BuilderContext } from './builder-context';
import { ConditionRow } from './condition-row';
import {
  canAddCondition,
  canAddGroupAt,
  type DraftGroup,
  newCondition,
  newGroup,
} from './filter-model';

interface FilterGroupProps {
  group: DraftGroup;
  ctx: BuilderContext;
  /** The whole filter: it cannot be removed, and it is named "the filter", not "group N". */
  root?: boolean;
}

const OP_OPTIONS = [
  { value: 'and', label: 'All of' },
  { value: 'or', label: 'Any of' },
];

function GroupButtons({
  group,
  ctx,
  name,
}: {
  group: DraftGroup;
  ctx: BuilderContext;
  name: string;
}) {
  const depth = ctx.numbering.depths.get(group.key) ?? 1;
  const roomForConditions = canAddCondition(ctx.numbering.conditionCount);
  const roomForGroups = canAddGroupAt(depth);
  return (
    <Flex gap="small" wrap>
      <Tooltip title={roomForConditions ? undefined : 'A filter holds at most 50 conditions.'}>
        <Button
          icon={<PlusOutlined />}
          aria-label={`Add condition to ${name}`}
          disabled={!roomForConditions}
          onClick={() => ctx.add(group.key, newCondition())}
        >
          Add condition
        </Button>
      </Tooltip>
      <Tooltip title={roomForGroups ? undefined : 'Groups nest at most 5 levels deep.'}>
        <Button
          icon={<PlusOutlined />}
          aria-label={`Add group to ${name}`}
          disabled={!roomForGroups || !roomForConditions}
          onClick={() => ctx.add(group.key, newGroup(group.op === 'and' ? 'or' : 'and'))}
        >
          Add group
        </Button>
      </Tooltip>
    </Flex>
  );
}

/** A group of conditions joined by "all of" or "any of", with its nested groups inside. */
export function FilterGroup({ group, ctx, root = false }: FilterGroupProps) {
  const { token } = theme.useToken();
  const problemId = useId();
  const name = root ? 'the filter' : `group ${ctx.numbering.groups.get(group.key) ?? 0}`;
  const problem = ctx.problems.get(group.key);
  const title = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;

  return (
    <Flex
      vertical
      gap="small"
      role="group"
      aria-label={title}
      aria-describedby={problem ? problemId : undefined}
      style={
        root
          ? undefined
          : {
              padding: token.paddingSM,
              borderInlineStart: `3px solid ${token.colorPrimaryBorder}`,
              background: token.colorFillQuaternary,
              borderRadius: token.borderRadius,
            }
      }
    >
      <Flex align="center" gap="small" wrap>
        <Typography.Text>{root ? 'Members who match' : 'Match'}</Typography.Text>
        <Select<'and' | 'or'>
          aria-label={`${title} requires`}
          options={OP_OPTIONS}
          value={group.op}
          onChange={(op) => ctx.update(group.key, (node) => ({ ...node, op }) as DraftGroup)}
          disabled={ctx.readOnly}
          style={{ width: 100 }}
        />
        <Typography.Text>these conditions</Typography.Text>
        {!root && !ctx.readOnly && (
          <Button
            type="text"
            icon={<DeleteOutlined />}
            aria-label={`Remove ${name}`}
            title={`Remove ${name}`}
            onClick={() => ctx.remove(group.key)}
          />
        )}
      </Flex>
      {group.children.map((child) =>
        child.type === 'group' ? (
          <FilterGroup key={child.key} group={child} ctx={ctx} />
        ) : (
          <ConditionRow key={child.key} condition={child} ctx={ctx} />
        ),
      )}
      {problem && (
        <Typography.Text type="danger" id={problemId}>
          {problem}
        </Typography.Text>
      )}
      {!ctx.readOnly && <GroupButtons group={group} ctx={ctx} name={name} />}
    </Flex>
  );
}
