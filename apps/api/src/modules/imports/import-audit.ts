/** Who the audit trail names when no one is signed in: the command line (npm run import). */
export const CLI_ACTOR = 'cli';
