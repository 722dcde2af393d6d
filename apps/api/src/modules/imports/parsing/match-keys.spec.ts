import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { QueryRunner } from 'typeorm';
import { InitialSchema1764000000000 } from '../../../database/migrations/1764000000000-initial-schema';
import { emailKey, organizationKey, organizationNameKey, personNameKey, phoneKey } from './match-keys';

describe('organizationNameKey', () => {
  it('gives one key to an organization written with and without "Inc." or "The"', () => {
    const key = organizationNameKey('Casa Azul');
    expect(organizationNameKey('Casa Azul, Inc.')).toBe(key);
    expect(organizationNameKey('The Casa Azul Inc')).toBe(key);
    expect(organizationNameKey('  CASA   AZUL, LLC ')).toBe(key);
    expect(organizationNameKey('Casa Azul Incorporated')).toBe(key);
  });

  it('ignores case, accents and punctuation but keeps every other word', () => {
    expect(organizationNameKey('Asociación de Mujeres Latinas')).toBe('asociacion de mujeres latinas');
    expect(organizationNameKey('Friends of the Library')).toBe('friends of the library');
    expect(organizationNameKey('Casa "Nueva", Inc.')).toBe('casa nueva');
    expect(organizationNameKey('Theatre Collective')).toBe('theatre collective');
  });

  it('agrees with the database organization_name_key() the unique index uses', async () => {
    const db = await PGlite.create({ extensions: { pg_trgm, unaccent, pgcrypto } });
    try {
      const runner = { query: (sql: string, params?: unknown[]) => db.query(sql, params) } as unknown as QueryRunner;
      await new InitialSchema1764000000000().up(runner);
      const names = [
        'The Casa Azul, Inc.', 'casa azul', 'Casa "Nueva", Inc.', 'Asociación de Mujeres Latinas', 'Friends of the Library',
        'Ação Comunitária Ltd.', 'Smith & Co', 'Co-op Co.', 'Straße Ærø Œuvre', 'THE  Boston  Corp', 'Inc', 'the', '  The The  ',
        'Centro Presente, Inc', 'La Colaborativa (Chelsea)', 'Østergaard Łódź', '中华会', 'Café Vietnamita L.L.C.',
      ];
      for (const name of names) {
        const { rows } = await db.query<{ key: string }>('SELECT organization_name_key($1) AS key', [name]);
        expect([name, organizationNameKey(name)]).toEqual([name, rows[0].key]);
      }
    } finally {
      await db.close();
    }
  });
});

describe('organizationKey', () => {
  it('joins the name key with the city as the database stores it', () => {
    expect(organizationKey('The Welcome Project, Inc.', 'somerville, ma')).toBe(organizationKey('Welcome Project', 'Somerville'));
    expect(organizationKey('Welcome Project', 'Somerville')).not.toBe(organizationKey('Welcome Project', 'Boston'));
    expect(organizationKey('Welcome Project', null)).toBe('welcome project|');
  });
});

describe('emailKey', () => {
  it('gives emails differing only by case or spaces one key', () => {
    expect(emailKey(' Maria.Lopez@Example.ORG ')).toBe(emailKey('maria.lopez@example.org'));
    expect(emailKey(null)).toBe('');
  });
});

describe('phoneKey', () => {
  it('keeps digits only, without the US country code', () => {
    expect(phoneKey('+1 (617) 555-0100')).toBe('6175550100');
    expect(phoneKey('617.555.0100')).toBe('6175550100');
    expect(phoneKey('+44 20 7946 0958')).toBe('442079460958');
    expect(phoneKey(undefined)).toBe('');
  });
});

describe('personNameKey', () => {
  it('ignores case, accents and punctuation in both names', () => {
    expect(personNameKey('José', "O'Brien-Díaz")).toBe(personNameKey('jose', 'OBRIEN DIAZ'));
    expect(personNameKey('Ana', 'Silva')).not.toBe(personNameKey('Silva', 'Ana'));
    expect(personNameKey('', ' ')).toBe('');
  });
});
