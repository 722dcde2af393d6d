import { FINAL_OUTCOMES, type LogAttemptInput, type Target } from '@coalition/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { outreachKeys } from '../api/outreach-keys';
import { useLogAttempt } from '../api/use-log-attempt';
import { useNextTarget } from '../api/use-next-target';

/** The API takes at most 50 `skip` values; the oldest set aside come back first. */
const MAX_SKIPPED = 50;

/**
 * One caller working their queue: the target in front of them, logging an outcome (once, however
 * often the button is clicked), and passing over a target for now. Passed-over targets, and the
 * ones just tried without a final outcome, are kept in a list sent as `skip`, so the next target
 * is always someone else; the list lives as long as the page.
 */
export function useCallerQueue(driveId: string) {
  const [skipped, setSkipped] = useState<string[]>([]);
  const next = useNextTarget(driveId, skipped);
  const log = useLogAttempt();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  // A ref, not state: a double click's second event arrives before React re-renders.
  const logging = useRef(false);
  const [busy, setBusy] = useState(false);

  const setAside = useCallback((targetId: string) => {
    setSkipped((current) =>
      [...current.filter((id) => id !== targetId), targetId].slice(-MAX_SKIPPED),
    );
  }, []);

  const logOutcome = useCallback(
    async (target: Target, attempt: LogAttemptInput) => {
      if (logging.current) return;
      logging.current = true;
      setBusy(true);
      try {
        await log.mutateAsync({ target, attempt });
        if (FINAL_OUTCOMES.includes(attempt.outcome)) {
          // Done: it leaves the queue by itself; ask again for who comes next.
          await queryClient.invalidateQueries({ queryKey: outreachKeys.next(driveId) });
        } else {
          // Tried and still open: it would come straight back, so move past it for now.
          setAside(target.id);
        }
      } catch (error) {
        void message.error(`The outcome was not logged: ${(error as Error).message}`);
      } finally {
        logging.current = false;
        setBusy(false);
      }
    },
    [log, queryClient, driveId, setAside, message],
  );

  return {
    next,
    /** Logging, or reading the next target after logging: the controls wait. */
    busy: busy || next.isFetching,
    logOutcome,
    skip: setAside,
    skippedCount: skipped.length,
    /** Brings the passed-over targets back into the queue. */
    clearSkipped: useCallback(() => setSkipped([]), []),
  };
}
