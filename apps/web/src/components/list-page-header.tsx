import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface ListPageHeaderProps {
  /** The list's name, also the browser tab's title: 'Contacts'. */
  title: string;
  /** How many there are ('12 people'), once known. */
  count?: string;
  /** The buttons for what the person may do with the list. */
  children?: ReactNode;
}

/** A list page's heading, with how many records it holds and its actions on the right. */
export function ListPageHeader({ title, count, children }: ListPageHeaderProps) {
  return (
    <>
      <title>{`${title} · Coalition CRM`}</title>
      <Flex justify="space-between" align="baseline" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Flex align="baseline" gap="middle">
          {count !== undefined && (
            <Typography.Text type="secondary" aria-live="polite">
              {count}
            </Typography.Text>
          )}
          {children}
        </Flex>
      </Flex>
    </>
  );
}
