import type { ImportCounts, RunImportInput } from '@coalition/contracts';
import { Alert, Flex, Radio, Typography } from 'antd';
import { formatCount } from '@/lib/format';

interface RunChoicesProps {
  counts: ImportCounts;
  value: RunImportInput;
  onChange: (value: RunImportInput) => void;
}

function Choice(props: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <Flex vertical gap={4}>
      <Typography.Text id={props.id} strong>
        {props.label}
      </Typography.Text>
      <Radio.Group
        aria-labelledby={props.id}
        value={props.value}
        options={props.options}
        onChange={(e) => props.onChange(e.target.value as string)}
      />
    </Flex>
  );
}

/** What to do with each class: new rows and updates are the person's call; the rest never goes in. */
export function RunChoices({ counts, value, onChange }: RunChoicesProps) {
  const notWritten = counts.duplicate + counts.invalid;
  return (
    <Flex vertical gap="middle">
      {counts.new > 0 && (
        <Choice
          id="run-choice-new"
          label={`The ${formatCount(counts.new, 'new row')}`}
          value={value.new}
          options={[
            { value: 'create', label: 'Create them' },
            { value: 'skip', label: 'Skip them' },
          ]}
          onChange={(v) => onChange({ ...value, new: v as RunImportInput['new'] })}
        />
      )}
      {counts.update > 0 && (
        <Choice
          id="run-choice-update"
          label={`The ${formatCount(counts.update, 'row that updates', 'rows that update')} an existing record`}
          value={value.update}
          options={[
            { value: 'update', label: 'Apply the changes' },
            { value: 'skip', label: 'Skip them' },
          ]}
          onChange={(v) => onChange({ ...value, update: v as RunImportInput['update'] })}
        />
      )}
      {notWritten > 0 && (
        <Alert
          type="info"
          showIcon
          title={`${formatCount(counts.duplicate, 'duplicate row')} and ${formatCount(counts.invalid, 'invalid row')} will not be written`}
          description="They go to the failures file, with the reasons, so you can fix them and import them again."
        />
      )}
    </Flex>
  );
}

/** How many rows the run will write with these choices. */
export function rowsToWrite(counts: ImportCounts, choice: RunImportInput): number {
  return (
    (choice.new === 'create' ? counts.new : 0) + (choice.update === 'update' ? counts.update : 0)
  );
}
