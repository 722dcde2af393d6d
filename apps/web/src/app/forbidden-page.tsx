import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { paths } from '@/lib/paths';

export function ForbiddenPage() {
  const navigate = useNavigate();
  return (
    <>
      <title>Not available · Coalition CRM</title>
      <Result
        status="403"
        title="Not available to your role"
        subTitle="Your role does not include this page. An admin can change your role if you need it."
        extra={
          <Button type="primary" onClick={() => void navigate(paths.home)}>
            Go to the home page
          </Button>
        }
      />
    </>
  );
}
