import { Tabs } from 'antd';
import { LoadErrorAlert } from '@/components/load-error-alert';
import { useSegmentContacts, useSegmentOrganizations } from '../api/use-segment-results';
import { useResultsUrl } from '../hooks/use-results-url';
import { SegmentContactsTable, SegmentOrganizationsTable } from './segment-result-tables';

/** The saved segment's organizations and contacts, evaluated now, a page at a time. */
export function SegmentResults({ segmentId }: { segmentId: string }) {
  const { tab, setTab, view, setPage } = useResultsUrl();
  const organizations = useSegmentOrganizations(segmentId, view, tab === 'organizations');
  const contacts = useSegmentContacts(segmentId, view, tab === 'contacts');
  const paging = { ...view, onChange: setPage };

  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      items={[
        {
          key: 'organizations',
          label: 'Organizations',
          children: organizations.error ? (
            <LoadErrorAlert
              title="Could not load the organizations"
              error={organizations.error}
              onRetry={() => void organizations.refetch()}
            />
          ) : (
            <SegmentOrganizationsTable
              items={organizations.data?.items ?? []}
              total={organizations.data?.total ?? 0}
              loading={organizations.isPending || organizations.isPlaceholderData}
              paging={paging}
              emptyText="No organizations are in this segment today."
            />
          ),
        },
        {
          key: 'contacts',
          label: 'Contacts',
          children: contacts.error ? (
            <LoadErrorAlert
              title="Could not load the contacts"
              error={contacts.error}
              onRetry={() => void contacts.refetch()}
            />
          ) : (
            <SegmentContactsTable
              items={contacts.data?.items ?? []}
              total={contacts.data?.total ?? 0}
              loading={contacts.isPending || contacts.isPlaceholderData}
              paging={paging}
              emptyText="No contacts are in this segment today."
            />
          ),
        },
      ]}
    />
  );
}
