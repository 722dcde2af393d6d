import type { FilterField } from '@coalition/contracts';
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useId } from 'react';
import type { BuilderContext } from './builder-context';
import { ConditionOperands } from './condition-operands';
import { FIELD_OPTIONS, fieldSpec } from './filter-fields';
import { type DraftCondition, withField } from './filter-model';

interface ConditionRowProps {
  condition: DraftCondition;
  ctx: BuilderContext;
}

/** One condition: what it is about, then its values; its problem, if any, right under it. */
export function ConditionRow({ condition, ctx }: ConditionRowProps) {
  const problemId = useId();
  const number = ctx.numbering.conditions.get(condition.key) ?? 0;
  const name = `condition ${number}`;
  const problem = ctx.problems.get(condition.key);
  const { field, key } = condition;
  const replace = (next: DraftCondition) => ctx.update(key, () => next);

  return (
    <div
      role="group"
      aria-label={`Condition ${number}`}
      aria-describedby={problem ? problemId : undefined}
    >
      <Flex wrap gap="small" align="center">
        <Select<FilterField>
          aria-label={`Field of ${name}`}
          placeholder="Choose a field"
          showSearch={{ optionFilterProp: 'label' }}
          virtual={false}
          options={FIELD_OPTIONS}
          value={field}
          onChange={(next) => replace(withField(condition, next))}
          disabled={ctx.readOnly}
          status={problem && !field ? 'error' : undefined}
          style={{ width: 220 }}
        />
        {field && (
          <ConditionOperands
            spec={fieldSpec(field)}
            operands={condition.operands}
            onChange={(operands) => replace({ ...condition, operands })}
            name={name}
            disabled={ctx.readOnly}
          />
        )}
        {!ctx.readOnly && (
          <Button
            type="text"
            icon={<DeleteOutlined />}
            aria-label={`Remove ${name}`}
            title={`Remove ${name}`}
            onClick={() => ctx.remove(key)}
          />
        )}
      </Flex>
      {problem && (
        <Typography.Text type="danger" id={problemId}>
          {problem}
        </Typography.Text>
      )}
    </div>
  );
}
