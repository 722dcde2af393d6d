import { Alert } from 'antd';
import type { MemberListLink } from '../hooks/use-member-list-link';

/** Says where the builder's filter came from, or that a report's link could not be used. */
export function MemberListLinkAlert({ link }: { link: MemberListLink }) {
  if (link.state === 'none') return null;
  if (link.state === 'invalid') {
    return (
      <Alert
        type="warning"
        showIcon
        title="This link's filter could not be read"
        description="The builder starts empty: add the conditions you need."
      />
    );
  }
  return (
    <Alert
      type="info"
      showIcon
      title={link.title ? `From a report: ${link.title}` : 'From a report'}
      description="The conditions below select the report's members. Change them if you like, then save them as a segment."
    />
  );
}
