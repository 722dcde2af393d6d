import { Flex, Layout, Spin, theme, Typography } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { COALITION_NAME, PRODUCT_NAME } from './app-shell';

/** The frame of the pages open to everyone (signing in, accepting an invitation). */
export function PublicLayout() {
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Flex vertical align="center" gap="large" style={{ paddingBlock: 64, paddingInline: 16 }}>
        <Flex vertical align="center">
          <Typography.Text
            strong
            style={{ fontSize: token.fontSizeHeading3, color: token.colorPrimary }}
          >
            {PRODUCT_NAME}
          </Typography.Text>
          <Typography.Text type="secondary">{COALITION_NAME}</Typography.Text>
        </Flex>
        <main style={{ width: 400, maxWidth: '100%' }}>
          <Suspense fallback={<Spin size="large" description="Loading" />}>
            <Outlet />
          </Suspense>
        </main>
      </Flex>
    </Layout>
  );
}
