import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { CreateActionItemInput } from '@coalition/contracts';
import { Button, DatePicker, Flex, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { OwnerSelect, ownerFields } from './owner-select';

export interface ActionItemDraft {
  key: number;
  text: string;
  owner: string;
  dueOn: Dayjs | null;
}

export function toActionItemInput(draft: ActionItemDraft): CreateActionItemInput {
  return {
    text: draft.text.trim(),
    ...ownerFields(draft.owner),
    dueOn: draft.dueOn ? draft.dueOn.format('YYYY-MM-DD') : null,
  };
}

interface ActionItemDraftsProps {
  drafts: ActionItemDraft[];
  onChange: (drafts: ActionItemDraft[]) => void;
  people: { id: string; name: string }[];
}

/** The action items agreed at the meeting, saved with it. */
export function ActionItemDrafts({ drafts, onChange, people }: ActionItemDraftsProps) {
  const update = (draft: ActionItemDraft, patch: Partial<ActionItemDraft>) =>
    onChange(drafts.map((d) => (d === draft ? { ...d, ...patch } : d)));
  return (
    <Flex vertical gap="small">
      {drafts.map((draft, i) => (
        <Flex key={draft.key} gap="small" wrap align="center">
          <Input
            aria-label={`Action item ${i + 1}`}
            placeholder="What needs doing"
            value={draft.text}
            onChange={(e) => update(draft, { text: e.target.value })}
            style={{ width: 320 }}
          />
          <OwnerSelect
            label={`Owner of action item ${i + 1}`}
            value={draft.owner}
            onChange={(owner) => update(draft, { owner })}
            people={people}
          />
          <DatePicker
            aria-label={`Due date of action item ${i + 1}`}
            value={draft.dueOn}
            onChange={(dueOn: Dayjs | null) => update(draft, { dueOn })}
          />
          <Button
            type="text"
            icon={<DeleteOutlined />}
            aria-label={`Remove action item ${i + 1}`}
            onClick={() => onChange(drafts.filter((d) => d !== draft))}
          />
        </Flex>
      ))}
      <Button
        icon={<PlusOutlined />}
        style={{ alignSelf: 'start' }}
        onClick={() =>
          onChange([
            ...drafts,
            { key: Date.now() + drafts.length, text: '', owner: '', dueOn: null },
          ])
        }
      >
        Add an action item
      </Button>
    </Flex>
  );
}
