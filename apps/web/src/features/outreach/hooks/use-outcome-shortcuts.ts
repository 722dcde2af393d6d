import { OUTREACH_OUTCOMES, type OutreachOutcome } from '@coalition/contracts';
import { useEffect, useEffectEvent } from 'react';

/** Typing in a field (the note, the date) must not log an outcome. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The key that logs each outcome: 1 to 6, in the order the buttons show them. */
export function shortcutOf(outcome: OutreachOutcome): string {
  return String(OUTREACH_OUTCOMES.indexOf(outcome) + 1);
}

/** Keys 1 to 6 log the outcomes, so a caller can keep a hand on the phone. */
export function useOutcomeShortcuts(
  onOutcome: (outcome: OutreachOutcome) => void,
  enabled: boolean,
) {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (isTyping(event.target)) return;
    const outcome = OUTREACH_OUTCOMES[Number(event.key) - 1];
    if (!outcome) return;
    event.preventDefault();
    onOutcome(outcome);
  });

  useEffect(() => {
    if (!enabled) return undefined;
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}
