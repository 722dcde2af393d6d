import { Collapse, Typography } from 'antd';

/** The drive's script, folded away on the drive page (the caller view shows it open). */
export function DriveScript({ script }: { script: string | null }) {
  return (
    <Collapse
      items={[
        {
          key: 'script',
          label: 'Script',
          children: script ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>
              {script}
            </Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">This drive has no script.</Typography.Text>
          ),
        },
      ]}
    />
  );
}
