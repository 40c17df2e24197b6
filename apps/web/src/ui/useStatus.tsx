import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

interface StatusValue {
  readonly message: string;
  /** Says `message` in the polite live region (screen readers read it; it also shows on screen for a while). */
  readonly announce: (message: string) => void;
}

const StatusContext = createContext<StatusValue | null>(null);
const SHOWN_FOR_MS = 8000;

export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timers = useRef<number[]>([]);
  const clearTimers = () => {
    for (const timer of timers.current.splice(0)) window.clearTimeout(timer);
  };
  useEffect(() => clearTimers, []);

  const announce = useCallback((text: string) => {
    clearTimers();
    // Clearing first makes a repeated message be read again.
    setMessage('');
    timers.current.push(
      window.setTimeout(() => setMessage(text), 30),
      window.setTimeout(() => setMessage(''), SHOWN_FOR_MS),
    );
  }, []);
  const value = useMemo(() => ({ message, announce }), [message, announce]);
  return <StatusContext.Provider value={value}>{children}</StatusContext.Provider>;
}

export function useStatus(): StatusValue {
  const value = useContext(StatusContext);
  if (!value) throw new Error('useStatus outside StatusProvider');
  return value;
}
