import { BREAKDOWN_DIMENSIONS, BREAKDOWN_LABELS } from '@coalition/contracts';
import { Card, Flex, theme, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';

/** The ways to slice the membership, each its own report with a chart and the numbers. */
export function BreakdownLinks() {
  const { token } = theme.useToken();
  return (
    <section aria-label="Breakdowns">
      <Card
        title={
          <Typography.Title level={3} style={{ margin: 0, fontSize: token.fontSizeLG }}>
            Breakdowns
          </Typography.Title>
        }
      >
        <Flex gap="middle" wrap>
          {BREAKDOWN_DIMENSIONS.map((dimension) => (
            <Link key={dimension} to={paths.reportBreakdown(dimension)}>
              {`Members by ${BREAKDOWN_LABELS[dimension].toLowerCase()}`}
            </Link>
          ))}
          <Link to={paths.reportActivity}>Activity over time</Link>
        </Flex>
      </Card>
    </section>
  );
}
