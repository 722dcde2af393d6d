import type { DraftNode, Numbering } from './filter-model';
import type { Problems } from './filter-problems';

/** What every row and group of the builder needs from the whole tree. */
export interface BuilderContext {
  numbering: Numbering;
  problems: Problems;
  readOnly: boolean;
  update: (key: string, change: (node: DraftNode) => DraftNode) => void;
  remove: (key: string) => void;
  add: (groupKey: string, child: DraftNode) => void;
}
