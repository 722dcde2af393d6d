import { ENGAGEMENT_BAND_LABELS, type EngagementBand } from '@coalition/contracts';
import { Tag } from 'antd';
import { useBandColors } from './report-colors';

const DOT = { display: 'inline-block', width: 8, height: 8, borderRadius: '50%', marginRight: 6 };

/**
 * An engagement band as a tag with a dot in its chart colour, so tables and charts read alike;
 * the text stays dark on light, whichever the colour.
 */
export function BandTag({ band }: { band: EngagementBand }) {
  const colors = useBandColors();
  return (
    <Tag>
      <span aria-hidden style={{ ...DOT, background: colors[band] }} />
      {ENGAGEMENT_BAND_LABELS[band]}
    </Tag>
  );
}
