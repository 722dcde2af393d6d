import { Divider, Flex, Layout, Spin, theme, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { paths } from '@/lib/paths';
import { SideNavigation } from './side-navigation';

const { Header, Sider, Content } = Layout;

const PRODUCT_NAME = 'Coalition CRM';
const COALITION_NAME = 'Commonwealth Immigrant Rights Coalition';

function PageLoading() {
  return (
    <Flex justify="center" style={{ paddingBlock: 64 }}>
      <Spin size="large" description="Loading" />
    </Flex>
  );
}

export function AppShell() {
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          background: token.colorBgContainer,
          borderBottom: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
        }}
      >
        <Link to={paths.home}>
          <Typography.Text strong style={{ fontSize: token.fontSizeLG, color: token.colorPrimary }}>
            {PRODUCT_NAME}
          </Typography.Text>
        </Link>
        <Divider orientation="vertical" />
        <Typography.Text type="secondary" ellipsis>
          {COALITION_NAME}
        </Typography.Text>
      </Header>
      <Layout>
        <Sider
          theme="light"
          breakpoint="lg"
          collapsible
          width={220}
          style={{
            borderRight: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
          }}
        >
          <nav aria-label="Main">
            <SideNavigation />
          </nav>
        </Sider>
        <Content style={{ padding: token.paddingLG }}>
          <main
            style={{
              padding: token.paddingLG,
              background: token.colorBgContainer,
              borderRadius: token.borderRadiusLG,
            }}
          >
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
