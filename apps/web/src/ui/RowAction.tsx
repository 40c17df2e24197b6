/**
 * The button that acts on one row of a table (revoke, remove, cancel, show): `text` is what it shows,
 * `label` what it says to a screen reader, naming the row it acts on.
 */
export function RowAction({
  text,
  label,
  onClick,
  busy = false,
  tone = 'danger',
}: {
  readonly text: string;
  readonly label: string;
  readonly onClick: () => void;
  readonly busy?: boolean;
  readonly tone?: 'danger' | 'quiet';
}) {
  return (
    <button type="button" className={`button-${tone}`} disabled={busy} onClick={onClick} aria-label={label}>
      {text}
    </button>
  );
}
