import { Button, Empty, Typography } from 'antd';

interface ListEmptyTextProps {
  /** The records in the person's words, plural: 'contacts'. */
  plural: string;
  /** How many the whole list holds, once loaded. */
  total: number | undefined;
  filtered: boolean;
  onClearFilters: () => void;
  /** For a page past the end of a list that is not empty; left out where not offered. */
  onFirstPage?: () => void;
  /** When there is nothing to show and no filter: 'No contacts yet.' */
  noneText: string;
}

/**
 * What an empty table says, so the person knows why it is empty and how to get rows back:
 * still loading, filtered out, a page past the end (an old link), or nothing at all yet.
 */
export function ListEmptyText(props: ListEmptyTextProps) {
  const { plural, total, filtered, onClearFilters, onFirstPage, noneText } = props;
  if (total === undefined) {
    return <Typography.Text type="secondary">{`Loading ${plural}…`}</Typography.Text>;
  }
  if (filtered) {
    return (
      <Empty description={`No ${plural} match these filters.`}>
        <Button onClick={onClearFilters}>Clear filters</Button>
      </Empty>
    );
  }
  if (total > 0 && onFirstPage) {
    return (
      <Empty description="This page is past the end of the list.">
        <Button onClick={onFirstPage}>Go to the first page</Button>
      </Empty>
    );
  }
  return <Empty description={noneText} />;
}
