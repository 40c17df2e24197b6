import {
  AlertDraftContent,
  EventPlan,
  type AlertTemplatePresets,
  type TriggerPoint,
} from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { audienceOutline, triggerAlertContent } from './TriggerAlertDraft.ts';

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + 0.001, y],
      [x + 0.001, y + 0.001],
      [x, y + 0.001],
      [x, y],
    ] as [number, number][],
  ],
});

const plan = EventPlan.parse({
  features: [
    { id: 'z1', name: 'Place Masséna', type: 'zone', use: 'audience', polygon: square(7.27, 43.697) },
    { id: 'z2', name: 'Backstage', type: 'zone', use: 'restricted', polygon: square(7.275, 43.697) },
    { id: 'z3', name: 'Jardin Albert Ier', type: 'zone', polygon: square(7.268, 43.695) },
    {
      id: 'e1',
      name: 'Gate A',
      type: 'exit',
      line: [
        [7.27, 43.697],
        [7.2705, 43.697],
      ],
      widthM: 6,
    },
  ],
});
const presets: AlertTemplatePresets = {
  template: 'crowd-crush',
  categories: ['Safety'],
  responseTypes: ['Avoid', 'Evacuate'],
  urgency: 'Immediate',
  severity: 'Severe',
  certainty: 'Observed',
  expiresAfterHours: 2,
};
const event = { name: 'Carnaval de Nice — Corso', siteId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', plan };
const trigger: TriggerPoint = {
  id: 't1',
  name: 'Density 4 /m² on Place Masséna',
  metric: 'density',
  threshold: 4,
  action: 'Close the entries; open the relief exits.',
  alert: {
    headline: 'Place Masséna is full',
    description: 'The square is at capacity.',
    instruction: 'Do not come to Place Masséna.',
    severity: 'Extreme',
    urgency: 'Immediate',
  },
};
const now = new Date('2026-02-14T19:30:00Z');

describe('triggerAlertContent', () => {
  it('drafts a real public alert in the plan’s words over the audience zones, which the contract accepts', () => {
    const { content, areaProblem } = triggerAlertContent(
      { event, trigger, presets, language: 'fr-FR', senderName: 'Ville de Nice' },
      now,
      () => 60,
    );
    expect(areaProblem).toBeNull();
    expect(content).toMatchObject({
      template: 'crowd-crush',
      status: 'Actual',
      scope: 'Public',
      siteId: event.siteId,
    });
    const [info] = content.infos;
    expect(info).toMatchObject({
      language: 'fr-FR',
      event: trigger.name,
      headline: 'Place Masséna is full',
      description: 'The square is at capacity.',
      instruction: 'Do not come to Place Masséna.',
      severity: 'Extreme',
      urgency: 'Immediate',
      certainty: 'Observed',
      categories: ['Safety'],
      senderName: 'Ville de Nice',
      // 19:30 UTC and two hours, written in Nice's winter time (UTC+1).
      expires: '2026-02-14T22:30:00+01:00',
    });
    // The two audience zones, not the restricted one.
    expect(info?.areas).toHaveLength(1);
    expect(info?.areas?.[0]?.areaDesc).toBe(event.name);
    expect(info?.areas?.[0]?.polygons).toHaveLength(2);
    expect(info?.areas?.[0]?.polygons?.[0]).toMatch(/^43\.697,7\.27 /);
    expect(AlertDraftContent.safeParse(content).success).toBe(true);
  });

  it('takes the trigger’s name and action where it has no template, and the crowd template’s severity', () => {
    const bare = { ...trigger, alert: null };
    const { content } = triggerAlertContent(
      { event, trigger: bare, presets, language: 'en-GB', senderName: 'Nice' },
      now,
    );
    expect(content.infos[0]).toMatchObject({
      headline: trigger.name,
      description: trigger.action,
      instruction: '',
      severity: 'Severe',
    });
    expect(AlertDraftContent.safeParse(content).success).toBe(true);
  });

  it('drafts an alert without an area when the plan has no audience zone, still of the event’s site', () => {
    const noZones = { ...event, plan: EventPlan.parse({}) };
    expect(audienceOutline(noZones.plan)).toBeNull();
    const { content } = triggerAlertContent(
      { event: noZones, trigger, presets, language: 'fr-FR', senderName: 'Nice' },
      now,
    );
    expect(content.siteId).toBe(event.siteId);
    expect(content.infos[0]?.areas).toEqual([]);
  });
});
