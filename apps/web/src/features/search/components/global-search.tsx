import { SearchOutlined } from '@ant-design/icons';
import { SEARCH_MAX_LENGTH } from '@coalition/contracts';
import { AutoComplete, Flex, type GetRef, Input, Spin, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { SEARCH_DEBOUNCE_MS } from '@/components/search-box';
import { useSearch } from '../api/use-search';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { useFocusShortcut } from '../hooks/use-focus-shortcut';
import { searchOptions } from './search-options';

type Status = { kind: 'searching' } | { kind: 'failed'; message: string } | { kind: 'no-matches' };

/** What the list says when it has no options to show. */
function SearchStatus({ status, typed }: { status: Status; typed: string }) {
  switch (status.kind) {
    case 'searching':
      return (
        <Flex gap="small" align="center">
          <Spin size="small" />
          <Typography.Text type="secondary">Searching…</Typography.Text>
        </Flex>
      );
    case 'failed':
      return <Typography.Text type="danger">Could not search: {status.message}</Typography.Text>;
    case 'no-matches':
      return <Typography.Text type="secondary">No matches for “{typed}”</Typography.Text>;
  }
}

/**
 * The header's search over organizations, contacts, issues and campaigns. It asks the API once
 * typing pauses; arrows and Enter (or a click) open the record chosen; "/" jumps here.
 */
export function GlobalSearch() {
  const navigate = useNavigate();
  const box = useRef<GetRef<typeof AutoComplete>>(null);
  const [text, setText] = useState('');
  const typed = text.trim();
  const q = useDebouncedValue(typed, SEARCH_DEBOUNCE_MS);
  const search = useSearch(q);

  useFocusShortcut(
    '/',
    useCallback(() => box.current?.focus(), []),
  );

  // Results for an older search would mislead: show them only for what the box says now.
  const current = search.data && search.data.q === typed ? search.data : undefined;
  const options = useMemo(() => (current ? searchOptions(current) : []), [current]);
  const status: Status =
    search.isError && q === typed
      ? { kind: 'failed', message: search.error.message }
      : current
        ? { kind: 'no-matches' }
        : { kind: 'searching' };

  const open = (path: string) => {
    setText('');
    box.current?.blur();
    void navigate(path);
  };

  return (
    <AutoComplete
      ref={box}
      value={text}
      options={options}
      onChange={setText}
      onSelect={open}
      showSearch={{ filterOption: false }}
      // Enter opens the first match straight away; the arrows move from there.
      defaultActiveFirstOption
      // Nothing typed, nothing to say: no list opens at all.
      notFoundContent={typed === '' ? null : <SearchStatus status={status} typed={typed} />}
      popupMatchSelectWidth={420}
      style={{ width: 320, maxWidth: '100%' }}
    >
      <Input
        aria-label="Search the coalition"
        placeholder="Search the coalition (press /)"
        prefix={<SearchOutlined />}
        maxLength={SEARCH_MAX_LENGTH}
        allowClear
      />
    </AutoComplete>
  );
}
