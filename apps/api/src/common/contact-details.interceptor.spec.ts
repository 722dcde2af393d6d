import { redactContactDetails } from './contact-details.interceptor';

describe('redactContactDetails', () => {
  it('blanks emails and phones at any depth and keeps everything else', () => {
    const body = {
      items: [
        { name: 'Ana', primaryEmail: 'ana@example.org', primaryPhone: '617-555-0100', organizations: [{ name: 'Casa', email: 'x@example.org' }] },
      ],
      detail: { emails: [{ address: 'a@example.org' }], phones: [{ number: '1' }], phone: '2', notes: 'keep' },
      total: 1,
    };
    expect(redactContactDetails(body)).toEqual({
      items: [{ name: 'Ana', primaryEmail: null, primaryPhone: null, organizations: [{ name: 'Casa', email: null }] }],
      detail: { emails: [], phones: [], phone: null, notes: 'keep' },
      total: 1,
    });
  });
});
