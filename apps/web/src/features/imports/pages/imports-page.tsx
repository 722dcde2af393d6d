import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@coalition/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { ListPageHeader } from '@/components/list-page-header';
import { LoadErrorAlert } from '@/components/load-error-alert';
import { formatCount } from '@/lib/format';
import { paths } from '@/lib/paths';
import { readInt } from '@/lib/search-params';
import { useImports } from '../api/use-imports';
import { ImportsTable } from '../components/imports-table';

/** Past imports, with who ran them and what they did; new ones start here. */
export function ImportsPage() {
  const [params, setParams] = useSearchParams();
  const page = readInt(params.get('page'), 1, 100_000);
  const pageSize = readInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const { data, error, isPending, isPlaceholderData, refetch } = useImports(page, pageSize);
  const navigate = useNavigate();
  const start = () => void navigate(paths.newImport);

  return (
    <Flex vertical gap="middle">
      <ListPageHeader title="Imports" count={data && formatCount(data.total, 'import')}>
        <Button type="primary" icon={<PlusOutlined />} onClick={start}>
          New import
        </Button>
      </ListPageHeader>
      {error ? (
        <LoadErrorAlert
          title="Could not load the imports"
          error={error}
          onRetry={() => void refetch()}
        />
      ) : (
        <ImportsTable
          data={data}
          loading={isPending || isPlaceholderData}
          emptyText={
            <Empty description="No imports yet. Bring organizations, contacts, interests, participation or attendance in from a spreadsheet (CSV or Excel)." />
          }
          onPageChange={(p, size) => setParams({ page: String(p), pageSize: String(size) })}
        />
      )}
    </Flex>
  );
}
