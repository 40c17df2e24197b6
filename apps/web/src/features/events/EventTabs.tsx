import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';

/** The tabs of an event's page. */
export const EVENT_TABS = ['plan', 'figures', 'simulation', 'risks', 'sign-off', 'live', 'export'] as const;
export type EventTab = (typeof EVENT_TABS)[number];

interface Props {
  readonly selected: EventTab;
  readonly onSelect: (tab: EventTab) => void;
  /** A count or mark beside a tab's name (the warnings of the figures …). */
  readonly marks?: Partial<Record<EventTab, string>>;
  readonly children: ReactNode;
}

const label = (tab: EventTab): MessageKey => `eventTab.${tab}`;

/**
 * The parts of a plan as tabs (WAI-ARIA tabs: arrow keys move between them, Home and End to the ends), the
 * panel of the chosen one below.
 */
export function EventTabs({ selected, onSelect, marks = {}, children }: Props) {
  const { t } = useI18n();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = EVENT_TABS.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (to === null) return;
    event.preventDefault();
    onSelect(EVENT_TABS[to] ?? 'plan');
    tabs.current[to]?.focus();
  };
  return (
    <div className="event-tabs">
      <div role="tablist" aria-label={t('event.tabs')} className="tab-list">
        {EVENT_TABS.map((tab, i) => (
          <button
            key={tab}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`event-tab-${tab}`}
            aria-selected={tab === selected}
            aria-controls="event-tab-panel"
            tabIndex={tab === selected ? 0 : -1}
            className={tab === selected ? 'tab tab-on' : 'tab'}
            onClick={() => onSelect(tab)}
            onKeyDown={(e) => move(e, i)}
          >
            {t(label(tab))}
            {marks[tab] && <span className="tab-mark"> · {marks[tab]}</span>}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="event-tab-panel"
        aria-labelledby={`event-tab-${selected}`}
        className="tab-panel"
      >
        {children}
      </div>
    </div>
  );
}
