import type { MeetingDetail, SheetLine } from '@coalition/contracts';
import { Alert, Button, Flex, Input, Modal, Table, Tag, Typography } from 'antd';
import { type ChangeEvent, useState } from 'react';
import { useMeetingWrites } from '../api/use-meeting-mutations';
import { HostSelect } from './choice-selects';
import {
  initialChoice,
  type LineChoice,
  linesFromCsv,
  newChoice,
  toConfirmInput,
} from './sheet-model';

interface SignInSheetModalProps {
  meeting: MeetingDetail;
  onClose: () => void;
}

const STATUS_COLOR = { matched: 'green', ambiguous: 'orange', new: 'blue' } as const;

function ChoiceCell(props: {
  line: SheetLine;
  choice: LineChoice;
  onChange: (c: LineChoice) => void;
}) {
  const { line, choice, onChange } = props;
  const value = choice.kind === 'contact' ? choice.contactId : choice.kind;
  return (
    <Flex vertical gap={4}>
      <select
        aria-label={`Who is line ${line.lineNumber}`}
        value={value}
        onChange={(e) => {
          const v = e.target.value;
          if (v === 'new') onChange(newChoice(line));
          else if (v === 'skip' || v === 'undecided') onChange({ kind: v });
          else onChange({ kind: 'contact', contactId: v });
        }}
      >
        {choice.kind === 'undecided' && <option value="undecided">Choose…</option>}
        {line.candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {`${c.displayName}${c.email ? ` <${c.email}>` : ''} (${Math.round(c.confidence * 100)}%)`}
          </option>
        ))}
        <option value="new">New person</option>
        <option value="skip">Leave out</option>
      </select>
      {choice.kind === 'new' && (
        <Flex gap={4} wrap>
          {(['firstName', 'lastName', 'email'] as const).map((field) => (
            <Input
              key={field}
              size="small"
              aria-label={`Line ${line.lineNumber} ${field === 'firstName' ? 'first name' : field === 'lastName' ? 'last name' : 'email'}`}
              value={choice[field]}
              onChange={(e) => onChange({ ...choice, [field]: e.target.value })}
              style={{ width: 150 }}
            />
          ))}
          <HostSelect
            label={`Line ${line.lineNumber} organization`}
            value={choice.organizationId}
            onChange={(organizationId) => onChange({ ...choice, organizationId })}
          />
        </Flex>
      )}
    </Flex>
  );
}

/** Paste a sign-in sheet (or pick a CSV file), review each line's match, record who came. */
export function SignInSheetModal({ meeting, onClose }: SignInSheetModalProps) {
  const { readSheet, confirmSheet } = useMeetingWrites(meeting.id);
  const [text, setText] = useState('');
  const [lines, setLines] = useState<SheetLine[]>();
  const [choices, setChoices] = useState<LineChoice[]>([]);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void file.text().then((csv) => setText(linesFromCsv(csv)));
  };

  const match = () =>
    readSheet.mutate(text, {
      onSuccess: (answer) => {
        setLines(answer.lines);
        setChoices(answer.lines.map(initialChoice));
      },
    });

  const undecided = choices.some(
    (c) =>
      c.kind === 'undecided' || (c.kind === 'new' && (!c.firstName.trim() || !c.lastName.trim())),
  );
  const input = lines ? toConfirmInput(lines, choices) : undefined;
  const error = readSheet.error ?? confirmSheet.error;

  return (
    <Modal
      open
      width={900}
      title="Sign-in sheet"
      onCancel={onClose}
      footer={
        lines ? (
          <Flex gap="small" justify="end">
            <Button onClick={() => setLines(undefined)}>Back</Button>
            <Button
              type="primary"
              disabled={undecided || !input?.entries.length}
              loading={confirmSheet.isPending}
              onClick={() => input && confirmSheet.mutate(input, { onSuccess: onClose })}
            >
              {`Record ${input?.entries.length ?? 0} as attended`}
            </Button>
          </Flex>
        ) : (
          <Flex gap="small" justify="end">
            <Button onClick={onClose}>Cancel</Button>
            <Button
              type="primary"
              disabled={!text.trim()}
              loading={readSheet.isPending}
              onClick={match}
            >
              Match names
            </Button>
          </Flex>
        )
      }
    >
      {error && (
        <Alert type="error" showIcon title="Could not read the sheet" description={error.message} />
      )}
      {lines ? (
        <Table<SheetLine>
          rowKey="lineNumber"
          size="small"
          pagination={false}
          dataSource={lines}
          columns={[
            { key: 'n', title: 'Line', render: (_: unknown, l: SheetLine) => l.lineNumber },
            { key: 'text', title: 'As written', render: (_: unknown, l: SheetLine) => l.text },
            {
              key: 'status',
              title: 'Match',
              render: (_: unknown, l: SheetLine) => (
                <Tag color={STATUS_COLOR[l.status]}>{l.status}</Tag>
              ),
            },
            {
              key: 'choice',
              title: 'Record as',
              render: (_: unknown, l: SheetLine, i: number) => (
                <ChoiceCell
                  line={l}
                  choice={choices[i] ?? { kind: 'skip' }}
                  onChange={(c) => setChoices(choices.map((old, j) => (j === i ? c : old)))}
                />
              ),
            },
          ]}
        />
      ) : (
        <Flex vertical gap="small">
          <Typography.Text>One person per line: a name, an email, or both.</Typography.Text>
          <Input.TextArea
            aria-label="Sign-in sheet lines"
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <label>
            {'Or pick a CSV file: '}
            <input
              type="file"
              accept=".csv,text/csv"
              aria-label="Sign-in sheet CSV file"
              onChange={onFile}
            />
          </label>
        </Flex>
      )}
    </Modal>
  );
}
