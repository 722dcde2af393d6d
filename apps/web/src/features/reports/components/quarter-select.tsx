import { Select } from 'antd';
import dayjs from 'dayjs';

/** How many quarters before the current one can be chosen: the two years reports cover. */
const PAST_QUARTERS = 8;

function quarterOf(date: dayjs.Dayjs): string {
  return `${date.year()}-Q${Math.floor(date.month() / 3) + 1}`;
}

/** The current quarter to date first (''), then the whole quarters before it, latest first. */
function quarterOptions(today = dayjs()): { value: string; label: string }[] {
  const past = Array.from({ length: PAST_QUARTERS }, (_, i) => {
    const quarter = quarterOf(today.subtract((i + 1) * 3, 'month'));
    const [year, q] = quarter.split('-');
    return { value: quarter, label: `${q} ${year}` };
  });
  return [{ value: '', label: 'This quarter to date' }, ...past];
}

interface QuarterSelectProps {
  value: string;
  onChange: (quarter: string) => void;
}

/** Which quarter the KPIs count, against the one before it. */
export function QuarterSelect({ value, onChange }: QuarterSelectProps) {
  return (
    <Select
      className="reports-no-print"
      size="small"
      aria-label="Quarter"
      value={value}
      onChange={onChange}
      options={quarterOptions()}
      style={{ minWidth: 170 }}
    />
  );
}
