import iconv from 'iconv-lite';

/** As the import reports it: utf-8, utf-16le, utf-16be, windows-1252. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Text of a CSV file and the encoding it was in: a byte-order mark decides; without one, a NUL
 * in every other byte means UTF-16 (the NULs' side tells the byte order); then UTF-8 if the bytes
 * are valid UTF-8, else Windows-1252 (what Excel on Windows writes as "CSV").
 */
export function decodeCsv(bytes: Buffer): { text: string; encoding: CsvEncoding } {
  const declared = encodingByBom(bytes) ?? utf16ByNuls(bytes);
  if (declared) return { text: withoutBom(declared === 'utf-8' ? utf8(bytes, false) : iconv.decode(bytes, declared)), encoding: declared };
  const text = utf8(bytes, true);
  if (text !== undefined) return { text: withoutBom(text), encoding: 'utf-8' };
  return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
}

function encodingByBom(bytes: Buffer): CsvEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Mostly-ASCII UTF-16 text has a NUL as the high byte of most characters. */
function utf16ByNuls(bytes: Buffer): CsvEncoding | undefined {
  const pairs = Math.min(Math.floor(bytes.length / 2), 2048);
  if (pairs < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls++;
    if (bytes[2 * i + 1] === 0) oddNuls++;
  }
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** UTF-8 text; when `strict`, undefined for bytes that are not valid UTF-8. */
function utf8(bytes: Buffer, strict: boolean): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: strict }).decode(bytes);
  } catch {
    return undefined;
  }
}

function withoutBom(text: string | undefined): string {
  return (text ?? '').replace(/^\uFEFF/, '');
}
