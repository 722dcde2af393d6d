import type { ImportDetail, ImportKind, RunImportInput } from '@coalition/contracts';
import { ImportRunner } from '../../src/modules/imports/import-runner.service';
import type { Client, TestApp } from '../test-app';

/** A CSV as spreadsheets write it: cells quoted when they hold the delimiter, quotes or line breaks. */
export function csvOf(rows: string[][], { delimiter = ',', eol = '\r\n' } = {}): string {
  const cell = (value: string) =>
    /[",;\t\r\n]/.test(value) || value.includes(delimiter)
      ? `"${value.replace(/"/g, '""')}"`
      : value;
  return rows.map((row) => row.map(cell).join(delimiter)).join(eol) + eol;
}

/** POST /api/imports as the dashboard sends it: multipart, the file and its kind (any text, to test refusals). */
export function upload(client: Client, kind: string, fileName: string, content: string | Buffer) {
  return client
    .post('/api/imports')
    .field('kind', kind)
    .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), fileName);
}

/** Polls the import until the runner has finished it, within a deadline. */
export async function untilFinished(
  client: Client,
  id: string,
  deadlineMs = 60_000,
): Promise<ImportDetail> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const res = await client.get(`/api/imports/${id}`).expect(200);
    const job = res.body as ImportDetail;
    if (job.status === 'done' || job.status === 'failed') return job;
    if (Date.now() > deadline)
      throw new Error(`import ${id} is still ${job.status} after ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Runs a previewed import as the dashboard does (POST run, then watch GET until done). The app's
 * timer does not poll in tests, so the runner is started here, as the timer would.
 */
export async function runImport(
  t: TestApp,
  client: Client,
  id: string,
  decisions: Partial<RunImportInput> = {},
): Promise<ImportDetail> {
  await client.post(`/api/imports/${id}/run`).send(decisions).expect(202);
  const running = t.app.get(ImportRunner).runNext();
  const job = await untilFinished(client, id);
  await running;
  return job;
}

/** Uploads, confirms the mapping (as guessed, or as given) and answers the previewed import. */
export async function previewed(
  client: Client,
  kind: ImportKind,
  fileName: string,
  content: string | Buffer,
  columns?: (string | null)[],
): Promise<ImportDetail> {
  const uploaded = await upload(client, kind, fileName, content).expect(201);
  const mapping = { ...(uploaded.body as ImportDetail).mapping, ...(columns ? { columns } : {}) };
  const res = await client
    .put(`/api/imports/${(uploaded.body as ImportDetail).id}/mapping`)
    .send(mapping)
    .expect(200);
  return res.body as ImportDetail;
}
