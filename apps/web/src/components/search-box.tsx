import { Input } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 250;
/** The API refuses longer searches (`searchParam` in the contracts). */
const SEARCH_MAX_LENGTH = 200;

interface SearchBoxProps {
  /** The search in effect (from the URL). */
  value: string;
  /** Called once typing pauses, or at once on Enter, with the trimmed text. */
  onSearch: (q: string) => void;
  label: string;
  placeholder?: string;
}

/**
 * A search box that sends what is typed once typing pauses. `sent` remembers the last search
 * it sent, so a change made elsewhere (back button, "clear filters") refills the box, while its
 * own change arriving back does not overwrite newer typing.
 */
export function SearchBox({ value, onSearch, label, placeholder }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const sent = useRef(value);
  const latestOnSearch = useRef(onSearch);
  useEffect(() => {
    latestOnSearch.current = onSearch;
  });

  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);

  const send = useCallback((raw: string) => {
    const next = raw.trim();
    if (next === sent.current) return;
    sent.current = next;
    latestOnSearch.current(next);
  }, []);

  useEffect(() => {
    if (text.trim() === sent.current) return undefined;
    const timer = setTimeout(() => send(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, send]);

  return (
    <Input.Search
      aria-label={label}
      placeholder={placeholder}
      allowClear
      maxLength={SEARCH_MAX_LENGTH}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={send}
      style={{ width: 320, maxWidth: '100%' }}
    />
  );
}
