import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { FULL_EXPORT_URL } from '../api/import-urls';

/** The admin's backup: every table in one zip, to keep or to restore into a new instance. */
export function FullExportPage() {
  return (
    <Flex vertical gap="middle">
      <title>Full export · Coalition CRM</title>
      <Typography.Title level={2} style={{ margin: 0 }}>
        Full export
      </Typography.Title>
      <Card title="Everything, in one zip">
        <Flex vertical gap="middle" align="start">
          <Typography.Paragraph style={{ margin: 0 }}>
            The zip holds one CSV file per kind of record (organizations, contacts, issues,
            campaigns, meetings, segments, outreach and the rest) and a manifest with the schema
            version, so it can be restored into an empty Coalition CRM. It includes everyone&apos;s
            contact details: keep it somewhere safe.
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            Each download is recorded in the audit trail, with who took it and when.
          </Typography.Paragraph>
          <Button type="primary" icon={<DownloadOutlined />} href={FULL_EXPORT_URL} download>
            Download the full export (zip)
          </Button>
        </Flex>
      </Card>
    </Flex>
  );
}
