import { Breadcrumb, Button, Flex, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { listHrefFrom } from '@/lib/list-href';
import { LoadErrorAlert } from './load-error-alert';

/** What the page's query hook returns, as far as the frame needs it. */
interface RecordQuery<T> {
  data: T | undefined;
  error: Error | null;
  refetch: () => Promise<unknown>;
}

interface RecordPageFrameProps<T> {
  /** The record in the person's words, lower case: 'organization'. */
  noun: string;
  listPath: string;
  /** The list's name in the breadcrumb: 'Organizations'. */
  listLabel: string;
  query: RecordQuery<T>;
  /** The record's name for the breadcrumb. */
  titleOf: (record: T) => string;
  /** Why there may be nothing at this address, under "… not found". */
  notFoundText: string;
  children: (record: T) => ReactNode;
}

/** A malformed id in the URL cannot match any record either. */
function isNotFound(error: Error): boolean {
  return (
    isApiError(error) &&
    (error.statusCode === 404 ||
      (error.statusCode === 400 && Boolean(error.body.fields?.some((f) => f.path === 'id'))))
  );
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The frame every record page shares: a breadcrumb back to the list (with the filters the
 * person came from), then the record, or a "not found" page, a load error to retry, or a
 * placeholder while it loads.
 */
export function RecordPageFrame<T>(props: RecordPageFrameProps<T>) {
  const { noun, listPath, listLabel, query, titleOf, notFoundText, children } = props;
  const listHref = listHrefFrom(listPath, useLocation().state);
  const navigate = useNavigate();
  const { data: record, error } = query;

  const breadcrumb = (
    <Breadcrumb
      aria-label="Breadcrumb"
      items={[
        { title: <Link to={listHref}>{listLabel}</Link> },
        { title: record ? titleOf(record) : error ? 'Not found' : 'Loading…' },
      ]}
    />
  );

  if (error && isNotFound(error)) {
    return (
      <Flex vertical gap="middle">
        <title>{`${capitalized(noun)} not found · Coalition CRM`}</title>
        {breadcrumb}
        <Result
          status="404"
          title={`${capitalized(noun)} not found`}
          subTitle={notFoundText}
          extra={
            <Button type="primary" onClick={() => void navigate(listHref)}>
              {`Back to ${listLabel.toLowerCase()}`}
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
        <LoadErrorAlert
          title={`Could not load this ${noun}`}
          error={error}
          onRetry={() => void query.refetch()}
        />
      ) : record === undefined ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        children(record)
      )}
    </Flex>
  );
}
