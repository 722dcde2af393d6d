import { DownloadOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { formatCount } from '@/lib/format';

interface ExportOrganizationsButtonProps {
  /** The list's query string: the download holds exactly what the filters find, every page. */
  search: string;
  total: number | undefined;
}

/**
 * A plain link, so the browser streams the file to disk however long the list; the session
 * cookie goes with it. The API records every export in the audit trail.
 */
export function ExportOrganizationsButton({ search, total }: ExportOrganizationsButtonProps) {
  const what = total === undefined ? 'these organizations' : formatCount(total, 'organization');
  return (
    <Tooltip
      title={`Download ${what} as a spreadsheet (CSV). Downloads are recorded in the audit trail.`}
    >
      <Button
        icon={<DownloadOutlined />}
        href={`/api/organizations/export${search ? `?${search}` : ''}`}
        download
      >
        Download CSV
      </Button>
    </Tooltip>
  );
}
