import { COUNTIES, ORGANIZATION_KINDS, findMunicipality } from '@coalition/contracts';
import { generateDemoOrganizations } from './demo-organizations';
import { demoFaker } from './demo-random';
import { DEMO_ORGANIZATION_COUNT } from './demo-seed';

describe('the demo coalition generator', () => {
  const organizations = generateDemoOrganizations(demoFaker(), DEMO_ORGANIZATION_COUNT);

  it('is deterministic from its fixed seed', () => {
    expect(generateDemoOrganizations(demoFaker(), DEMO_ORGANIZATION_COUNT)).toEqual(organizations);
  });

  it('makes at least 150 organizations of all nine kinds, with unique names', () => {
    expect(organizations.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(organizations.map((o) => o.kind));
    for (const kind of ORGANIZATION_KINDS.filter((k) => k !== 'other')) expect(kinds).toContain(kind);
    expect(new Set(organizations.map((o) => o.name)).size).toBe(organizations.length);
  });

  it('places every organization in a real municipality, covering all 14 counties', () => {
    const counties = organizations.map((o) => findMunicipality(o.city)?.county);
    expect(counties).not.toContain(undefined);
    expect(new Set(counties)).toEqual(new Set(COUNTIES));
  });

  it('keeps contact details on reserved, fictional domains and numbers', () => {
    for (const o of organizations) {
      expect(o.email).toMatch(/@[\w.-]+\.example\.org$/);
      expect(o.phone).toMatch(/^617-555-01\d\d$/);
      expect(o.description).toContain('Fictional');
    }
  });

  it('gives prospective members no join date or dues, and everyone else both', () => {
    for (const o of organizations) {
      const prospective = o.membershipStatus === 'prospective';
      expect({ name: o.name, joined: o.joinedOn !== null }).toEqual({ name: o.name, joined: !prospective });
      expect(o.annualDuesCents === null).toBe(prospective);
    }
  });
});
