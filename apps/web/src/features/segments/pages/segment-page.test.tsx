import type { SegmentDetail } from '@coalition/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { buildContactList, buildContactSummary } from '@/testing/contact-factories';
import {
  errorResponse,
  type FetchMock,
  jsonResponse,
  mockFetch,
  requestedUrls,
  sentBodies,
} from '@/testing/fetch-mock';
import { buildOrganizationList, buildOrganizationSummary } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';
import {
  buildSegmentDetail,
  buildSegmentEmails,
  buildSegmentFilter,
} from '@/testing/segment-factories';

const ME = '10000000-0000-4000-8000-00000000a001';
const organizer = buildMeResponse({ id: ME, role: 'organizer', name: 'Ana Organizer' });

const casa = buildOrganizationSummary({ name: 'Casa Latina' });
const ana = buildContactSummary({ displayName: 'Ana Pereira' });

function buildWorcester(overrides: Partial<SegmentDetail> = {}): SegmentDetail {
  return buildSegmentDetail({
    name: 'Worcester Spanish speakers',
    owner: { id: ME, name: 'Ana Organizer' },
    counts: { organizations: 14, contacts: 30 },
    history: [{ countedOn: '2025-03-04', organizations: 14, contacts: 30 }],
    ...overrides,
  });
}

type Handler = (url: URL, init?: RequestInit) => Response | undefined;

/** The segment, its result pages, and whatever `handle` answers first. */
function mockSegmentApi(segment: SegmentDetail, handle: Handler = () => undefined): FetchMock {
  const base = `/api/segments/${segment.id}`;
  return mockFetch((url, init) => {
    const answer = handle(url, init);
    if (answer) return answer;
    if (url.pathname === base) return jsonResponse(segment);
    if (url.pathname === `${base}/organizations`)
      return jsonResponse(buildOrganizationList([casa]));
    if (url.pathname === `${base}/contacts`) return jsonResponse(buildContactList([ana]));
    return errorResponse({ statusCode: 404, code: 'not_found', message: 'Not found' });
  });
}

function openSegment(segment: SegmentDetail, session = organizer) {
  return renderApp(`/segments/${segment.id}`, {
    session,
    userEvents: { pointerEventsCheck: 0 },
  });
}

/** The open modal dialog (antd renders it in a portal). */
function dialog(): HTMLElement {
  const found = document.querySelector<HTMLElement>(
    '.ant-modal-wrap:not([style*="none"]) .ant-modal',
  );
  if (!found) throw new Error('No dialog is open');
  return found;
}

beforeAll(async () => {
  await import('@/features/segments');
}, 30_000);

