import type { EngagementBand } from '@coalition/contracts';
import { theme } from 'antd';

/*
 * The primary palette antd derives from the dark teal is too muddy to tell steps apart, so the
 * lighter steps come from the cyan preset next to it.
 */

/** Strongest darkest: the engagement bands, from the primary colour to grey. */
export function useBandColors(): Record<EngagementBand, string> {
  const { token } = theme.useToken();
  return {
    core: token.colorPrimary,
    active: token.cyan4,
    occasional: token.gold4,
    dormant: token.colorTextQuaternary,
  };
}

/** The interest levels on an issue, strongest darkest. */
export function useInterestColors(): { leading: string; active: string; interested: string } {
  const { token } = theme.useToken();
  return { leading: token.colorPrimary, active: token.cyan4, interested: token.cyan2 };
}
