import { useStatus } from './useStatus.tsx';

/** The polite live region: status messages are read by screen readers and shown at the bottom. */
export function StatusRegion() {
  const { message } = useStatus();
  return (
    <div
      className={message ? 'status status-visible' : 'status'}
      role="status"
      aria-live="polite"
      data-testid="status"
    >
      {message}
    </div>
  );
}
