import type { SegmentPreview } from '@coalition/contracts';
import { Alert, Flex, Skeleton, Tabs, Typography } from 'antd';
import { LoadErrorAlert } from '@/components/load-error-alert';
import type { DraftCheck, Problems } from './filter-problems';
import { SegmentCounts } from './segment-counts';
import { SegmentContactsTable, SegmentOrganizationsTable } from './segment-result-tables';

interface PreviewPanelProps {
  check: DraftCheck;
  data: SegmentPreview | undefined;
  counting: boolean;
  serverProblems: Problems | undefined;
  failure: Error | null;
  onRetry: () => void;
}

function firstRowsNote(shown: number, total: number, plural: string): string | undefined {
  return total > shown
    ? `The first ${shown} of ${total.toLocaleString('en-US')} ${plural}.`
    : undefined;
}

/** Counts and the first rows of what the filter selects, while it is being built. */
function PreviewResults({ data, counting }: { data: SegmentPreview; counting: boolean }) {
  const { organizations, contacts } = data;
  const counts = { organizations: organizations.total, contacts: contacts.total };
  return (
    <Flex vertical gap="small">
      <SegmentCounts counts={counts} counting={counting} />
      <Tabs
        items={[
          {
            key: 'organizations',
            label: `Organizations (${organizations.total.toLocaleString('en-US')})`,
            children: (
              <Flex vertical gap="small">
                <Typography.Text type="secondary">
                  {firstRowsNote(organizations.items.length, organizations.total, 'organizations')}
                </Typography.Text>
                <SegmentOrganizationsTable
                  items={organizations.items}
                  total={organizations.total}
                  loading={counting}
                  paging={false}
                  emptyText="No organizations match this filter."
                />
              </Flex>
            ),
          },
          {
            key: 'contacts',
            label: `Contacts (${contacts.total.toLocaleString('en-US')})`,
            children: (
              <Flex vertical gap="small">
                <Typography.Text type="secondary">
                  {firstRowsNote(contacts.items.length, contacts.total, 'contacts')}
                </Typography.Text>
                <SegmentContactsTable
                  items={contacts.items}
                  total={contacts.total}
                  loading={counting}
                  paging={false}
                  emptyText="No contacts match this filter."
                />
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
}

/** What the filter selects now, or why it cannot be counted yet. */
export function PreviewPanel(props: PreviewPanelProps) {
  const { check, data, counting, serverProblems, failure, onRetry } = props;
  if (check.state === 'empty') {
    return (
      <Typography.Text type="secondary">
        Counts appear here as soon as the filter has a condition.
      </Typography.Text>
    );
  }
  if (check.state === 'incomplete') {
    const n = check.problems.size;
    const what = n === 1 ? 'the part' : `the ${n} parts`;
    return (
      <Alert
        type="info"
        showIcon
        title="Not counted yet"
        description={`Finish ${what} marked in red to see who this selects.`}
      />
    );
  }
  if (serverProblems) {
    return (
      <Alert
        type="warning"
        showIcon
        title="The server refused this filter"
        description="Change the conditions marked in red to see who this selects."
      />
    );
  }
  if (failure) {
    return <LoadErrorAlert title="Could not count this filter" error={failure} onRetry={onRetry} />;
  }
  if (!data) return <Skeleton active title={false} paragraph={{ rows: 3 }} />;
  return <PreviewResults data={data} counting={counting} />;
}
