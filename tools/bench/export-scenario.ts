/**
 * A full contact export: GET /api/segments/:id/export?format=csv on the segment of every
 * contact, read to its end; rows per second and the API process's peak memory (VmHWM, reset
 * before each run). The floor replays the statements the export runs (its keyset batches).
 */
import { Writable } from 'node:stream';
import type { Response } from 'express';
import { segmentExportQuerySchema } from '@coalition/contracts';
import { SegmentExportController } from '../../apps/api/src/modules/segments/segment-export.controller';
import { type AppContext, type FloorResult, captureStatements, timeStatements } from './floor';
import type { RawSql } from './database';
import { type Latency, summarize } from './measure';
import { progress } from './progress';
import { memoryMb, peakMemoryMb, resetPeakMemory } from './server';
import type { ApiSession } from './session';

export interface ExportResult {
  rows: number;
  api: Latency;
  rowsPerSecond: number;
  /** Peak resident memory of the API during an export (MB), and its resident memory before it. */
  peakMemoryMb: number | null;
  memoryBeforeMb: number | null;
  floor?: FloorResult;
  floorRowsPerSecond?: number;
}

const lineCount = (chunk: Buffer) => {
  let n = 0;
  for (const byte of chunk) if (byte === 10) n++;
  return n;
};

export async function exportThroughApi(
  session: ApiSession,
  segmentId: string,
  pid: number,
  runs: number,
): Promise<ExportResult> {
  const path = `/api/segments/${segmentId}/export?format=csv`;
  const samples: number[] = [];
  let rows = 0;
  let peak: number | null = null;
  let before: number | null = null;
  for (let run = 0; run <= runs; run++) {
    const resident = memoryMb(pid);
    const resettable = resetPeakMemory(pid);
    let lines = 0;
    const answer = await session.request(
      { method: 'GET', path },
      (chunk) => (lines += lineCount(chunk)),
    );
    if (answer.status !== 200) throw new Error(`export answered ${answer.status}`);
    rows = lines - 1; // the header
    const memory = peakMemoryMb(pid);
    if (run > 0) {
      samples.push(answer.ms);
      if (memory !== null && resettable) peak = Math.max(peak ?? 0, memory);
      before ??= resident;
    }
    progress(
      `  export ${run === 0 ? '(warm-up)' : `${run}/${runs}`}: ${rows.toLocaleString('en-US')} rows in ${Math.round(answer.ms)} ms, API memory ${resident ?? '?'} MB before, peak ${memory ?? '?'} MB`,
    );
  }
  const api = summarize(samples);
  return {
    rows,
    api,
    rowsPerSecond: Math.round(rows / (api.p50 / 1000)),
    peakMemoryMb: peak,
    memoryBeforeMb: before,
  };
}

/** A response that takes the CSV and drops it, as a fast client would. */
function nullResponse(): Response {
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  return Object.assign(sink, { status: () => sink, setHeader: () => sink }) as unknown as Response;
}

export async function exportFloor(
  context: AppContext,
  raw: RawSql,
  segmentId: string,
  runs: number,
): Promise<FloorResult> {
  const query = segmentExportQuerySchema.parse({ format: 'csv' });
  const statements = await captureStatements(() =>
    context.as('organizer', () =>
      context.app.get(SegmentExportController).export({ id: segmentId }, query, nullResponse()),
    ),
  );
  return timeStatements(raw, [statements], runs, 1);
}
