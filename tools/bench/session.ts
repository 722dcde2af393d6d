/**
 * A signed-in HTTP client for the API, as the dashboard is: the session cookie from
 * POST /api/auth/login and the X-CSRF-Token header on writes. Keep-alive node:http, so a timed
 * request measures the server, not a new TCP connection.
 */
import http from 'node:http';
import type { MeResponse } from '@coalition/contracts';
import { elapsedMs } from './measure';

export interface HttpCall {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  ms: number;
}

export interface RawBody {
  contentType: string;
  data: Buffer;
}

export class ApiSession {
  readonly agent: http.Agent;
  cookie = '';
  csrf = '';

  constructor(
    readonly baseUrl: string,
    connections = 8,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  }

  /** Another client on the same session (cookie and CSRF token), with its own connections. */
  fork(connections: number, baseUrl = this.baseUrl): ApiSession {
    const copy = new ApiSession(baseUrl, connections);
    copy.cookie = this.cookie;
    copy.csrf = this.csrf;
    return copy;
  }

  /** One request; the body is read to its end (streamed and dropped when `sink` is given). */
  request(call: HttpCall, sink?: (chunk: Buffer) => void, rawBody?: RawBody): Promise<HttpAnswer> {
    const url = new URL(call.path, this.baseUrl);
    const payload = rawBody
      ? rawBody.data
      : call.body === undefined
        ? undefined
        : Buffer.from(JSON.stringify(call.body));
    const headers: http.OutgoingHttpHeaders = { accept: 'application/json, text/csv, */*' };
    if (this.cookie) headers.cookie = this.cookie;
    if (call.method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    if (payload) {
      headers['content-type'] = rawBody?.contentType ?? 'application/json';
      headers['content-length'] = payload.length;
    }
    const start = process.hrtime.bigint();
    return new Promise((resolve, reject) => {
      const req = http.request(url, { method: call.method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => (sink ? sink(chunk) : chunks.push(chunk)));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
            ms: elapsedMs(start),
          }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** A request that must answer 2xx; its JSON body. */
  async json<T>(call: HttpCall): Promise<T> {
    const answer = await this.request(call);
    if (answer.status < 200 || answer.status >= 300) {
      throw new Error(
        `${call.method} ${call.path} answered ${answer.status}: ${answer.body.toString().slice(0, 500)}`,
      );
    }
    return JSON.parse(answer.body.toString()) as T;
  }

  async signIn(email: string, password: string): Promise<void> {
    const answer = await this.request({
      method: 'POST',
      path: '/api/auth/login',
      body: { email, password },
    });
    if (answer.status !== 200)
      throw new Error(`sign-in as ${email} answered ${answer.status}: ${answer.body.toString()}`);
    const cookies = answer.headers['set-cookie'] ?? [];
    this.cookie = cookies.map((c) => c.split(';')[0]).join('; ');
    this.csrf = (JSON.parse(answer.body.toString()) as MeResponse).csrfToken;
  }

  close(): void {
    this.agent.destroy();
  }
}

/** A multipart/form-data body with text fields and one file, as a browser sends an upload. */
export function multipart(
  fields: Record<string, string>,
  file: { field: string; name: string; type: string; data: Buffer },
): RawBody {
  const boundary = `----coalition-bench-${Date.now().toString(16)}`;
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    ),
  );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { contentType: `multipart/form-data; boundary=${boundary}`, data: Buffer.concat(parts) };
}
