import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import archiver from 'archiver';

/**
 * A zip written entry by entry into `output` (a file or an HTTP response). Each entry is
 * streamed with backpressure: a slow reader slows the writer, so memory stays flat. If the
 * output fails (a download cancelled), the entry being written rejects at once instead of
 * waiting forever for room.
 */
export class ZipWriter {
  private readonly archive = archiver('zip', { zlib: { level: 6 } });
  private readonly failed = new AbortController();
  private readonly done: Promise<void>;

  constructor(
    output: Writable,
    private readonly date: Date,
  ) {
    this.done = pipeline(this.archive, output);
    this.done.catch((error: unknown) => this.failed.abort(error));
    this.archive.on('warning', (error: Error) => this.archive.destroy(error));
  }

  /** Writes one entry from `chunks` and resolves once the zip has taken all of it. */
  async entry(name: string, chunks: AsyncIterable<string>): Promise<void> {
    const signal = this.failed.signal;
    signal.throwIfAborted();
    const entry = new PassThrough();
    this.archive.append(entry, { name, date: this.date });
    try {
      for await (const chunk of chunks) {
        if (!entry.write(chunk)) await once(entry, 'drain', { signal });
      }
      entry.end();
      await finished(entry, { signal });
    } catch (error) {
      entry.destroy();
      throw error;
    }
  }

  /** Adds the last (small) entry, writes the zip's directory and waits for the output to finish. */
  async finish(name: string, content: string): Promise<void> {
    this.failed.signal.throwIfAborted();
    this.archive.append(content, { name, date: this.date });
    await this.archive.finalize();
    await this.done;
  }

  /** Stops writing after a failure on our side; the output is destroyed with the error. */
  abort(error: unknown): void {
    this.archive.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}
