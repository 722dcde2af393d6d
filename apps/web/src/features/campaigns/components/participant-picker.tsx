import { Select, type SelectProps, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useContactChoices, useOrganizationChoices } from '../api/use-choices';

const SEARCH_DEBOUNCE_MS = 250;

export type ParticipantKind = 'organization' | 'contact';

interface ParticipantPickerProps extends Omit<
  SelectProps<string>,
  'options' | 'showSearch' | 'mode'
> {
  kind: ParticipantKind;
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

/**
 * Picks a member organization or a person by typing part of the name: the API searches
 * (there are hundreds of organizations and thousands of people), not the browser.
 */
export function ParticipantPicker({ kind, value, onChange, ...rest }: ParticipantPickerProps) {
  const [typed, setTyped] = useState('');
  const [opened, setOpened] = useState(false);
  const q = useDebounced(typed);
  const organizations = useOrganizationChoices(q, opened && kind === 'organization');
  const contacts = useContactChoices(q, opened && kind === 'contact');
  const choices = kind === 'organization' ? organizations : contacts;

  const options = useMemo(
    () =>
      kind === 'organization'
        ? (organizations.data?.items ?? []).map((o) => ({
            value: o.id,
            label: `${o.name} (${o.city})`,
          }))
        : (contacts.data?.items ?? []).map((c) => ({
            value: c.id,
            label: c.city ? `${c.displayName} (${c.city})` : c.displayName,
          })),
    [kind, organizations.data, contacts.data],
  );

  return (
    <Select<string>
      {...rest}
      value={value}
      onChange={(next) => onChange?.(next)}
      allowClear
      placeholder={
        kind === 'organization' ? 'Type to search member organizations' : 'Type to search people'
      }
      showSearch={{ filterOption: false, onSearch: setTyped }}
      onOpenChange={(open) => open && setOpened(true)}
      options={options}
      notFoundContent={
        choices.isFetching ? (
          <Spin size="small" />
        ) : choices.error ? (
          `Could not search: ${choices.error.message}`
        ) : q ? (
          'Nothing matches.'
        ) : undefined
      }
    />
  );
}
