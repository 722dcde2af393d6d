import { Alert, Button, Flex } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';

function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  if (error instanceof Error) return error.message;
  return 'Unknown error';
}

/**
 * Shown when a page throws while rendering, or its code cannot be loaded (often a new
 * release replaced the files; reloading fetches the new ones). Kept free of lazy imports
 * so it still renders when loading code is what failed.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  return (
    <Flex vertical align="start" gap="middle">
      <Alert
        type="error"
        showIcon
        title="Something went wrong on this page"
        description={describe(error)}
        action={
          <Button size="small" onClick={() => window.location.reload()}>
            Reload
          </Button>
        }
      />
    </Flex>
  );
}
