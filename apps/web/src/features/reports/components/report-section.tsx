import { Card, Skeleton, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LoadErrorAlert } from '@/components/load-error-alert';

/** What a report's query hook returns, as far as the section needs it. */
interface ReportQuery<T> {
  data: T | undefined;
  error: Error | null;
  refetch: () => Promise<unknown>;
}

interface ReportSectionProps<T> {
  /** The report's name: the card's heading and the section's accessible name. */
  title: string;
  query: ReportQuery<T>;
  /** Controls on the right of the heading: a switch, the CSV link. */
  extra?: ReactNode;
  children: (report: T) => ReactNode;
}

/** One report in a card: a placeholder while it loads, the reason and a retry if it failed. */
export function ReportSection<T>({ title, query, extra, children }: ReportSectionProps<T>) {
  const { token } = theme.useToken();
  const { data, error } = query;
  return (
    <section aria-label={title}>
      <Card
        title={
          <Typography.Title level={3} style={{ margin: 0, fontSize: token.fontSizeLG }}>
            {title}
          </Typography.Title>
        }
        extra={extra}
      >
        {error ? (
          <LoadErrorAlert
            title={`Could not load ${title.toLowerCase()}`}
            error={error}
            onRetry={() => void query.refetch()}
          />
        ) : data === undefined ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : (
          children(data)
        )}
      </Card>
    </section>
  );
}
