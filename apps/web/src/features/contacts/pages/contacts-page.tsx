import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { Suspense } from 'react';
import { ListEmptyText } from '@/components/list-empty-text';
import { ListPageHeader } from '@/components/list-page-header';
import { LoadErrorAlert } from '@/components/load-error-alert';
import { formatCount } from '@/lib/format';
import { listSearchOf } from '@/lib/list-href';
import { useCan } from '@/lib/session';
import { DEFAULT_CONTACT_SORT, hasFilters } from '../api/contact-list-query';
import { useContacts } from '../api/use-contacts';
import { ContactFilters } from '../components/contact-filters';
import { ContactsTable } from '../components/contacts-table';
import { CreateContactDrawer } from '../components/lazy-drawers';
import { useContactListUrl } from '../hooks/use-contact-list-url';
import { useCreateContactUrl } from '../hooks/use-create-contact-url';

export function ContactsPage() {
  const { query, search, setFilters, clearFilters, setSort, setPage } = useContactListUrl();
  const { data, error, isPending, isPlaceholderData, refetch } = useContacts(query);
  const create = useCreateContactUrl();
  const canWrite = useCan('contacts.write');
  const showDetails = useCan('contacts.details');

  const emptyText = (
    <ListEmptyText
      plural="contacts"
      total={data?.total}
      filtered={hasFilters(query)}
      onClearFilters={clearFilters}
      onFirstPage={() => setPage(1, query.pageSize)}
      noneText="No contacts yet."
    />
  );

  return (
    <Flex vertical gap="middle">
      <ListPageHeader title="Contacts" count={data && formatCount(data.total, 'person', 'people')}>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={create.show}>
            New contact
          </Button>
        )}
      </ListPageHeader>

      <ContactFilters value={query} onChange={setFilters} onClear={clearFilters} />

      {error ? (
        <LoadErrorAlert
          title="Could not load contacts"
          error={error}
          onRetry={() => void refetch()}
        />
      ) : (
        <ContactsTable
          items={data?.items ?? []}
          total={data?.total ?? 0}
          page={query.page}
          pageSize={query.pageSize}
          sort={query.sort}
          // A spinner only while the rows shown are not yet the ones asked for.
          loading={isPending || isPlaceholderData}
          showDetails={showDetails}
          listSearch={listSearchOf(search)}
          emptyText={emptyText}
          onPageChange={setPage}
          onSortChange={(sort) => setSort(sort ?? DEFAULT_CONTACT_SORT)}
        />
      )}

      {/* A link may ask for the drawer (`?new=1`); a role that cannot add people does not get it. */}
      {canWrite && create.session > 0 && (
        <Suspense fallback={null}>
          <CreateContactDrawer
            key={create.session}
            open={create.open}
            onClose={create.hide}
            organizationId={create.organizationId}
          />
        </Suspense>
      )}
    </Flex>
  );
}
