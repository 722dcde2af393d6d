import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';

/** The way back from a report's own page to the reports overview. */
export function ReportsBreadcrumb({ current }: { current: string }) {
  return (
    <Breadcrumb
      aria-label="Breadcrumb"
      items={[{ title: <Link to={paths.reports}>Reports</Link> }, { title: current }]}
    />
  );
}
