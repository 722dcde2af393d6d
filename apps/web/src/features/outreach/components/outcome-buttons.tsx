import {
  OUTREACH_OUTCOME_LABELS,
  OUTREACH_OUTCOMES,
  type OutreachOutcome,
} from '@coalition/contracts';
import { Button, Col, Row } from 'antd';
import { shortcutOf } from '../hooks/use-outcome-shortcuts';

// Quiet enough to read as a hint on any button colour.
const KEY_STYLE = { fontFamily: 'inherit', opacity: 0.65, marginInlineEnd: 8 } as const;

interface OutcomeButtonsProps {
  onOutcome: (outcome: OutreachOutcome) => void;
  disabled: boolean;
}

/** Six big buttons, one per outcome, each with the key that logs it. */
export function OutcomeButtons({ onOutcome, disabled }: OutcomeButtonsProps) {
  return (
    <Row gutter={[8, 8]} role="group" aria-label="Log the outcome">
      {OUTREACH_OUTCOMES.map((outcome) => {
        const key = shortcutOf(outcome);
        return (
          <Col key={outcome} xs={12} md={8}>
            <Button
              block
              size="large"
              type={outcome === 'committed' ? 'primary' : 'default'}
              disabled={disabled}
              aria-keyshortcuts={key}
              onClick={() => onOutcome(outcome)}
            >
              <kbd style={KEY_STYLE}>{key}</kbd>
              {OUTREACH_OUTCOME_LABELS[outcome]}
            </Button>
          </Col>
        );
      })}
    </Row>
  );
}
