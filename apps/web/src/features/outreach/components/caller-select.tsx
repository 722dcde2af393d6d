import { Select, type SelectProps } from 'antd';
import { useCallers } from '../api/use-callers';

interface CallerSelectProps extends Omit<SelectProps<string | string[]>, 'options' | 'loading'> {
  /** Choices listed before the organizers ("Nobody", "Me"). */
  extraOptions?: { value: string; label: string }[];
}

/** Picks organizers who can run outreach (one, or several with `mode="multiple"`). */
export function CallerSelect({ extraOptions = [], ...props }: CallerSelectProps) {
  const callers = useCallers();
  const options = [
    ...extraOptions,
    ...(callers.data?.items ?? []).map((caller) => ({ value: caller.id, label: caller.name })),
  ];
  return (
    <Select<string | string[]>
      allowClear
      {...props}
      options={options}
      loading={callers.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent={
        callers.error ? `Could not load organizers: ${callers.error.message}` : undefined
      }
    />
  );
}
