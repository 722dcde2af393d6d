import { COUNTIES } from '@coalition/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { theme } from 'antd';
import { createMemoryRouter, useLocation } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { CountyMap, type CountyMapRow } from './county-map';

const membersOf = (county: string): number | null => (county === 'Nantucket' ? null : county.length);

const ROWS: CountyMapRow[] = COUNTIES.map((county) => {
  const value = membersOf(county);
  return {
    county,
    value,
    href: `/segments/new?title=${county}`,
    label: value === null ? 'no members' : `${value} members`,
  };
});

function WhereAmI() {
  const { pathname, search } = useLocation();
  return <p>{`Opened ${pathname}${search}`}</p>;
}

function renderMap(rows: CountyMapRow[] = ROWS) {
  const router = createMemoryRouter([
    { path: '/', element: <CountyMap rows={rows} measureLabel="Members" /> },
    { path: '*', element: <WhereAmI /> },
  ]);
  return render(<RouterProvider router={router} />);
}

const fillOf = (link: HTMLElement) => link.querySelector('path')?.getAttribute('fill');

describe('the county map', () => {
  it('draws every county as a link to its members, named with its value', () => {
    renderMap();
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(14);
    const worcester = screen.getByRole('link', { name: 'Worcester: 9 members' });
    expect(worcester).toHaveAttribute('href', '/segments/new?title=Worcester');
    for (const county of COUNTIES) {
      const link = links.find((l) => l.getAttribute('aria-label')?.startsWith(`${county}: `));
      expect(link).toHaveAttribute('href', `/segments/new?title=${county}`);
      expect(link?.querySelector('title')).toHaveTextContent(link?.getAttribute('aria-label') ?? '');
    }
  });

  it('shades the highest value darkest and a county without data grey', () => {
    renderMap();
    const token = theme.getDesignToken();
    const nantucket = screen.getByRole('link', { name: 'Nantucket: no members' });
    expect(fillOf(nantucket)).toBe(token.colorFillSecondary);
    // Barnstable, Middlesex and Worcester have the most letters; Dukes the fewest.
    expect(fillOf(screen.getByRole('link', { name: 'Barnstable: 10 members' }))).toBe(token.blue9);
    expect(fillOf(screen.getByRole('link', { name: 'Dukes: 5 members' }))).toBe(token.blue2);
    expect(screen.getByLabelText('Map legend')).toHaveTextContent('Members510No data');
  });

  it('opens a county’s members on click, inside the app’s router', async () => {
    const user = userEvent.setup();
    renderMap();
    await user.click(screen.getByRole('link', { name: 'Hampden: 7 members' }));
    expect(await screen.findByText('Opened /segments/new?title=Hampden')).toBeInTheDocument();
  });

  it('reaches the counties with the keyboard', async () => {
    const user = userEvent.setup();
    renderMap();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Barnstable: 10 members' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Berkshire: 9 members' })).toHaveFocus();
  });
});
