import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { z } from 'zod';

const uuid = z.uuid();

/**
 * The "New contact" drawer is open while the URL says `?new=1`, so another page can link to
 * it (an organization's "Add a person": `?new=1&organizationId=…` presets the affiliation) and
 * the back button closes it. `session` counts openings, as a key giving each a fresh form.
 */
export function useCreateContactUrl() {
  const [searchParams, setSearchParams] = useSearchParams();
  const open = searchParams.get('new') === '1';
  const rawOrganizationId = searchParams.get('organizationId') ?? '';
  const organizationId = uuid.safeParse(rawOrganizationId).success ? rawOrganizationId : undefined;

  const [session, setSession] = useState(open ? 1 : 0);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    // Adjusting state while rendering (React's documented pattern): a new opening, a new form.
    setWasOpen(open);
    if (open) setSession((n) => n + 1);
  }

  const show = useCallback(
    () =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.set('new', '1');
        return next;
      }),
    [setSearchParams],
  );

  const hide = useCallback(
    () =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete('new');
          next.delete('organizationId');
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );

  return { open, session, organizationId, show, hide };
}
