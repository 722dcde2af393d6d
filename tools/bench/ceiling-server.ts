/**
 * The ceiling for any Node framework: a bare node:http server that answers a route by running
 * the same SQL statements the API runs for it (recorded by floor.ts) on a pg pool of the API's
 * size, and sending the last result as JSON. No routing library, no session, no validation.
 *
 *   node -r @swc-node/register tools/bench/ceiling-server.ts <statements.json> <port>
 * where statements.json is { "/path": [{ sql, params }, …], … } and DATABASE_URL is set.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import pg from 'pg';
import { POSTGRES_SESSION_OPTIONS } from '../../apps/api/src/database/database-connection';
import type { Statement } from './floor';

const [file, port] = process.argv.slice(2);
const routes = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Statement[]>;
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  options: POSTGRES_SESSION_OPTIONS,
});

async function answer(statements: Statement[]): Promise<unknown> {
  const client = await pool.connect();
  try {
    let rows: unknown[] = [];
    for (const { sql, params } of statements) rows = (await client.query(sql, params)).rows;
    return rows;
  } finally {
    client.release();
  }
}

const server = http.createServer((req, res) => {
  const statements = routes[req.url ?? ''];
  if (!statements) {
    res.writeHead(404).end();
    return;
  }
  req.resume();
  req.on('end', () => {
    answer(statements).then(
      (rows) => {
        const body = JSON.stringify(rows);
        res
          .writeHead(200, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          })
          .end(body);
      },
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });
});
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('listening\n'));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
