import { findMunicipality } from '@coalition/contracts';
import {
  type DemoOrganizationRef,
  DEMO_CONTACT_COUNT,
  generateDemoContacts,
} from './demo-contacts';
import { generateDemoOrganizations } from './demo-organizations';
import { demoFaker } from './demo-random';
import { DEMO_ORGANIZATION_COUNT } from './demo-seed';

function demoOrganizations(): DemoOrganizationRef[] {
  return generateDemoOrganizations(demoFaker(), DEMO_ORGANIZATION_COUNT).map((o, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    kind: o.kind,
    membershipStatus: o.membershipStatus,
    city: o.city,
    languages: o.languages,
    joinedOn: o.joinedOn,
  }));
}

describe('the demo contacts generator', () => {
  const organizations = demoOrganizations();
  const contacts = generateDemoContacts(demoFaker(7), organizations);
  const share = (predicate: (c: (typeof contacts)[number]) => boolean) =>
    contacts.filter(predicate).length / contacts.length;

  it('is deterministic for the same seed and organizations', () => {
    expect(generateDemoContacts(demoFaker(7), organizations)).toEqual(contacts);
  });

  it('makes about 3,000 people from every language community, each speaking its languages', () => {
    expect(contacts).toHaveLength(DEMO_CONTACT_COUNT);
    expect(new Set(contacts.map((c) => c.community)).size).toBe(14);
    const vietnamese = contacts.filter((c) => c.community === 'Vietnamese');
    expect(vietnamese.every((c) => c.languages.includes('vi'))).toBe(true);
    expect(share((c) => c.languages.includes('es'))).toBeGreaterThan(0.2);
    expect(share((c) => c.languages.length === 0)).toBe(0);
  });

  it('keeps emails on reserved domains, unique, and phones on fictional 555-01dd numbers', () => {
    const emails = contacts.flatMap((c) => c.emails.map((e) => e.address));
    for (const address of emails) expect(address).toMatch(/^[a-z0-9._]+@example\.(org|com|net)$/);
    expect(new Set(emails).size).toBe(emails.length);
    for (const c of contacts) {
      for (const phone of c.phones) expect(phone.number).toMatch(/^\d{3}-555-01\d\d$/);
      for (const list of [c.emails, c.phones])
        expect(list.length === 0 || list.filter((i) => i.primary).length === 1).toBe(true);
    }
  });

  it('places people in real municipalities, or nowhere', () => {
    for (const c of contacts) if (c.city !== null) expect(findMunicipality(c.city)).toBeDefined();
    expect(share((c) => c.city === null)).toBeLessThan(0.12);
  });

  it('gives every active organization a current executive director and primary contact', () => {
    const current = contacts.flatMap((c) => c.affiliations.filter((a) => a.endedOn === null));
    for (const org of organizations.filter((o) => o.membershipStatus === 'active')) {
      const roles = current.filter((a) => a.organizationId === org.id).map((a) => a.role);
      expect({
        org: org.id,
        ed: roles.includes('executive_director'),
        pc: roles.includes('primary_contact'),
      }).toEqual({ org: org.id, ed: true, pc: true });
    }
  });

  it('has about 15% individual members, some past affiliations, a long tail of small organizations, and no duplicate current role', () => {
    expect(share((c) => c.affiliations.length === 0)).toBeGreaterThan(0.1);
    expect(share((c) => c.affiliations.length === 0)).toBeLessThan(0.2);
    const all = contacts.flatMap((c) => c.affiliations.map((a) => ({ ...a, contactId: c.id })));
    expect(all.filter((a) => a.endedOn !== null).length).toBeGreaterThan(100);
    for (const a of all) if (a.startedOn && a.endedOn) expect(a.endedOn >= a.startedOn).toBe(true);
    const keys = all
      .filter((a) => a.endedOn === null)
      .map((a) => `${a.contactId}|${a.organizationId}|${a.role}`);
    expect(new Set(keys).size).toBe(keys.length);
    const sizes = organizations
      .map((o) => all.filter((a) => a.organizationId === o.id).length)
      .sort((a, b) => b - a);
    expect(sizes[0]).toBeGreaterThan(5 * sizes[Math.floor(sizes.length / 2)]);
  });

  it('records consent mostly for email, less for SMS and phone, always with a date and source when granted', () => {
    const granted = (channel: 'email' | 'sms' | 'phone') =>
      share((c) => c.consent[channel].granted);
    expect(granted('email')).toBeGreaterThan(0.55);
    expect(granted('sms')).toBeLessThan(granted('email'));
    expect(granted('phone')).toBeLessThan(granted('sms'));
    for (const c of contacts) {
      for (const consent of Object.values(c.consent)) {
        if (consent.granted)
          expect(consent).toEqual({
            granted: true,
            recordedOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
            source: expect.any(String),
          });
      }
    }
  });

  it('never holds a field for immigration status, country of birth or documents', () => {
    const keys = new Set(contacts.flatMap((c) => Object.keys(c)));
    for (const key of keys)
      expect(key).not.toMatch(/immigra|citizen|birth|country|document|passport|visa/i);
  });
});
