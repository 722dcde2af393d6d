import { Card, Typography } from 'antd';
import Markdown from 'react-markdown';

/**
 * Agenda or notes, written in Markdown. react-markdown builds React elements, never HTML
 * strings: raw HTML in the text is not rendered and `javascript:` links are dropped, so nothing
 * typed into a meeting can run in a colleague's browser.
 */
export function MeetingText({ title, text }: { title: string; text: string | null }) {
  if (!text) return null;
  return (
    <Card title={title} size="small">
      <Typography>
        <Markdown>{text}</Markdown>
      </Typography>
    </Card>
  );
}
