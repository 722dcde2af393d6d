import { SaveOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { useDrawerState } from '@/lib/use-drawer-state';
import { FilterWorkbench } from '../components/filter-workbench';
import { MemberListLinkAlert } from '../components/member-list-link-alert';
import { SaveSegmentModal } from '../components/save-segment-modal';
import { useFilterDraft } from '../hooks/use-filter-draft';
import { suggestedNameOf, useMemberListLink } from '../hooks/use-member-list-link';

/**
 * The builder for a new segment: conditions, live counts, then a name to save it under. A report
 * cell's link (`memberListHref`) opens it on the cell's filter, its title the suggested name.
 */
export function NewSegmentPage() {
  const link = useMemberListLink();
  const draft = useFilterDraft(link.state === 'valid' ? link.filter : undefined);
  const save = useDrawerState();
  const { message } = App.useApp();

  const askToSave = () => {
    if (draft.check.state === 'valid') save.show();
    else if (draft.check.state === 'empty') void message.info('Add a condition before saving.');
    else void message.warning('Finish the parts marked in red before saving.');
  };

  return (
    <Flex vertical gap="middle">
      <title>New segment · Coalition CRM</title>
      <Breadcrumb
        aria-label="Breadcrumb"
        items={[{ title: <Link to={paths.segments}>Segments</Link> }, { title: 'New segment' }]}
      />
      <Flex justify="space-between" align="baseline" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          New segment
        </Typography.Title>
        <Button type="primary" icon={<SaveOutlined />} onClick={askToSave}>
          Save segment
        </Button>
      </Flex>
      <MemberListLinkAlert link={link} />
      <FilterWorkbench draft={draft} />
      {save.session > 0 && draft.filter && (
        <SaveSegmentModal
          key={save.session}
          open={save.open}
          onClose={save.hide}
          filter={draft.filter}
          onFilterRefused={draft.refuse}
          suggestedName={suggestedNameOf(link)}
        />
      )}
    </Flex>
  );
}