describe('a saved segment', () => {
  it('shows its counts, owner and people, linked to their pages', async () => {
    const segment = buildWorcester();
    mockSegmentApi(segment);
    openSegment(segment);

    expect(await screen.findByText('14 organizations · 30 contacts')).toBeInTheDocument();
    expect(screen.getByText(/^Yours · updated/)).toBeInTheDocument();
    expect(screen.getByText('Private')).toBeInTheDocument();
    expect(await screen.findByText('Casa Latina')).toHaveAttribute(
      'href',
      `/organizations/${casa.id}`,
    );
    expect(screen.getByLabelText('Languages of condition 1')).toBeInTheDocument();
  });

  it('builds the export link from the chosen purpose, columns and format', async () => {
    const segment = buildWorcester();
    mockSegmentApi(segment);
    const { user } = openSegment(segment);

    await user.click(await screen.findByText('Export contacts'));
    const modal = await waitFor(dialog);
    await user.click(within(modal).getByLabelText('For calling: consented to phone calls'));
    await user.click(within(modal).getByLabelText('Organizations'));
    await user.click(within(modal).getByLabelText('Consents to calls'));
    await user.click(within(modal).getByLabelText('Excel (XLSX)'));

    const link = within(modal).getByText('Download').closest('a')!;
    expect(link).toHaveAttribute('download');
    const href = new URL(link.getAttribute('href') ?? '', 'http://localhost');
    expect(href.pathname).toBe(`/api/segments/${segment.id}/export`);
    expect(href.searchParams.get('purpose')).toBe('calling');
    expect(href.searchParams.get('format')).toBe('xlsx');
    expect(href.searchParams.getAll('columns')).toEqual([
      'firstName',
      'lastName',
      'email',
      'phone',
      'languages',
      'city',
      'consentPhone',
    ]);
  });

  it('copies the emails of those who consented, and says who was left out', async () => {
    const segment = buildWorcester();
    const fetchMock = mockSegmentApi(segment, (url) =>
      url.pathname.endsWith('/emails')
        ? jsonResponse(buildSegmentEmails(['ana@example.org', 'rosa@example.org'], { leftOut: 3 }))
        : undefined,
    );
    const { user } = openSegment(segment);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');

    await user.click(await screen.findByText('Copy emails'));

    expect(
      await screen.findByText(
        'Copied 2 addresses; 3 people left out (no email consent or address).',
      ),
    ).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith('ana@example.org, rosa@example.org');
    expect(within(dialog()).getByRole('textbox')).toHaveValue('ana@example.org, rosa@example.org');
    expect(requestedUrls(fetchMock).filter((u) => u.pathname.endsWith('/emails'))).toHaveLength(1);
  });

  it('offers a drive on this segment to whoever runs outreach', async () => {
    const segment = buildWorcester();
    mockSegmentApi(segment);
    const { user, location } = openSegment(segment);

    await user.click(await screen.findByText('Start a drive'));

    await waitFor(() => expect(location().pathname).toBe('/outreach'));
    const params = new URLSearchParams(location().search);
    expect(params.get('new')).toBe('1');
    expect(params.get('segmentId')).toBe(segment.id);
  });

  it('shows a shared segment of someone else read-only', async () => {
    const segment = buildWorcester({
      owner: { id: '10000000-0000-4000-8000-00000000b002', name: 'Rosa Lima' },
      shared: true,
    });
    mockSegmentApi(segment);
    openSegment(segment);

    expect(await screen.findByText('Only Rosa Lima can change it.')).toBeInTheDocument();
    expect(screen.getByText(/^Owned by Rosa Lima/)).toBeInTheDocument();
    expect(screen.getByText('Shared')).toBeInTheDocument();
    expect(screen.queryByText('Edit filter')).not.toBeInTheDocument();
    expect(screen.queryByText('Archive')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Field of condition 1')).toBeDisabled();
    expect(screen.queryByLabelText('Remove condition 1')).not.toBeInTheDocument();
  });

  it('offers the latest version when someone else saved the filter first', async () => {
    const segment = buildWorcester({ version: 3 });
    const theirs = buildWorcester({
      id: segment.id,
      version: 4,
      filter: buildSegmentFilter({
        children: [{ type: 'condition', field: 'contact.hasPhone', value: true }],
      }),
    });
    const fetchMock = mockSegmentApi(segment, (url, init) => {
      if (url.pathname === '/api/segments/preview') {
        return jsonResponse({
          organizations: buildOrganizationList([]),
          contacts: buildContactList([]),
        });
      }
      if (init?.method !== 'PATCH') return undefined;
      return jsonResponse(
        {
          statusCode: 409,
          code: 'segment_version_conflict',
          message: 'This segment was changed by someone else',
          current: theirs,
        },
        409,
      );
    });
    const { user } = openSegment(segment);

    await user.click(await screen.findByText('Edit filter'));
    await user.click(screen.getByLabelText('Remove condition 1'));
    await user.click(screen.getByLabelText('Add condition to the filter'));
    await user.click(screen.getByLabelText('Field of condition 1'));
    await user.click(await screen.findByTitle('Has email'));
    await user.click(screen.getByText('Save filter'));

    expect(await screen.findByText('Someone else changed this segment')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'PATCH', `/api/segments/${segment.id}`)).toEqual([
      {
        filter: {
          type: 'group',
          op: 'and',
          children: [{ type: 'condition', field: 'contact.hasEmail', value: true }],
        },
        version: 3,
      },
    ]);
    await user.click(screen.getByText('Load latest'));

    await waitFor(() =>
      expect(screen.queryByText('Someone else changed this segment')).not.toBeInTheDocument(),
    );
    expect(screen.getByLabelText('Answer of condition 1')).toBeInTheDocument();
    expect(screen.getByTitle('Has phone')).toBeInTheDocument();
  });
});
