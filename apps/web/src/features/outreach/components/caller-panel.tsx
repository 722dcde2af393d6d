import type { DriveDetail, LogAttemptInput, OutreachOutcome, Target } from '@coalition/contracts';
import { Button, Card, Col, DatePicker, Flex, Input, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useOutcomeShortcuts } from '../hooks/use-outcome-shortcuts';
import { AttemptList } from './attempt-list';
import { OutcomeButtons } from './outcome-buttons';
import { TargetCard } from './target-card';

const NOTE_MAX_LENGTH = 2000;

interface CallerPanelProps {
  drive: DriveDetail;
  target: Target;
  /** Logging or loading the next target: nothing can be logged meanwhile. */
  busy: boolean;
  onLog: (target: Target, attempt: LogAttemptInput) => void;
  onSkip: (target: Target) => void;
}

/**
 * One target being worked: who they are and how to reach them, what was tried before, the
 * script beside it, and the outcome buttons with a note and a follow-up date. Keyed by target,
 * so the note starts empty for each person.
 */
export function CallerPanel({ drive, target, busy, onLog, onSkip }: CallerPanelProps) {
  const [note, setNote] = useState('');
  const [followUpOn, setFollowUpOn] = useState<Dayjs | null>(null);

  const log = (outcome: OutreachOutcome) => {
    if (busy) return;
    onLog(target, {
      outcome,
      note: note.trim() || null,
      followUpOn: followUpOn ? followUpOn.format('YYYY-MM-DD') : null,
    });
  };
  useOutcomeShortcuts(log, !busy);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Flex vertical gap="middle">
          <Card>
            <TargetCard target={target} channel={drive.channel} />
          </Card>
          <Card title="Outcome">
            <Flex vertical gap="middle">
              <OutcomeButtons onOutcome={log} disabled={busy} />
              <label>
                <Typography.Text>Note</Typography.Text>
                <Input.TextArea
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  maxLength={NOTE_MAX_LENGTH}
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  placeholder="What they said, what to remember next time"
                />
              </label>
              <Flex wrap gap="middle" align="end" justify="space-between">
                <label>
                  <Typography.Text>Follow up on</Typography.Text>
                  <DatePicker
                    value={followUpOn}
                    onChange={setFollowUpOn}
                    format="MMM D, YYYY"
                    style={{ display: 'flex' }}
                  />
                </label>
                <Button disabled={busy} onClick={() => onSkip(target)}>
                  Skip for now
                </Button>
              </Flex>
            </Flex>
          </Card>
          <Card title="Earlier attempts" size="small">
            <AttemptList attempts={target.attempts} />
          </Card>
        </Flex>
      </Col>
      <Col xs={24} lg={10}>
        <Card title="Script">
          {drive.script ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>
              {drive.script}
            </Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">This drive has no script.</Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}
