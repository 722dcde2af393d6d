import { Breadcrumb, Flex, Steps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';

export type WizardStep = 'upload' | 'mapping' | 'preview' | 'progress';

const STEPS: { key: WizardStep; title: string }[] = [
  { key: 'upload', title: 'Upload' },
  { key: 'mapping', title: 'Map the columns' },
  { key: 'preview', title: 'Preview' },
  { key: 'progress', title: 'Import' },
];

interface ImportWizardFrameProps {
  title: string;
  step: WizardStep;
  children: ReactNode;
}

/** The wizard's heading and its four steps, the current one highlighted. */
export function ImportWizardFrame({ title, step, children }: ImportWizardFrameProps) {
  return (
    <Flex vertical gap="middle">
      <title>{`${title} · Coalition CRM`}</title>
      <Breadcrumb items={[{ title: <Link to={paths.imports}>Imports</Link> }, { title }]} />
      <Typography.Title level={2} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <Steps
        size="small"
        current={STEPS.findIndex((s) => s.key === step)}
        items={STEPS.map((s) => ({ title: s.title }))}
      />
      {children}
    </Flex>
  );
}
