import type { SegmentSummary } from '@coalition/contracts';
import { Select, type SelectProps, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { formatCount } from '@/lib/format';
import { useSegmentChoice, useSegmentChoices } from '../api/use-segment-choices';

const SEARCH_DEBOUNCE_MS = 250;

interface SegmentPickerProps extends Omit<
  SelectProps<string>,
  'options' | 'showSearch' | 'mode' | 'value' | 'onChange'
> {
  value?: string;
  onChange?: (value: string | undefined) => void;
}

function useDebounced(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

const optionOf = (segment: Pick<SegmentSummary, 'id' | 'name' | 'counts'>) => ({
  value: segment.id,
  label: `${segment.name} (${formatCount(segment.counts.contacts, 'person', 'people')})`,
});

/**
 * Picks a saved segment by typing part of its name: the API searches. A segment chosen before
 * the list was opened (the Segments page links here with it) is read by id for its name.
 */
export function SegmentPicker({ value, onChange, ...rest }: SegmentPickerProps) {
  const [typed, setTyped] = useState('');
  const [opened, setOpened] = useState(false);
  const q = useDebounced(typed);
  const choices = useSegmentChoices(q, opened);
  const items = choices.data?.items;
  const listed = items?.some((segment) => segment.id === value) ?? false;
  const chosen = useSegmentChoice(listed ? undefined : value);

  const options = useMemo(() => {
    const list = (items ?? []).map(optionOf);
    return chosen.data && !list.some((o) => o.value === chosen.data.id)
      ? [optionOf(chosen.data), ...list]
      : list;
  }, [items, chosen.data]);

  return (
    <Select<string>
      {...rest}
      value={value}
      onChange={(next) => onChange?.(next)}
      allowClear
      loading={chosen.isFetching}
      placeholder="Type to search saved segments"
      showSearch={{ filterOption: false, onSearch: setTyped }}
      onOpenChange={(open) => open && setOpened(true)}
      options={options}
      notFoundContent={
        choices.isFetching ? (
          <Spin size="small" />
        ) : choices.error ? (
          `Could not search: ${choices.error.message}`
        ) : q ? (
          'No saved segment matches.'
        ) : (
          'No saved segments yet.'
        )
      }
    />
  );
}
