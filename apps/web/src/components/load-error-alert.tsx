import { Alert, Button } from 'antd';

interface LoadErrorAlertProps {
  /** What could not be loaded: 'Could not load contacts'. */
  title: string;
  error: Error;
  onRetry: () => void;
}

/** A failed load, with the server's reason and a way to ask again. */
export function LoadErrorAlert({ title, error, onRetry }: LoadErrorAlertProps) {
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={error.message}
      action={
        <Button size="small" onClick={onRetry}>
          Try again
        </Button>
      }
    />
  );
}
