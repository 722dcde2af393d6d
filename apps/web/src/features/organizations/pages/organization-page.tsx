import { ORGANIZATION_KIND_LABELS } from '@coalition/contracts';
import { Alert, Breadcrumb, Button, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { type ApiError, isApiError } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useOrganization } from '../api/use-organization';
import { MembershipStatusTag } from '../components/membership-status-tag';
import { OrganizationDetails } from '../components/organization-details';

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

export function OrganizationPage() {
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
        <>
          <title>{`${org.name} · Coalition CRM`}</title>
          <Flex vertical gap="small">
            <Typography.Title level={2} style={{ margin: 0 }}>
              {org.name}
            </Typography.Title>
            <Flex wrap gap="small">
              <Tag>{ORGANIZATION_KIND_LABELS[org.kind]}</Tag>
              <MembershipStatusTag status={org.membershipStatus} />
            </Flex>
          </Flex>
          <OrganizationDetails organization={org} />
        </>
      )}
    </Flex>
  );
}
