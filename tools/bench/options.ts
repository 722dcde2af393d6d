/** The command line of `npm run bench`: parsed and checked once, with a --help that is the manual. */

export const SCALES = ['small', 'large'] as const;
export type Scale = (typeof SCALES)[number];
export const DATABASES = ['pglite', 'postgres'] as const;
export type DatabaseChoice = (typeof DATABASES)[number];
export const SCENARIO_GROUPS = [
  'search',
  'typeahead',
  'segments',
  'reports',
  'organization',
  'export',
  'import',
  'throughput',
  'dashboard',
] as const;
export type ScenarioGroup = (typeof SCENARIO_GROUPS)[number];

export interface BenchOptions {
  scale: Scale;
  database: DatabaseChoice;
  /** Server to create the benchmark database on (postgres only). */
  adminUrl: string;
  /** The benchmark database's name on that server: `coalition_bench_<scale>` unless given. */
  databaseName: string;
  only: ReadonlySet<ScenarioGroup>;
  /** Timed requests per scenario, after `warmup` untimed ones. */
  requests: number;
  warmup: number;
  /** Share of the large dataset to generate (1 = the full counts); for trying the generator quickly. */
  fraction: number;
  build: boolean;
  /** Load test length and connections. */
  loadSeconds: number;
  connections: number;
  /** Contacts in the generated import file. */
  importRows: number;
  /** Write docs/benchmarks.md and docs/benchmarks.json (off with --quick unless --write). */
  write: boolean;
  /** Keep the embedded database folder (its path is printed). */
  keep: boolean;
  quick: boolean;
}

export const HELP = `Coalition CRM benchmark: the real API on a generated dataset, beside the same SQL run raw.

Usage: npm run bench -- [options]

  --scale small|large     small (default): exactly the demo seed (160 organizations, 3,000
                          contacts, 107 meetings). large: the same generators scaled up to
                          5,000 organizations, 200,000 contacts, 20,000 meetings, 1,000,000
                          attendance rows, 300,000 outreach attempts, 100 issues, 50 campaigns.
  --database pglite|postgres
                          pglite (the default at small): the embedded database in a fresh
                          temporary folder. postgres (the default at large): a fresh database
                          coalition_bench_<scale> (dropped and recreated) on DATABASE_URL's
                          server, else postgres://postgres@127.0.0.1:5432.
  --database-name NAME    that database's name instead of coalition_bench_<scale> (two runs at once)
  --only a,b              run only these scenario groups: ${SCENARIO_GROUPS.join(', ')}
  --requests N            timed requests per scenario (default 50), after
  --warmup N              untimed warm-up requests (default 5)
  --seconds N             length of each throughput run (default 10), with
  --connections N         keep-alive connections (default 50)
  --import-rows N         contacts in the generated import file (default 3,000 small, 100,000 large)
  --fraction F            generate this share of the large dataset (e.g. 0.01 to try the generator)
  --quick                 smoke test: 5 requests, 2 s of load, 300 imported rows, results not written
  --write                 write the results even with --quick
  --no-build              use the built app as it is (default: build it as npm start does)
  --keep                  keep the embedded database folder
  --help                  this text

Scenarios (each through HTTP with a signed-in session, and its SQL run directly on the same
database: the floor, and the ratio between them):
  search        organization search as you type: GET /api/organizations?q= (1 to 4 letters)
  typeahead     contact type-ahead at the door: GET /api/meetings/people?q=
  segments      five segment previews: POST /api/segments/preview
  reports       the overview page and each report: /api/reports/kpis, drifting, coverage,
                campaigns, breakdowns/<each>, activity
  organization  an organization's page: its record and its engagement score
  export        every contact of a segment as CSV: rows/s and the API's peak memory (VmHWM)
  import        a generated contacts CSV: upload, preview and run (rows/s)
  throughput    50 connections against the list, a preview and the KPIs (requests/s, p99),
                beside a bare node:http server running the same SQL with pg (postgres only)
  dashboard     gzipped initial JS and CSS; time to the first organization row and to the
                overview's KPIs in headless Chromium (/usr/bin/chromium or CHROMIUM_PATH;
                without it the timings are skipped and the rest still runs)

Output: progress on stderr; the tables on stdout; docs/benchmarks.md (one table per scale and
database, regenerated from docs/benchmarks.json, which keeps the other runs' results).
`;

