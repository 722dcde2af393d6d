/*
 * Text folding shared by the guesser, the row parser and the match keys. `unaccent` follows
 * PostgreSQL's unaccent dictionary closely enough for names: decomposed accents dropped, and the
 * few letters that do not decompose spelled out the way unaccent spells them.
 */

const SPELLED_OUT: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH', ı: 'i', ħ: 'h', Ħ: 'H',
};

/** Accents removed, letters that do not decompose spelled out ("Ñuñoa" → "Nunoa", "Øst" → "Ost"). */
export function unaccent(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæÆœŒøØłŁđĐðÐþÞıħĦ]/g, (c) => SPELLED_OUT[c] ?? c);
}

/** Lower-case, unaccented, letters and digits only: "E-mail Address" → "emailaddress". */
export function compactKey(text: string): string {
  return unaccent(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Lower-case, unaccented, punctuation as spaces, single spaces: "No-Show!" → "no show". */
export function wordsKey(text: string): string {
  return unaccent(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Control characters other than tab and line breaks, which collapse into spaces anyway.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// Unicode spaces spreadsheets leave behind (no-break, thin, ideographic...).
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** A cell as one line: trimmed, every run of whitespace (line breaks too) one space. */
export function cleanLine(cell: string): string {
  return cell.replace(CONTROL, '').replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').replace(/\s+/g, ' ').trim();
}

/** A multi-line cell (notes): line breaks kept (as \n), spaces collapsed within lines, blank lines squeezed. */
export function cleanLines(cell: string): string {
  return cell
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(cleanLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
