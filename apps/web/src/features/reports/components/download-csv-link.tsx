import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useCan } from '@/lib/session';

interface DownloadCsvLinkProps {
  href: string;
  /** What the file holds, for screen readers and the tooltip: 'the drifting members'. */
  what: string;
}

/**
 * A plain link to a report's CSV, shown only to roles that may export member data; the API
 * refuses the others anyway and records every download in the audit trail.
 */
export function DownloadCsvLink({ href, what }: DownloadCsvLinkProps) {
  const canExport = useCan('exports.run');
  if (!canExport) return null;
  return (
    <Button
      className="reports-no-print"
      size="small"
      icon={<DownloadOutlined />}
      href={href}
      download
      aria-label={`Download CSV of ${what}`}
      title={`Download ${what} as a spreadsheet (CSV). Downloads are recorded in the audit trail.`}
    >
      Download CSV
    </Button>
  );
}
