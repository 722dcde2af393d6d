import type { OrganizationDetail } from '@coalition/contracts';
import { Alert, Breadcrumb, Button, Flex, Result, Skeleton } from 'antd';
import { Suspense } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { type ApiError, isApiError } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useOrganization } from '../api/use-organization';
import { ArchivedBanner } from '../components/archived-banner';
import { EditOrganizationDrawer } from '../components/lazy-drawers';
import { OrganizationHeader } from '../components/organization-header';
import { OrganizationTabs, type RenderActivity } from '../components/organization-tabs';
import { useDrawerState } from '../hooks/use-drawer-state';
import { useOrganizationArchive } from '../hooks/use-organization-archive';
import { type OrganizationTab, useOrganizationTab } from '../hooks/use-organization-tab';

const TABS: OrganizationTab[] = ['profile', 'contacts', 'issues'];
const TABS_WITH_ACTIVITY: OrganizationTab[] = [...TABS, 'activity'];

interface OrganizationPageProps {
  /** The record's history (the audit feature's panel), composed in by the router. */
  renderActivity?: RenderActivity;
}

/**
 * The list link keeps the filters and page the person came from, when they came from the
 * list (which passes its query string in the navigation state); otherwise the plain list.
 */
function listHrefFrom(state: unknown): string {
  const listSearch =
    typeof state === 'object' && state !== null && 'listSearch' in state
      ? state.listSearch
      : undefined;
  return typeof listSearch === 'string' && listSearch.startsWith('?')
    ? `${paths.organizations}${listSearch}`
    : paths.organizations;
}

/** A malformed id in the URL cannot match any organization either. */
function isNotFound(error: ApiError): boolean {
  return (
    error.statusCode === 404 ||
    (error.statusCode === 400 && Boolean(error.body.fields?.some((f) => f.path === 'id')))
  );
}

/** The loaded organization: header and actions, archived banner, tabs, and the edit drawer. */
function OrganizationView({
  organization: org,
  renderActivity,
}: OrganizationPageProps & { organization: OrganizationDetail }) {
  const [tab, setTab] = useOrganizationTab(renderActivity ? TABS_WITH_ACTIVITY : TABS);
  const edit = useDrawerState();
  const archive = useOrganizationArchive();
  // The API refuses writes to a role without this permission; the page does not offer them.
  const canWrite = useCan('organizations.write');

  return (
    <>
      <title>{`${org.name} · Coalition CRM`}</title>
      <OrganizationHeader
        organization={org}
        onEdit={canWrite ? edit.show : undefined}
        onArchive={canWrite ? () => archive.confirmArchive(org) : undefined}
      />
      {org.archivedAt && (
        <ArchivedBanner
          organization={org}
          archivedAt={org.archivedAt}
          restoring={archive.restoring}
          onRestore={canWrite ? () => archive.restore(org) : undefined}
        />
      )}
      <OrganizationTabs
        organization={org}
        activeTab={tab}
        onChange={setTab}
        canWrite={canWrite && !org.archivedAt}
        renderActivity={renderActivity}
      />
      {edit.session > 0 && (
        <Suspense fallback={null}>
          <EditOrganizationDrawer
            key={edit.session}
            organization={org}
            open={edit.open}
            onClose={edit.hide}
          />
        </Suspense>
      )}
    </>
  );
}

export function OrganizationPage({ renderActivity }: OrganizationPageProps) {
  const { organizationId = '' } = useParams();
  const listHref = listHrefFrom(useLocation().state);
  const navigate = useNavigate();
  const { data: org, error, isPending, refetch } = useOrganization(organizationId);

  const breadcrumb = (
    <Breadcrumb
      aria-label="Breadcrumb"
      items={[
        { title: <Link to={listHref}>Organizations</Link> },
        { title: org?.name ?? (error ? 'Not found' : 'Loading…') },
      ]}
    />
  );

  if (error && isApiError(error) && isNotFound(error)) {
    return (
      <Flex vertical gap="middle">
        <title>Organization not found · Coalition CRM</title>
        {breadcrumb}
        <Result
          status="404"
          title="Organization not found"
          subTitle="No member organization has this address. It may have been removed, or the link may be mistyped."
          extra={
            <Button type="primary" onClick={() => void navigate(listHref)}>
              Back to organizations
            </Button>
          }
        />
      </Flex>
    );
  }

  return (
    <Flex vertical gap="middle">
      {breadcrumb}
      {error ? (
        <Alert
          type="error"
          showIcon
          title="Could not load this organization"
          description={error.message}
          action={
            <Button size="small" onClick={() => void refetch()}>
              Try again
            </Button>
          }
        />
      ) : isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <OrganizationView organization={org} renderActivity={renderActivity} />
      )}
    </Flex>
  );
}
