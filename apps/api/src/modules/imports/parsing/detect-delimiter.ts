/** The delimiters a CSV may use, in the order preferred when they score alike. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

const SAMPLE_RECORDS = 30;
const SAMPLE_CHARS = 256 * 1024;

/**
 * The delimiter that splits the first records into the same number of columns most often
 * (counting only outside quotes, so a quoted "Boston, MA" is not a comma). A file with one column
 * has none of them; it is read with a comma, which changes nothing.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const records = sampleRecords(text);
  let best: { delimiter: CsvDelimiter; consistency: number; columns: number } | undefined;
  for (const delimiter of CSV_DELIMITERS) {
    const counts = records.map((record) => countOutsideQuotes(record, delimiter));
    const columns = mostCommon(counts);
    if (columns === 0) continue;
    const consistency = counts.filter((c) => c === columns).length / counts.length;
    if (!best || consistency > best.consistency || (consistency === best.consistency && columns > best.columns)) {
      best = { delimiter, consistency, columns };
    }
  }
  return best?.delimiter ?? ',';
}

/** The first non-blank records, split on line breaks outside quotes. */
function sampleRecords(text: string): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end && records.length < SAMPLE_RECORDS; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if ((c === '\n' || c === '\r') && !quoted) {
      if (text.slice(start, i).trim() !== '') records.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (records.length < SAMPLE_RECORDS && text.slice(start, end).trim() !== '') records.push(text.slice(start, end));
  return records;
}

function countOutsideQuotes(record: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const c of record) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}

function mostCommon(counts: number[]): number {
  const tally = new Map<number, number>();
  for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
  let best = 0;
  let bestTally = 0;
  for (const [count, n] of tally) {
    if (n > bestTally || (n === bestTally && count > best)) [best, bestTally] = [count, n];
  }
  return best;
}