export class UsageError extends Error {}

function positive(name: string, raw: string | undefined, integer = true): number {
  const value = Number(raw);
  if (
    raw === undefined ||
    !Number.isFinite(value) ||
    value <= 0 ||
    (integer && !Number.isInteger(value))
  ) {
    throw new UsageError(`${name} must be a positive ${integer ? 'whole ' : ''}number`);
  }
  return value;
}

function oneOf<T extends string>(name: string, raw: string | undefined, allowed: readonly T[]): T {
  if (!allowed.includes(raw as T))
    throw new UsageError(`${name} must be one of: ${allowed.join(', ')}`);
  return raw as T;
}

/** A plain lower-case SQL identifier: it is written into CREATE DATABASE. */
function identifier(name: string, raw: string | undefined): string {
  if (!raw || !/^[a-z_][a-z0-9_]{0,62}$/.test(raw))
    throw new UsageError(`${name} must be lower-case letters, digits and _ (a database name)`);
  return raw;
}

function groups(raw: string | undefined): Set<ScenarioGroup> {
  const names = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!names.length) throw new UsageError('--only needs a list of scenario groups');
  return new Set(names.map((n) => oneOf('--only', n, SCENARIO_GROUPS)));
}

/** Parses argv (without node and the script); throws UsageError on a bad option. */
export function parseOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): BenchOptions | 'help' {
  const raw = new Map<string, string | undefined>();
  const flags = new Set(['--quick', '--write', '--no-build', '--keep', '--help', '-h']);
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    if (flags.has(name)) raw.set(name, '');
    else if (name.startsWith('--')) raw.set(name, inline ?? argv[++i]);
    else throw new UsageError(`unexpected argument: ${argv[i]}`);
  }
  if (raw.has('--help') || raw.has('-h')) return 'help';
  const known = new Set([
    ...flags,
    '--scale',
    '--database',
    '--only',
    '--requests',
    '--warmup',
    '--seconds',
    '--connections',
    '--import-rows',
    '--fraction',
    '--database-name',
  ]);
  for (const name of raw.keys())
    if (!known.has(name)) throw new UsageError(`unknown option: ${name}`);

  const scale = raw.has('--scale') ? oneOf('--scale', raw.get('--scale'), SCALES) : 'small';
  const quick = raw.has('--quick');
  const number = (name: string, fallback: number, integer = true) =>
    raw.has(name) ? positive(name, raw.get(name), integer) : fallback;
  const fraction = Math.min(1, number('--fraction', 1, false));
  const importDefault = quick
    ? 300
    : scale === 'large'
      ? Math.max(300, Math.round(100_000 * fraction))
      : 3_000;
  return {
    scale,
    // The large dataset is the server's job; the small one needs no server at all.
    database: raw.has('--database')
      ? oneOf('--database', raw.get('--database'), DATABASES)
      : scale === 'large'
        ? 'postgres'
        : 'pglite',
    adminUrl: env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    databaseName: raw.has('--database-name')
      ? identifier('--database-name', raw.get('--database-name'))
      : `coalition_bench_${scale}`,
    only: raw.has('--only') ? groups(raw.get('--only')) : new Set(SCENARIO_GROUPS),
    requests: number('--requests', quick ? 5 : 50),
    warmup: raw.has('--warmup') ? Number(raw.get('--warmup')) || 0 : quick ? 2 : 5,
    fraction,
    build: !raw.has('--no-build'),
    loadSeconds: number('--seconds', quick ? 2 : 10),
    connections: number('--connections', 50),
    importRows: number('--import-rows', importDefault),
    write: !quick || raw.has('--write'),
    keep: raw.has('--keep'),
    quick,
  };
}
