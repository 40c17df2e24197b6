import type {
  AlertArea,
  AlertDraftContentInput,
  AlertTemplatePresets,
  CapScopeValue,
  CapStatusValue,
  MultiPolygon,
} from '@pactesur/contracts';
import { capPolygonsOfOutline, type AreaProblem } from './geojsonArea.ts';
import { isoAfterHours, type OffsetOf } from './localTime.ts';

/** A template's words in one language of the alert. */
export interface TemplateWords {
  readonly event: string;
  readonly headline: string;
  readonly description: string;
  readonly instruction: string;
}

export interface NewAlertChoices {
  readonly template: AlertTemplatePresets;
  readonly status: CapStatusValue;
  readonly scope: CapScopeValue;
  readonly recipientOrgIds: readonly string[];
  readonly addresses: string;
  readonly site: { readonly id: string; readonly name: string; readonly outline: MultiPolygon } | null;
  readonly languages: readonly string[];
  /** The organisation's name, as every language signs the alert. */
  readonly senderName: string;
}

export interface NewAlertContent {
  readonly content: AlertDraftContentInput;
  /** Why the site's outline could not become the area (the alert is made without one), or null. */
  readonly areaProblem: AreaProblem | null;
}

/**
 * The first draft of an alert: one info per language, each with the template's words in that language and
 * its presets (category, response, urgency, severity, certainty, expiry from now), signed by the
 * organisation, over the site's outline when a site is chosen.
 *
 * @example newAlertContent(choices, (lang) => words[lang], new Date())
 */
export function newAlertContent(
  choices: NewAlertChoices,
  wordsOf: (language: string) => TemplateWords,
  now: Date,
  offsetOf?: OffsetOf,
): NewAlertContent {
  const { template, site } = choices;
  const outline = site ? capPolygonsOfOutline(site.outline) : null;
  const areas: AlertArea[] =
    site && outline?.ok ? [{ areaDesc: site.name, polygons: [...outline.polygons], circles: [] }] : [];
  const expires = isoAfterHours(now, template.expiresAfterHours, offsetOf);
  return {
    areaProblem: outline && !outline.ok ? outline.problem : null,
    content: {
      template: template.template,
      siteId: site?.id ?? null,
      status: choices.status,
      scope: choices.scope,
      // A Restricted alert goes to these organisations; an exercise, to those taking part.
      recipientOrgIds: choices.scope === 'Restricted' || choices.status === 'Exercise' ? [...choices.recipientOrgIds] : [],
      addresses: choices.scope === 'Private' ? choices.addresses.trim() : '',
      infos: choices.languages.map((language) => {
        const words = wordsOf(language);
        return {
          language,
          categories: [...template.categories],
          event: words.event,
          responseTypes: [...template.responseTypes],
          urgency: template.urgency,
          severity: template.severity,
          certainty: template.certainty,
          senderName: choices.senderName,
          headline: words.headline,
          description: words.description,
          instruction: words.instruction,
          expires,
          areas: areas.map((a) => ({ ...a })),
        };
      }),
    },
  };
}
