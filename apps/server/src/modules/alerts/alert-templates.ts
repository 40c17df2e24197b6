import type { AlertTemplate, AlertTemplatePresets } from '@pactesur/contracts';

/**
 * What each hazard's template presets (ALERTS.md, Workflow): the CAP category, the response asked of the
 * public, urgency, severity and certainty, and how long the first message stays in force before it must
 * be updated. The officer changes any of them; these are the values a first message most often has.
 */
export const ALERT_TEMPLATE_PRESETS: Readonly<Record<AlertTemplate, Omit<AlertTemplatePresets, 'template'>>> =
  {
    'attack-on-crowd': {
      categories: ['Security'],
      responseTypes: ['Shelter', 'Avoid'],
      urgency: 'Immediate',
      severity: 'Extreme',
      certainty: 'Observed',
      expiresAfterHours: 2,
    },
    'vehicle-ramming': {
      categories: ['Security'],
      responseTypes: ['Avoid', 'Shelter'],
      urgency: 'Immediate',
      severity: 'Extreme',
      certainty: 'Observed',
      expiresAfterHours: 2,
    },
    'crowd-crush': {
      categories: ['Safety'],
      responseTypes: ['Avoid', 'Evacuate'],
      urgency: 'Immediate',
      severity: 'Severe',
      certainty: 'Observed',
      expiresAfterHours: 2,
    },
    'suspicious-object': {
      categories: ['Security', 'CBRNE'],
      responseTypes: ['Avoid', 'Evacuate'],
      urgency: 'Immediate',
      severity: 'Moderate',
      certainty: 'Possible',
      expiresAfterHours: 3,
    },
    heatwave: {
      categories: ['Met', 'Health'],
      responseTypes: ['Prepare', 'Monitor'],
      urgency: 'Expected',
      severity: 'Severe',
      certainty: 'Likely',
      expiresAfterHours: 48,
    },
    flood: {
      categories: ['Met', 'Geo'],
      responseTypes: ['Evacuate', 'Avoid'],
      urgency: 'Expected',
      severity: 'Severe',
      certainty: 'Likely',
      expiresAfterHours: 24,
    },
    'missing-child': {
      categories: ['Rescue'],
      responseTypes: ['Monitor'],
      urgency: 'Immediate',
      severity: 'Severe',
      certainty: 'Observed',
      expiresAfterHours: 12,
    },
  };

export const alertTemplates = (): AlertTemplatePresets[] =>
  Object.entries(ALERT_TEMPLATE_PRESETS).map(([template, presets]) => ({
    template: template as AlertTemplate,
    ...presets,
  }));
