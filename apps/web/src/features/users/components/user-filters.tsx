import type { Role } from '@coalition/contracts';
import { Button, Flex, Select } from 'antd';
import { SearchBox } from '@/components/search-box';
import { hasUserFilters, type UserFilters as Filters } from '../api/user-list-query';
import { ROLE_OPTIONS } from './user-options';

interface UserFiltersProps {
  value: Filters;
  onChange: (filters: Partial<Filters>) => void;
  onClear: () => void;
}

export function UserFilters({ value, onChange, onClear }: UserFiltersProps) {
  return (
    <Flex wrap gap="small" align="center">
      <SearchBox
        label="Search users"
        placeholder="Search by name or email"
        value={value.q ?? ''}
        onSearch={(q) => onChange({ q: q || undefined })}
      />
      <Select<Role[]>
        mode="multiple"
        aria-label="Filter by role"
        placeholder="Role"
        allowClear
        virtual={false}
        maxTagCount="responsive"
        options={ROLE_OPTIONS}
        value={value.role ?? []}
        onChange={(role) => onChange({ role: role.length > 0 ? role : undefined })}
        style={{ minWidth: 220 }}
      />
      <Button type="link" onClick={onClear} disabled={!hasUserFilters(value)}>
        Clear filters
      </Button>
    </Flex>
  );
}
