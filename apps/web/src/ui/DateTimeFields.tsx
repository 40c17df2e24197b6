import type { MessageKey } from '../i18n/messages.ts';
import { HintedRow } from './HintedRow.tsx';
import { InputField } from './InputField.tsx';

interface Props {
  readonly dateLabel: MessageKey;
  readonly timeLabel: MessageKey;
  /** What the moment is and in which time zone, said beside the two fields. */
  readonly hint: string;
  /** The day (`2026-05-04`) and the time (`17:00`) as typed. */
  readonly date: string;
  readonly time: string;
  readonly onDate: (date: string) => void;
  readonly onTime: (time: string) => void;
  /** Said of both fields. */
  readonly invalid?: boolean | undefined;
  readonly required?: boolean | undefined;
  /** Names the two controls in their form: `<name>Date` and `<name>Time`. */
  readonly name?: string | undefined;
}

/** A moment as a day and a time of day, side by side in a row of a form, with the hint both point to. */
export function DateTimeFields({
  dateLabel,
  timeLabel,
  hint,
  date,
  time,
  onDate,
  onTime,
  name,
  ...both
}: Props) {
  return (
    <HintedRow className="form-row form" hint={hint}>
      {(hintId) => (
        <>
          <InputField
            label={dateLabel}
            name={name && `${name}Date`}
            type="date"
            value={date}
            onChange={onDate}
            describedBy={hintId}
            {...both}
          />
          <InputField
            label={timeLabel}
            name={name && `${name}Time`}
            type="time"
            value={time}
            onChange={onTime}
            describedBy={hintId}
            {...both}
          />
        </>
      )}
    </HintedRow>
  );
}
