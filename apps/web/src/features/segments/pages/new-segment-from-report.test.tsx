import type { SegmentFilterInput } from '@coalition/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberListHref } from '@/lib/member-list-href';
import { buildMeResponse } from '@/testing/access-factories';
import { buildContactSummary } from '@/testing/contact-factories';
import { buildOrganizationSummary } from '@/testing/factories';
import { type FetchMock, jsonResponse, mockFetch, sentBodies } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';
import {
  buildSegmentDetail,
  buildSegmentList,
  buildSegmentPreview,
} from '@/testing/segment-factories';

const leadership = buildMeResponse({ role: 'leadership' });
const casa = buildOrganizationSummary({ name: 'Casa Latina', county: 'Worcester' });
const ana = buildContactSummary({ displayName: 'Ana Pereira' });
const PREVIEW = buildSegmentPreview([casa], [ana], { organizations: 12, contacts: 34 });

/** A report cell: Worcester's active member organizations. */
const WORCESTER: SegmentFilterInput = {
  type: 'group',
  op: 'and',
  children: [
    { type: 'condition', field: 'organization.county', values: ['Worcester'] },
    { type: 'condition', field: 'organization.status', values: ['active'] },
  ],
};
const TITLE = 'Worcester county members';

function mockSegmentsApi(handle: (url: URL, init?: RequestInit) => Response | undefined) {
  return mockFetch((url, init) => {
    const answer = handle(url, init);
    if (answer) return answer;
    if (url.pathname === '/api/segments/preview') return jsonResponse(PREVIEW);
    return jsonResponse(buildSegmentList([]));
  });
}

const previews = (fetchMock: FetchMock) => sentBodies(fetchMock, 'POST', '/api/segments/preview');

function openAt(url: string) {
  return renderApp(url, { session: leadership, userEvents: { pointerEventsCheck: 0 } });
}

beforeAll(async () => {
  await import('@/features/segments');
}, 30_000);

describe('the segment builder opened from a report cell', () => {
  it("starts on the cell's filter and counts it, saying which report it came from", async () => {
    const fetchMock = mockSegmentsApi(() => undefined);
    openAt(memberListHref(WORCESTER, TITLE));

    expect(await screen.findByText(`From a report: ${TITLE}`)).toBeInTheDocument();
    await waitFor(() => expect(previews(fetchMock)).toEqual([{ filter: WORCESTER, pageSize: 10 }]));
    expect(await screen.findByText('12 organizations · 34 contacts')).toBeInTheDocument();
    expect(screen.getByText('Casa Latina')).toBeInTheDocument();
    expect(screen.getByLabelText('Condition 1')).toHaveTextContent('Worcester');
    expect(screen.getByLabelText('Condition 2')).toBeInTheDocument();
  });

  it("suggests the report's title as the segment's name, and saves the cell's filter", async () => {
    const saved = buildSegmentDetail({ name: TITLE });
    const fetchMock = mockSegmentsApi((url, init) => {
      if (url.pathname === '/api/segments' && init?.method === 'POST') {
        return jsonResponse(saved, 201);
      }
      if (url.pathname === `/api/segments/${saved.id}`) return jsonResponse(saved);
      return undefined;
    });
    const { user, location } = openAt(memberListHref(WORCESTER, TITLE));
    await screen.findByText('12 organizations · 34 contacts');

    await user.click(screen.getByText('Save segment'));
    const dialog = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-modal');
      if (!found) throw new Error('No dialog is open');
      return found;
    });
    expect(within(dialog).getByLabelText('Name')).toHaveValue(TITLE);
    await user.click(
      within(dialog.querySelector<HTMLElement>('.ant-modal-footer')!).getByText('Save segment'),
    );

    await waitFor(() => expect(location().pathname).toBe(`/segments/${saved.id}`));
    expect(sentBodies(fetchMock, 'POST', '/api/segments')).toEqual([
      { name: TITLE, shared: false, filter: WORCESTER },
    ]);
  });

  it('warns that a damaged link cannot be read, and starts empty', async () => {
    const fetchMock = mockSegmentsApi(() => undefined);
    const damaged = memberListHref(WORCESTER, TITLE).replace('%7B', '%7C');
    openAt(damaged);

    expect(await screen.findByText("This link's filter could not be read")).toBeInTheDocument();
    expect(await screen.findByLabelText('Add condition to the filter')).toBeInTheDocument();
    expect(screen.queryByLabelText('Condition 1')).not.toBeInTheDocument();
    expect(screen.queryByText(/From a report/)).not.toBeInTheDocument();
    expect(previews(fetchMock)).toEqual([]);
  });

  it('warns about a filter the contract refuses, such as an unknown field', async () => {
    mockSegmentsApi(() => undefined);
    const unknown = {
      type: 'group',
      op: 'and',
      children: [{ type: 'condition', field: 'organization.shoeSize', values: ['9'] }],
    } as unknown as SegmentFilterInput;
    openAt(memberListHref(unknown, 'Shoe sizes'));

    expect(await screen.findByText("This link's filter could not be read")).toBeInTheDocument();
    expect(screen.queryByLabelText('Condition 1')).not.toBeInTheDocument();
  });
});
