import type { AttendeeMatch, AttendeeSearchResponse } from '@coalition/contracts';
import { Input, type InputRef, Typography } from 'antd';
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { usePeopleSearch } from '../api/use-people';
import { useDebounced } from '../hooks/use-debounced';

interface Choice {
  key: string;
  match: AttendeeMatch;
  /** Whom they represent when picked: the organization found, or left to the default. */
  organizationId?: string;
  /** The organization the match came through, shown beside the name. */
  via?: string;
}

/** People found directly first, then each organization found, expanded to its people. */
function choicesOf(data: AttendeeSearchResponse | undefined, exclude: Set<string>): Choice[] {
  if (!data) return [];
  const direct = data.contacts.map((match) => ({ key: match.id, match }));
  const viaOrgs = data.organizations.flatMap((org) =>
    org.people.map((match) => ({
      key: `${org.id}:${match.id}`,
      match,
      organizationId: org.id,
      via: org.name,
    })),
  );
  return [...direct, ...viaOrgs].filter((c) => !exclude.has(c.match.id));
}

function describe(choice: Choice): string {
  const { match, via } = choice;
  const details = [
    via ?? match.organizations.map((o) => o.name).join(', '),
    match.email,
    match.phone,
  ]
    .filter(Boolean)
    .join(' · ');
  return details ? `${match.displayName} (${details})` : match.displayName;
}

interface AttendeePickerProps {
  /** Already on the attendance: not offered again. */
  excludeIds: string[];
  onPick: (match: AttendeeMatch, organizationId?: string) => void;
  disabled?: boolean;
}

/**
 * The box at the door: type any part of a name, email or phone, arrow to the person, Enter adds
 * them, and the box is empty and focused for the next one. A found organization lists its people.
 */
export function AttendeePicker({ excludeIds, onPick, disabled }: AttendeePickerProps) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<InputRef>(null);
  const listId = useId();
  const q = useDebounced(text.trim());
  const search = usePeopleSearch(q);
  const exclude = useMemo(() => new Set(excludeIds), [excludeIds]);
  const choices = text.trim() && q ? choicesOf(search.data, exclude) : [];
  const open = choices.length > 0;
  const current = Math.min(active, Math.max(choices.length - 1, 0));

  const pick = (choice: Choice) => {
    onPick(choice.match, choice.organizationId);
    setText('');
    setActive(0);
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActive((current + 1) % choices.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive((current - 1 + choices.length) % choices.length);
    } else if (event.key === 'Enter') {
      // Enter in the box never submits the meeting's form.
      event.preventDefault();
      const choice = choices[current];
      if (open && choice) pick(choice);
    } else if (event.key === 'Escape') {
      setText('');
    }
  };

  return (
    <div style={{ position: 'relative' }}>
      <Input
        ref={inputRef}
        role="combobox"
        aria-label="Find a person"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${current}` : undefined}
        placeholder="Name, email or phone; arrows and Enter to add"
        value={text}
        disabled={disabled}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      {text.trim() && q && search.data && !open && (
        <Typography.Text type="secondary">No one found: add them as a walk-in.</Typography.Text>
      )}
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching people"
        hidden={!open}
        style={{
          listStyle: 'none',
          margin: 0,
          padding: 4,
          border: open ? '1px solid #d9d9d9' : undefined,
          borderRadius: 6,
        }}
      >
        {choices.map((choice, i) => (
          <li
            key={choice.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            style={{
              padding: '4px 8px',
              cursor: 'pointer',
              background: i === current ? '#e6f4ff' : undefined,
            }}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(choice)}
          >
            {describe(choice)}
          </li>
        ))}
      </ul>
    </div>
  );
}
