/**
 * Browser tests. globalSetup builds nothing: `npm run test:e2e` builds first, then this starts
 * the production server (apps/api/dist/main.js) on a free port with a fresh embedded database
 * and the demo seed, exactly as `npm start` does.
 */
module.exports = {
  displayName: 'browser',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  // PGlite (to read a test's own database afterwards) loads its parts with dynamic imports, which
  // jest's VM runs only once they are compiled to require().
  transform: { '^.+\\.(t|j|cj|mj)s$': ['@swc/jest', { module: { type: 'commonjs' } }] },
  transformIgnorePatterns: ['/node_modules/(?!(@electric-sql)/)'],
  moduleNameMapper: { '^@coalition/contracts$': '<rootDir>/../../libs/contracts/src/index.ts' },
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 90000,
};
