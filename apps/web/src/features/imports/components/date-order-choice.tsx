import type { DateOrder } from '@coalition/contracts';
import { Flex, Radio, Typography } from 'antd';

/** The Radio's value for "no order given": the API then flags dates that fit both readings. */
const FLAG = 'flag';

interface DateOrderChoiceProps {
  value: DateOrder | undefined;
  onChange: (value: DateOrder | undefined) => void;
}

/** How to read 03/04/2024: files from abroad put the day first. */
export function DateOrderChoice({ value, onChange }: DateOrderChoiceProps) {
  return (
    <Flex vertical gap={4}>
      <Typography.Text id="date-order-label" strong>
        Dates such as 03/04/2024 are written
      </Typography.Text>
      <Radio.Group
        aria-labelledby="date-order-label"
        value={value ?? FLAG}
        onChange={(e) => {
          const next = e.target.value as DateOrder | typeof FLAG;
          onChange(next === FLAG ? undefined : next);
        }}
        options={[
          { value: 'mdy', label: 'Month first (March 4, 2024)' },
          { value: 'dmy', label: 'Day first (3 April 2024)' },
          { value: FLAG, label: "Not sure: mark such dates invalid, don't guess" },
        ]}
      />
    </Flex>
  );
}
