import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.tsx';
import { tabMove } from './tabMove.ts';

interface Props<T extends string> {
  /** Names the tab list and prefixes the ids of its tabs and panel. */
  readonly id: string;
  readonly label: MessageKey;
  readonly tabs: readonly T[];
  /** The words of each tab's name. */
  readonly name: (tab: T) => MessageKey;
  readonly selected: T;
  readonly onSelect: (tab: T) => void;
  /** A count or mark beside a tab's name. */
  readonly marks?: Partial<Record<T, string>>;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * Parts of a page as tabs (WAI-ARIA tabs: the arrow keys move between them, Home and End to the ends), the
 * panel of the chosen one below.
 */
export function Tabs<T extends string>({ id, label, tabs, name, selected, onSelect, marks, className, children }: Props<T>) {
  const { t } = useI18n();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const to = tabMove(event.key, index, tabs.length);
    const tab = to === null ? undefined : tabs[to];
    if (to === null || tab === undefined) return;
    event.preventDefault();
    onSelect(tab);
    buttons.current[to]?.focus();
  };
  return (
    <div className={className ? `tabs ${className}` : 'tabs'}>
      <div role="tablist" aria-label={t(label)} className="tab-list">
        {tabs.map((tab, i) => (
          <button
            key={tab}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tab}`}
            aria-selected={tab === selected}
            aria-controls={`${id}-panel`}
            tabIndex={tab === selected ? 0 : -1}
            className={tab === selected ? 'tab tab-on' : 'tab'}
            onClick={() => onSelect(tab)}
            onKeyDown={(e) => move(e, i)}
          >
            {t(name(tab))}
            {marks?.[tab] && <span className="tab-mark"> · {marks[tab]}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected}`} className="tab-panel">
        {children}
      </div>
    </div>
  );
}
