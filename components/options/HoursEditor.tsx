import { useId } from 'react';
import { t } from '../../lib/i18n';
import { problemText } from '../core-words';
import type { Day, PolicyProblem } from '../../lib/policy/contact-policy';
import { DAYS } from '../../lib/policy/contact-policy';
import { describedBy, FieldProblems } from './FieldProblems';
import type { HoursDraft, TimeRangeDraft } from './policy-draft';
import { dayName, problemsAt, problemsUnder } from './problems';
import { TimeZoneSelect } from './TimeZoneSelect';

export interface HoursEditorProps {
  timezone: string;
  hours: HoursDraft;
  onTimezoneChange(zone: string): void;
  onHoursChange(hours: HoursDraft): void;
  /** The form's problems; those under `availability` are shown here, next to their day and range. */
  problems?: readonly PolicyProblem[];
}

/** Weekly hours: a time zone, and per day any number of from–until ranges (none: closed). */
export function HoursEditor({ timezone, hours, onTimezoneChange, onHoursChange, problems = [] }: HoursEditorProps) {
  const setDay = (day: Day, ranges: TimeRangeDraft[]) => onHoursChange({ ...hours, [day]: ranges });
  return (
    <div className="hours-editor">
      <TimeZoneSelect
        value={timezone}
        onChange={onTimezoneChange}
        problems={problemsUnder(problems, 'availability.timezone').map(problemText)}
      />
      <p className="hint">{t('options_hours_hint')}</p>
      <div className="days">
        {DAYS.map((day) => (
          <DayHours
            key={day}
            day={day}
            ranges={hours[day]}
            onChange={(ranges) => setDay(day, ranges)}
            problems={problemsUnder(problems, `availability.hours.${day}`)}
          />
        ))}
      </div>
    </div>
  );
}

function DayHours({
  day,
  ranges,
  onChange,
  problems,
}: {
  day: Day;
  ranges: TimeRangeDraft[];
  onChange(ranges: TimeRangeDraft[]): void;
  problems: PolicyProblem[];
}) {
  const labelId = useId();
  const dayProblemsId = useId();
  const name = dayName(day);
  const dayProblems = problemsAt(problems, `availability.hours.${day}`).map(problemText);
  const update = (index: number, range: TimeRangeDraft) => onChange(ranges.map((r, i) => (i === index ? range : r)));
  return (
    <div className="day" role="group" aria-labelledby={labelId} data-day={day}>
      <span id={labelId} className="day-name">
        {name}
      </span>
      <div className="day-ranges">
        {ranges.length === 0 && <span className="closed">{t('options_hours_closed')}</span>}
        {ranges.map((range, index) => (
          <RangeRow
            key={index}
            label={ranges.length > 1 ? t('options_hours_range', name, index + 1) : name}
            range={range}
            onChange={(next) => update(index, next)}
            onRemove={() => onChange(ranges.filter((_, i) => i !== index))}
            problems={problemsUnder(problems, `availability.hours.${day}.${index}`).map(problemText)}
          />
        ))}
        <FieldProblems id={dayProblemsId} messages={dayProblems} />
        <button
          type="button"
          className="small"
          onClick={() =>
            onChange([...ranges, ranges.length === 0 ? { start: '09:00', end: '17:00' } : { start: '', end: '' }])
          }
        >
          {t('options_hours_add')}
          <span className="visually-hidden">{t('options_hours_add_on', name)}</span>
        </button>
      </div>
    </div>
  );
}

function RangeRow({
  label,
  range,
  onChange,
  onRemove,
  problems,
}: {
  label: string;
  range: TimeRangeDraft;
  onChange(range: TimeRangeDraft): void;
  onRemove(): void;
  problems: string[];
}) {
  const startId = useId();
  const endId = useId();
  const problemsId = useId();
  const invalid = problems.length > 0;
  const described = describedBy(undefined, problemsId, invalid);
  return (
    <div className="range">
      <label htmlFor={startId}>
        <span className="visually-hidden">{t('options_hidden_label', label)}</span>
        {t('options_hours_from')}
      </label>
      <input
        id={startId}
        type="time"
        value={range.start}
        onChange={(e) => onChange({ ...range, start: e.currentTarget.value })}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={described}
      />
      <label htmlFor={endId}>
        <span className="visually-hidden">{t('options_hidden_label', label)}</span>
        {t('options_hours_until')}
      </label>
      <input
        id={endId}
        type="time"
        value={range.end}
        onChange={(e) => onChange({ ...range, end: e.currentTarget.value })}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={described}
      />
      <button type="button" className="small" onClick={onRemove}>
        {t('options_remove')}
        <span className="visually-hidden">{t('options_hidden_name', label)}</span>
      </button>
      <FieldProblems id={problemsId} messages={problems} />
    </div>
  );
}
