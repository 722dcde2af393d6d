import type { ConfirmSheetInput, SheetLine } from '@coalition/contracts';

/** What the reviewer decided for one line. */
export type LineChoice =
  | { kind: 'contact'; contactId: string }
  | {
      kind: 'new';
      firstName: string;
      lastName: string;
      email: string;
      /** Whom they came for: given a `member` affiliation when the person is created. */
      organizationId: string | null;
    }
  | { kind: 'skip' }
  | { kind: 'undecided' };

/** Matched lines take their match, new ones their parsed name; ambiguous ones wait for a pick. */
export function initialChoice(line: SheetLine): LineChoice {
  const best = line.candidates[0];
  if (line.status === 'matched' && best) return { kind: 'contact', contactId: best.id };
  if (line.status === 'ambiguous') return { kind: 'undecided' };
  return newChoice(line);
}

export function newChoice(line: SheetLine): LineChoice {
  return {
    kind: 'new',
    firstName: line.parsed.firstName ?? '',
    lastName: line.parsed.lastName ?? '',
    email: line.parsed.email ?? '',
    organizationId: null,
  };
}

/** The reviewed lines as the confirm request: each existing person once, skipped lines left out. */
export function toConfirmInput(lines: SheetLine[], choices: LineChoice[]): ConfirmSheetInput {
  const seen = new Set<string>();
  const entries: ConfirmSheetInput['entries'] = [];
  lines.forEach((line, i) => {
    const choice = choices[i];
    if (choice?.kind === 'contact' && !seen.has(choice.contactId)) {
      seen.add(choice.contactId);
      const match = line.candidates.find((c) => c.id === choice.contactId);
      entries.push({
        contactId: choice.contactId,
        organizationId: match?.organizations[0]?.id ?? null,
        status: 'attended',
      });
    } else if (choice?.kind === 'new') {
      entries.push({
        newContact: {
          firstName: choice.firstName.trim(),
          lastName: choice.lastName.trim(),
          email: choice.email.trim() || null,
        },
        organizationId: choice.organizationId,
      });
    }
  });
  return { entries };
}

/** A quoted CSV cell may hold commas; this reads one line's cells. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (ch === '"' && quoted && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

/** A CSV sign-in sheet as lines to match: the first three columns (name, name, email) joined. */
export function linesFromCsv(csv: string): string {
  return csv
    .split(/\r?\n/)
    .map((line) => csvCells(line).slice(0, 3).filter(Boolean).join(' '))
    .join('\n');
}
