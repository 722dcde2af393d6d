import type { CampaignDetail } from '@coalition/contracts';
import { Card, Col, Flex, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { GoalProgressList } from './goal-progress';

/** What the campaign is about, the priorities it serves, and how far each goal has come. */
export function CampaignOverview({ campaign }: { campaign: CampaignDetail }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title="About" style={{ height: '100%' }}>
          <Flex vertical gap="middle">
            {campaign.summary ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>
                {campaign.summary}
              </Typography.Paragraph>
            ) : (
              <Typography.Text type="secondary">No summary yet.</Typography.Text>
            )}
            <section aria-label="Linked issues">
              <Typography.Text strong>Linked issues</Typography.Text>
              {campaign.issues.length === 0 ? (
                <div>
                  <Typography.Text type="secondary">No issue linked.</Typography.Text>
                </div>
              ) : (
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {campaign.issues.map((issue) => (
                    <li key={issue.id}>
                      <Link to={paths.issue(issue.id)}>{issue.title}</Link>{' '}
                      <Typography.Text type="secondary">{`· tier ${issue.tier}`}</Typography.Text>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </Flex>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="Goals" style={{ height: '100%' }}>
          <GoalProgressList goals={campaign.goals} />
        </Card>
      </Col>
    </Row>
  );
}
