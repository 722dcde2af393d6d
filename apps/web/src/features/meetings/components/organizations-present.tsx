import type { OrganizationPresent } from '@coalition/contracts';
import { Card, Flex, List, Typography } from 'antd';
import { Link } from 'react-router';
import { formatCount } from '@/lib/format';
import { paths } from '@/lib/paths';

/** Derived by the API from who attended and whom they represented. */
export function OrganizationsPresent({ items }: { items: OrganizationPresent[] }) {
  return (
    <Card title={`Organizations present (${items.length})`} size="small">
      <List
        size="small"
        aria-label="Organizations present"
        dataSource={items}
        locale={{ emptyText: 'No organization represented yet.' }}
        renderItem={(org) => (
          <List.Item>
            <Flex justify="space-between" gap="small" style={{ width: '100%' }}>
              <Link to={paths.organization(org.id)}>{org.name}</Link>
              <Typography.Text type="secondary">
                {formatCount(org.people, 'person', 'people')}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
