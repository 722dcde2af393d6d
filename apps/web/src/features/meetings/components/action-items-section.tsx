import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { ActionItem, MeetingDetail } from '@coalition/contracts';
import { Alert, Button, Card, Checkbox, DatePicker, Flex, Input, List, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useActionItemWrites } from '../api/use-meeting-mutations';
import { OwnerSelect, ownerFields } from './owner-select';

interface Draft {
  text: string;
  owner: string;
  dueOn: Dayjs | null;
}

const ownerValue = (item: ActionItem): string =>
  item.owner ? `${item.owner.kind}:${item.owner.id}` : '';

function ItemEditor(props: {
  label: string;
  initial: Draft;
  people: { id: string; name: string }[];
  saving: boolean;
  onSave: (draft: Draft) => void;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState(props.initial);
  return (
    <Flex gap="small" wrap align="center">
      <Input
        aria-label={`${props.label} text`}
        placeholder="What needs doing"
        value={draft.text}
        onChange={(e) => setDraft({ ...draft, text: e.target.value })}
        onPressEnter={() => draft.text.trim() && props.onSave(draft)}
        style={{ width: 300 }}
      />
      <OwnerSelect
        label={`${props.label} owner`}
        value={draft.owner}
        onChange={(owner) => setDraft({ ...draft, owner })}
        people={props.people}
      />
      <DatePicker
        aria-label={`${props.label} due date`}
        value={draft.dueOn}
        onChange={(dueOn: Dayjs | null) => setDraft({ ...draft, dueOn })}
      />
      <Button
        type="primary"
        loading={props.saving}
        disabled={!draft.text.trim()}
        onClick={() => props.onSave(draft)}
      >
        Save
      </Button>
      {props.onCancel && <Button onClick={props.onCancel}>Cancel</Button>}
    </Flex>
  );
}

const toFields = (draft: Draft) => ({
  text: draft.text.trim(),
  ...ownerFields(draft.owner),
  dueOn: draft.dueOn ? draft.dueOn.format('YYYY-MM-DD') : null,
});

/** What was agreed: tick when done, edit, add, delete. */
export function ActionItemsSection({
  meeting,
  canWrite,
}: {
  meeting: MeetingDetail;
  canWrite: boolean;
}) {
  const writes = useActionItemWrites(meeting.id);
  const [editing, setEditing] = useState<string>();
  const [adding, setAdding] = useState(0);
  const people = meeting.attendance.map((a) => ({ id: a.contact.id, name: a.contact.displayName }));
  const error = writes.update.error ?? writes.create.error ?? writes.remove.error;
  const stale = isApiError(error) && error.statusCode === 409;

  return (
    <Card
      title={`Action items (${meeting.actionItems.filter((i) => !i.done).length} open)`}
      size="small"
    >
      <Flex vertical gap="small">
        {error && (
          <Alert
            type={stale ? 'warning' : 'error'}
            showIcon
            title={
              stale ? 'Someone else changed this item meanwhile' : 'Could not save the action item'
            }
            description={
              stale ? 'Load the latest version, then make your change again.' : error.message
            }
            action={
              stale ? (
                <Button
                  size="small"
                  onClick={() => {
                    writes.update.reset();
                    void writes.refresh();
                  }}
                >
                  Load latest
                </Button>
              ) : undefined
            }
          />
        )}
        <List
          size="small"
          aria-label="Action items"
          dataSource={meeting.actionItems}
          locale={{ emptyText: 'No action items.' }}
          renderItem={(item) =>
            editing === item.id ? (
              <List.Item>
                <ItemEditor
                  label="Edited action item"
                  initial={{
                    text: item.text,
                    owner: ownerValue(item),
                    dueOn: item.dueOn ? dayjs(item.dueOn) : null,
                  }}
                  people={people}
                  saving={writes.update.isPending}
                  onCancel={() => setEditing(undefined)}
                  onSave={(draft) =>
                    writes.update.mutate(
                      { id: item.id, ...toFields(draft), version: item.version },
                      { onSuccess: () => setEditing(undefined) },
                    )
                  }
                />
              </List.Item>
            ) : (
              <List.Item
                actions={
                  canWrite
                    ? [
                        <Button
                          key="edit"
                          type="text"
                          icon={<EditOutlined />}
                          aria-label={`Edit ${item.text}`}
                          onClick={() => setEditing(item.id)}
                        />,
                        <Button
                          key="delete"
                          type="text"
                          icon={<DeleteOutlined />}
                          aria-label={`Delete ${item.text}`}
                          onClick={() => writes.remove.mutate(item.id)}
                        />,
                      ]
                    : []
                }
              >
                <Flex gap="small" align="center" wrap>
                  <Checkbox
                    aria-label={`Done: ${item.text}`}
                    checked={item.done}
                    disabled={!canWrite}
                    onChange={(e) =>
                      writes.update.mutate({
                        id: item.id,
                        done: e.target.checked,
                        version: item.version,
                      })
                    }
                  />
                  <Typography.Text delete={item.done}>{item.text}</Typography.Text>
                  {item.owner && (
                    <Typography.Text type="secondary">{item.owner.name}</Typography.Text>
                  )}
                  {item.dueOn && (
                    <Typography.Text type="secondary">{`Due ${formatDate(item.dueOn)}`}</Typography.Text>
                  )}
                </Flex>
              </List.Item>
            )
          }
        />
        {canWrite && (
          <ItemEditor
            key={adding}
            label="New action item"
            initial={{ text: '', owner: '', dueOn: null }}
            people={people}
            saving={writes.create.isPending}
            onSave={(draft) =>
              writes.create.mutate(toFields(draft), { onSuccess: () => setAdding(adding + 1) })
            }
          />
        )}
      </Flex>
    </Card>
  );
}
