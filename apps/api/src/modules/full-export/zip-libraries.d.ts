/*
 * The parts of archiver 5 and yauzl 3 this module uses. Neither ships its own types and their
 * @types packages are not installed; should @types/archiver and @types/yauzl be added, delete
 * this file.
 */

declare module 'archiver' {
  import type { Readable, Transform } from 'node:stream';
  import type { ZlibOptions } from 'node:zlib';

  namespace archiver {
    interface EntryData {
      name: string;
      date?: Date;
    }
    interface Archiver extends Transform {
      append(source: Readable | Buffer | string, data: EntryData): this;
      finalize(): Promise<void>;
    }
  }
  function archiver(format: 'zip', options?: { zlib?: ZlibOptions }): archiver.Archiver;
  export = archiver;
}

declare module 'yauzl' {
  import type { EventEmitter } from 'node:events';
  import type { Readable } from 'node:stream';

  export interface Entry {
    fileName: string;
    uncompressedSize: number;
  }
  export interface ZipFile extends EventEmitter {
    eachEntry(): AsyncIterable<Entry>;
    openReadStreamPromise(entry: Entry): Promise<Readable>;
    close(): void;
  }
  export function openPromise(
    path: string,
    options?: { autoClose?: boolean; strictFileNames?: boolean },
  ): Promise<ZipFile>;
}
