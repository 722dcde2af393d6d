import type { SegmentFilterInput } from '@coalition/contracts';
import type { TestApp } from '../test-app';
import { insertContacts } from './contact.factory';
import { insertOrganizations } from './organization.factory';
import { insertSegments } from './segment.factory';

const kinds = (...values: string[]): SegmentFilterInput => ({
  type: 'group',
  op: 'and',
  children: [{ type: 'condition', field: 'organization.kind', values } as SegmentFilterInput['children'][number]],
});

/**
 * Three organizations and ten people, made by hand so each drive's targets can be worked out
 * on paper. "Health and community" selects everyone at O1 or O2 who is current and not archived:
 *   Ana Alves      O1 executive_director + board, O2 staff; phone, consents to calls; email, no email consent
 *   Paulo Souza    O1 staff; email only, consents to email
 *   Beatriz Costa  O2 staff; phone, consents to calls
 *   Ed Brown       O2 board; mobile phone, consents to texts only
 *   Elena Ruiz     O1 staff; consents to calls but has no phone
 *   Carmen Diaz    O2 member; phone, consents to calls
 *   Luz Vega       O1 volunteer; phone, consents to calls
 *   Marta Nunes    O2 primary_contact; phone, consents to calls
 *   Gone Archived  O1 staff; archived
 *   Rosa Lopez     O3 (a school, outside the segment); phone, consents to calls
 * So a phone drive targets Alves, Costa, Diaz, Nunes, Vega (name order); email: Souza; texts: Brown.
 */
export async function seedOutreachFixture(t: TestApp) {
  const [o1, o2, o3] = await insertOrganizations(
    t.dataSource,
    { name: 'Bluebird Health Center', kind: 'health_center', city: 'Worcester' },
    { name: 'Casa Hampden Collective', kind: 'community_group', city: 'Springfield' },
    { name: 'Fitchburg Adult School', kind: 'school', city: 'Fitchburg' },
  );
  const calls = (n: string) => ({ consentPhoneGranted: true, phones: [{ number: `508-555-01${n}` }] });
  const contacts = await insertContacts(
    t.dataSource,
    { firstName: 'Ana', lastName: 'Alves', languages: ['es'], ...calls('01'), emails: [{ address: 'ana@example.org' }],
      affiliations: [{ organizationId: o2.id, role: 'staff' }, { organizationId: o1.id, role: 'board' }, { organizationId: o1.id, role: 'executive_director' }] },
    { firstName: 'Paulo', lastName: 'Souza', languages: ['pt'], consentEmailGranted: true, emails: [{ address: 'paulo@example.org' }],
      affiliations: [{ organizationId: o1.id, role: 'staff' }] },
    { firstName: 'Beatriz', lastName: 'Costa', languages: ['pt'], ...calls('03'), affiliations: [{ organizationId: o2.id, role: 'staff' }] },
    { firstName: 'Ed', lastName: 'Brown', languages: ['en'], consentSmsGranted: true, phones: [{ number: '413-555-0104', label: 'mobile' }],
      affiliations: [{ organizationId: o2.id, role: 'board' }] },
    { firstName: 'Elena', lastName: 'Ruiz', languages: ['es'], consentPhoneGranted: true, affiliations: [{ organizationId: o1.id, role: 'staff' }] },
    { firstName: 'Carmen', lastName: 'Diaz', languages: ['es'], ...calls('06'), affiliations: [{ organizationId: o2.id, role: 'member' }] },
    { firstName: 'Luz', lastName: 'Vega', preferredName: 'Lucha', pronouns: 'she/her', languages: ['es'], ...calls('07'),
      affiliations: [{ organizationId: o1.id, role: 'volunteer' }] },
    { firstName: 'Marta', lastName: 'Nunes', languages: ['pt'], ...calls('08'), affiliations: [{ organizationId: o2.id, role: 'primary_contact' }] },
    { firstName: 'Gone', lastName: 'Archived', ...calls('09'), archivedAt: new Date('2025-01-01'), affiliations: [{ organizationId: o1.id, role: 'staff' }] },
    { firstName: 'Rosa', lastName: 'Lopez', languages: ['es'], ...calls('10'), affiliations: [{ organizationId: o3.id, role: 'staff' }] },
  );
  const byName = Object.fromEntries(contacts.map((c) => [c.lastName, c]));
  const admin = await t.createUser('admin', 'segment-owner@test.example.org');
  const [healthAndCommunity, schools, privateOne] = await insertSegments(
    t.dataSource,
    { name: 'Health and community', filter: kinds('health_center', 'community_group'), ownerUserId: admin.id, shared: true },
    { name: 'Schools', filter: kinds('school'), ownerUserId: admin.id, shared: true },
    { name: 'Private to someone else', filter: kinds('health_center'), ownerUserId: admin.id, shared: false },
  );
  return { o1, o2, o3, contacts: byName, segments: { healthAndCommunity, schools, privateOne } };
}

export type OutreachFixture = Awaited<ReturnType<typeof seedOutreachFixture>>;

/** Names of targets as the API lists them (display names). */
export const PHONE_TARGETS = ['Ana Alves', 'Beatriz Costa', 'Carmen Diaz', 'Marta Nunes', 'Lucha Vega'];
