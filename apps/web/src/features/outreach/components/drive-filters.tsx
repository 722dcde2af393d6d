import { Button, Flex, Segmented } from 'antd';
import { SearchBox } from '@/components/search-box';
import { hasNameSearch, type NameListFilters as Filters } from '@/lib/name-list-query';

interface DriveFiltersProps {
  value: Filters;
  onChange: (filters: Partial<Filters>) => void;
  onClear: () => void;
}

type View = 'current' | 'archived';

/** A search by name, and whether to list the current drives or the finished (archived) ones. */
export function DriveFilters({ value, onChange, onClear }: DriveFiltersProps) {
  return (
    <Flex wrap gap="small" align="center">
      <SearchBox
        label="Search drives"
        placeholder="Search by name"
        value={value.q ?? ''}
        onSearch={(q) => onChange({ q: q || undefined })}
      />
      <Segmented<View>
        aria-label="Which drives"
        options={[
          { value: 'current', label: 'Current' },
          { value: 'archived', label: 'Archived' },
        ]}
        value={value.archived ? 'archived' : 'current'}
        onChange={(view) => onChange({ archived: view === 'archived' || undefined })}
      />
      <Button type="link" onClick={onClear} disabled={!hasNameSearch(value)}>
        Clear search
      </Button>
    </Flex>
  );
}
