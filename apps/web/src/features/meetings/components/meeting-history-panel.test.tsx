import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { buildContactDetail } from '@/testing/contact-factories';
import { buildOrganizationDetail } from '@/testing/factories';
import { jsonResponse, mockFetch, requestedUrls } from '@/testing/fetch-mock';
import { buildMeetingHistory, meetingTestId } from '@/testing/meeting-factories';
import { renderApp } from '@/testing/render-app';

const CONTACT_ID = '8b2b3c4d-5e6f-4a7b-8c9d-00000000c001';
const ORG_ID = '8b2b3c4d-5e6f-4a7b-8c9d-00000000b001';
const MEETING_ID = meetingTestId();

beforeAll(async () => {
  await Promise.all([
    import('@/features/meetings'),
    import('@/features/contacts'),
    import('@/features/organizations'),
  ]);
}, 30_000);

describe("a person's meetings tab", { timeout: 30_000 }, () => {
  it('shows their attendance rate, trainings completed and the meetings', async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/meetings/history'
        ? jsonResponse(
            buildMeetingHistory({
              attendanceRate: 0.75,
              trainingsCompleted: 2,
              total: 1,
              items: [
                {
                  meeting: {
                    id: MEETING_ID,
                    title: 'Know your rights training',
                    type: 'training',
                    startsAt: '2025-09-04T22:00:00.000Z',
                  },
                  status: 'attended',
                  people: [],
                  organization: {
                    id: '8b2b3c4d-5e6f-4a7b-8c9d-00000000b001',
                    name: 'Casa del Pueblo',
                  },
                },
              ],
            }),
          )
        : jsonResponse(buildContactDetail({ id: CONTACT_ID, firstName: 'Rosa', lastName: 'Diaz' })),
    );

    renderApp(`/contacts/${CONTACT_ID}?tab=meetings`, {
      session: buildMeResponse({ role: 'viewer' }),
    });

    expect(await screen.findByText('75%')).toBeInTheDocument();
    expect(screen.getByText('Attendance rate')).toBeInTheDocument();
    expect(screen.getByText('Trainings completed').closest('.ant-statistic')).toHaveTextContent(
      '2',
    );
    const link = screen.getByText('Know your rights training').closest('a');
    expect(link).toHaveAttribute('href', `/meetings/${MEETING_ID}`);
    expect(within(link!.closest('tr')!).getByText('Casa del Pueblo')).toBeInTheDocument();
    const request = requestedUrls(fetchMock).find((u) => u.pathname === '/api/meetings/history');
    expect(request?.searchParams.get('contactId')).toBe(CONTACT_ID);
  });
});

describe("an organization's meetings tab", { timeout: 30_000 }, () => {
  it('lists the meetings its people came to, who came, and its assembly rate', async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/meetings/history'
        ? jsonResponse(
            buildMeetingHistory({
              attendanceRate: 0.5,
              trainingsCompleted: 3,
              total: 1,
              items: [
                {
                  meeting: {
                    id: MEETING_ID,
                    title: 'September general assembly',
                    type: 'general_assembly',
                    startsAt: '2025-09-04T22:00:00.000Z',
                  },
                  status: 'attended',
                  people: [{ id: CONTACT_ID, displayName: 'Rosa Diaz' }],
                  organization: { id: ORG_ID, name: 'Casa del Pueblo' },
                },
              ],
            }),
          )
        : jsonResponse(buildOrganizationDetail({ id: ORG_ID, name: 'Casa del Pueblo' })),
    );

    renderApp(`/organizations/${ORG_ID}?tab=meetings`, {
      session: buildMeResponse({ role: 'viewer' }),
    });

    expect(await screen.findByText('50%')).toBeInTheDocument();
    expect(
      screen.getByText('General assemblies attended (12 months)').closest('.ant-statistic'),
    ).toHaveTextContent('50%');
    expect(screen.getByText('Trainings completed').closest('.ant-statistic')).toHaveTextContent(
      '3',
    );
    const link = screen.getByRole('link', { name: 'September general assembly' });
    expect(link).toHaveAttribute('href', `/meetings/${MEETING_ID}`);
    const row = link.closest('tr')!;
    expect(within(row).getByRole('link', { name: 'Rosa Diaz' })).toHaveAttribute(
      'href',
      `/contacts/${CONTACT_ID}`,
    );
    expect(within(row).getByText('Attended')).toBeInTheDocument();
    const request = requestedUrls(fetchMock).find((u) => u.pathname === '/api/meetings/history');
    expect(request?.searchParams.get('organizationId')).toBe(ORG_ID);
  });
});
