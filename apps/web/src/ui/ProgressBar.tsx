/** A labelled progress bar with its percentage; `value` from 0 to 1. */
export function ProgressBar({ label, value, testId }: { label: string; value: number; testId?: string }) {
  const percent = Math.max(0, Math.min(100, Math.round(value * 100)));
  return (
    <div className="progress progress-wide">
      <progress max={100} value={percent} aria-label={label} data-testid={testId} />
      <span className="progress-value">{percent} %</span>
    </div>
  );
}
