import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { paths } from '@/lib/paths';

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <>
      <title>Page not found · Coalition CRM</title>
      <Result
        status="404"
        title="Page not found"
        subTitle="There is no page at this address. It may have moved, or the link may be mistyped."
        extra={
          <Button type="primary" onClick={() => void navigate(paths.organizations)}>
            Go to organizations
          </Button>
        }
      />
    </>
  );
}
