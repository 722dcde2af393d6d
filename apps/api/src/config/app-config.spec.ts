import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded database with the demo seed on port 3000', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demoSeed).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('treats DATABASE_URL as production data: no demo seed unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/x' }).demoSeed).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/x', DEMO_SEED: 'true' }).demoSeed).toBe(true);
  });

  it('reads an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });

  it('refuses a bad value with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});

describe('loadConfig secrets', () => {
  it('refuses to start in production with the public demo password', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DEMO_PASSWORD/);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_PASSWORD: 'a-long-secret-pass' }).demoPassword).toBe('a-long-secret-pass');
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y' }).demoSeed).toBe(false);
  });

  it('needs both ADMIN_EMAIL and ADMIN_PASSWORD or neither', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@example.org' })).toThrow(/ADMIN_EMAIL and ADMIN_PASSWORD/);
    expect(loadConfig({ ADMIN_EMAIL: 'a@example.org', ADMIN_PASSWORD: 'twelve-chars!' }).initialAdmin?.email).toBe('a@example.org');
  });
});
