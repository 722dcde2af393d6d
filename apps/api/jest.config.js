/**
 * API tests: small unit specs beside the code (src/**\/*.spec.ts) and e2e specs against a real
 * Nest app on a fresh, migrated database (test/**\/*.e2e-spec.ts). The database is embedded
 * PGlite unless TEST_DATABASE_URL points at a PostgreSQL server (see test/test-database.ts).
 */
module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  transform: { '^.+\\.(t|j|cj|mj)s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  transformIgnorePatterns: ['/node_modules/(?!(@electric-sql)/)'],
  moduleNameMapper: { '^@coalition/contracts$': '<rootDir>/../../libs/contracts/src/index.ts' },
  maxWorkers: 2,
  testTimeout: 120000,
};
