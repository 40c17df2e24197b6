import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.tsx';

/** A column of a table: its heading, whether it holds numbers (aligned right), whether its heading is for screen readers only. */
export interface Column {
  readonly label: MessageKey;
  readonly numeric?: boolean;
  readonly hidden?: boolean;
}

/** The header row of a table: one heading per column; `false` leaves a column out. */
export function TableHead({ columns }: { columns: readonly (Column | false)[] }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        {columns.map(
          (c) =>
            c && (
              <th scope="col" key={c.label} className={c.numeric ? 'numeric' : undefined}>
                {c.hidden ? <span className="visually-hidden">{t(c.label)}</span> : t(c.label)}
              </th>
            ),
        )}
      </tr>
    </thead>
  );
}
