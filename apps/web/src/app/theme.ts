import type { ThemeConfig } from 'antd';

/** The dashboard's design tokens; components read colours and sizes from here via antd. */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#0f766e',
    colorLink: '#0f766e',
    // antd derives muddy grey tints from a dark teal; set the light ones (selected menu
    // item, active option) by hand.
    colorPrimaryBg: '#e3f2ef',
    colorPrimaryBgHover: '#c5e6df',
    borderRadius: 6,
  },
  components: {
    Layout: { headerHeight: 56, headerPadding: '0 24px' },
  },
};
