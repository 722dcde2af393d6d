import type { SheetLineStatus } from '@coalition/contracts';

/** One non-blank line of a pasted sign-in sheet, as read. */
export interface ParsedLine {
  /** 1-based, in the pasted text: blank lines are skipped, not renumbered. */
  lineNumber: number;
  text: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
}

const EMAIL = /[^\s<>()[\],;:"'|]+@[^\s<>()[\],;:"'|]+\.[^\s<>()[\],;:"'|]+/;
/** What people put around names on a sheet: separators, brackets, quotes, numbering. */
const NOISE = /[<>()[\]{}"|;:\t]+/g;
const LEADING_NUMBER = /^\s*\d+[.)]?\s+/;

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
const trimPunctuation = (s: string) => s.replace(/^[\s,.\-–—/]+|[\s,.\-–—/]+$/g, '');

/**
 * Reads each non-blank line: an email anywhere in it, and a name as "First Last" or
 * "Last, First" (extra spaces, accents and case kept as typed: matching ignores them).
 * A name of one word is a first name; everything after the first word is the last name.
 */
export function parseSignInSheet(text: string): ParsedLine[] {
  const lines: ParsedLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    const emailMatch = EMAIL.exec(raw);
    const email = emailMatch ? emailMatch[0].replace(/[.,]+$/, '').toLowerCase() : null;
    const rest = (emailMatch ? raw.replace(emailMatch[0], ' ') : raw).replace(LEADING_NUMBER, '').replace(NOISE, ' ');
    lines.push({ lineNumber: index + 1, text: raw.trim(), email, ...parseName(rest) });
  });
  return lines;
}

function parseName(text: string): { firstName: string | null; lastName: string | null } {
  const cleaned = trimPunctuation(squeeze(text));
  if (!cleaned) return { firstName: null, lastName: null };
  const comma = cleaned.indexOf(',');
  if (comma !== -1) {
    // "Last, First" (anything after a second comma, an organization say, is left out).
    const last = trimPunctuation(squeeze(cleaned.slice(0, comma)));
    const first = trimPunctuation(squeeze(cleaned.slice(comma + 1).split(',')[0]));
    if (last && first) return { firstName: first, lastName: last };
    return { firstName: last || first || null, lastName: null };
  }
  const [first, ...others] = cleaned.split(' ');
  return { firstName: first, lastName: others.length ? others.join(' ') : null };
}

/** The full name to look up, "First Last", or null when the line has no last name. */
export function fullNameOf(line: ParsedLine): string | null {
  return line.firstName && line.lastName ? `${line.firstName} ${line.lastName}` : null;
}

export interface Candidate {
  contactId: string;
  confidence: number;
}

/** What the database found for one line. */
export interface LineMatches {
  /** Contacts with the line's email address. */
  byEmail: string[];
  /** Contacts whose name is the line's, accents, case, spacing and order ignored. */
  byName: string[];
  /** Contacts with a similar name (trigram similarity), closest first. */
  similar: Candidate[];
}

/** A name found exactly is almost certain; an email is certain. */
export const EXACT_NAME_CONFIDENCE = 0.9;

/**
 * Decides one line: its email alone names one person → matched (confidence 1); an email
 * shared by several → ambiguous; else exactly one person of that name → matched, several →
 * ambiguous; else similar names → ambiguous; else new. Candidates best first.
 */
export function classifyLine(matches: LineMatches): { status: SheetLineStatus; candidates: Candidate[] } {
  const { byEmail, byName, similar } = matches;
  if (byEmail.length === 1) return { status: 'matched', candidates: [{ contactId: byEmail[0], confidence: 1 }] };
  if (byEmail.length > 1) {
    // The one whose name also matches goes first.
    const ranked = [...byEmail].sort((a, b) => Number(byName.includes(b)) - Number(byName.includes(a)));
    return { status: 'ambiguous', candidates: ranked.map((contactId) => ({ contactId, confidence: byName.includes(contactId) ? 0.95 : 0.8 })) };
  }
  if (byName.length === 1) return { status: 'matched', candidates: [{ contactId: byName[0], confidence: EXACT_NAME_CONFIDENCE }] };
  if (byName.length > 1) {
    return { status: 'ambiguous', candidates: byName.map((contactId) => ({ contactId, confidence: EXACT_NAME_CONFIDENCE })) };
  }
  if (similar.length) {
    const ranked = [...similar].sort((a, b) => b.confidence - a.confidence);
    // Below an exact name, whatever the trigram score says.
    return { status: 'ambiguous', candidates: ranked.map((c) => ({ ...c, confidence: Math.min(c.confidence, EXACT_NAME_CONFIDENCE - 0.05) })) };
  }
  return { status: 'new', candidates: [] };
}
