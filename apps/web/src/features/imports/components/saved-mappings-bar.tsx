import type { ImportDetail, ImportMapping, SavedMapping } from '@coalition/contracts';
import { App, Button, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useDeleteMapping, useSaveMapping, useSavedMappings } from '../api/use-saved-mappings';

interface SavedMappingsBarProps {
  detail: ImportDetail;
  /** The mapping as it stands on screen, to save. */
  mapping: ImportMapping;
  onApply: (saved: SavedMapping) => void;
}

/** Reuse a mapping saved for an earlier file of the same kind, or save this one under a name. */
export function SavedMappingsBar({ detail, mapping, onApply }: SavedMappingsBarProps) {
  const { message } = App.useApp();
  const saved = useSavedMappings(detail.kind);
  const save = useSaveMapping();
  const forget = useDeleteMapping();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string>();
  const mappings = saved.data ?? [];

  const apply = (id: string) => {
    const found = mappings.find((m) => m.id === id);
    setChosen(id);
    if (found) onApply(found);
  };
  const submit = () =>
    save.mutate(
      { name: name.trim(), kind: detail.kind, headers: detail.headers, mapping },
      {
        onSuccess: (m) => {
          setName('');
          void message.success(`Saved the mapping "${m.name}".`);
        },
        onError: (error) => void message.error(`Could not save the mapping: ${error.message}`),
      },
    );
  const remove = (id: string) =>
    forget.mutate(id, {
      onSuccess: () => setChosen(undefined),
      onError: (error) => void message.error(`Could not forget the mapping: ${error.message}`),
    });

  return (
    <Flex wrap gap="middle" justify="space-between">
      <Flex gap="small" align="center">
        <Select
          aria-label="Apply a saved mapping"
          placeholder={mappings.length > 0 ? 'Apply a saved mapping' : 'No saved mappings yet'}
          disabled={mappings.length === 0}
          value={chosen}
          options={mappings.map((m) => ({ value: m.id, label: m.name }))}
          onChange={apply}
          style={{ width: 260 }}
        />
        {chosen && (
          <Button type="link" loading={forget.isPending} onClick={() => remove(chosen)}>
            Forget this saved mapping
          </Button>
        )}
      </Flex>
      <Flex gap="small">
        <Input
          aria-label="Save this mapping as"
          placeholder="Save this mapping as…"
          maxLength={120}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={() => name.trim() && submit()}
          style={{ width: 240 }}
        />
        <Button disabled={!name.trim()} loading={save.isPending} onClick={submit}>
          Save mapping
        </Button>
      </Flex>
    </Flex>
  );
}
