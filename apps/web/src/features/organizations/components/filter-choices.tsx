import { Typography } from 'antd';
import { useState } from 'react';

/**
 * Choices that come from the API (issues, campaigns) are asked for when the select first
 * opens, or at once when the URL already holds a choice whose name must be shown: most visits
 * to the list never open these selects.
 */
export function useChoicesWhenNeeded(selected: readonly string[] | undefined) {
  const [opened, setOpened] = useState(false);
  return {
    needed: opened || Boolean(selected?.length),
    onOpenChange: (open: boolean) => {
      if (open) setOpened(true);
    },
  };
}

interface ChoicesStatusProps {
  error: Error | null;
  isPending: boolean;
  /** What the choices are, in the plural: "issues". */
  noun: string;
}

/** What an open select shows while it has nothing to offer. */
export function ChoicesStatus({ error, isPending, noun }: ChoicesStatusProps) {
  if (error) {
    return (
      <Typography.Text type="danger">
        Could not load {noun}: {error.message}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type="secondary">
      {isPending ? `Loading ${noun}…` : `No ${noun} yet`}
    </Typography.Text>
  );
}
