/** Unit tests of the shared contracts: pure functions and schemas, no database. */
module.exports = {
  displayName: 'contracts',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.(t|j)s$': ['@swc/jest'] },
};
