import type { ImportKind, ImportRow, RowMatch } from '@coalition/contracts';
import { Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { fieldLabel } from './mapping-model';

/** Where a matched record opens: only organizations and contacts have pages of their own. */
function recordHref(kind: ImportKind, id: string): string | undefined {
  if (kind === 'organizations') return paths.organization(id);
  if (kind === 'contacts') return paths.contact(id);
  return undefined;
}

function MatchLink({ kind, match }: { kind: ImportKind; match: RowMatch }) {
  const href = recordHref(kind, match.id);
  return (
    <span>
      {href ? <Link to={href}>{match.label}</Link> : <strong>{match.label}</strong>} ({match.reason}
      )
    </span>
  );
}

/** What the preview found about a row, in plain words: its problems, its match, near matches. */
export function RowFindings({ kind, row }: { kind: ImportKind; row: ImportRow }) {
  return (
    <Flex vertical gap={2}>
      {row.problems.map((p, i) => (
        <Typography.Text key={i} type="danger">
          {p.field ? `${fieldLabel(kind, p.field)}: ${p.message}` : p.message}
        </Typography.Text>
      ))}
      {row.duplicateOf !== null && <span>Repeats row {row.duplicateOf} of the file</span>}
      {row.match && (
        <span>
          Updates <MatchLink kind={kind} match={row.match} />
        </span>
      )}
      {row.nearMatches.length > 0 && (
        <Typography.Text type="warning">
          Look at these, they may be the same:{' '}
          {row.nearMatches.map((m, i) => (
            <span key={m.id}>
              {i > 0 && '; '}
              <MatchLink kind={kind} match={m} />
            </span>
          ))}
        </Typography.Text>
      )}
    </Flex>
  );
}
