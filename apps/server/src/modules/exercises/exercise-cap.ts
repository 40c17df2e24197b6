import { writeCap } from '@pactesur/cap';
import { AlertDraftContent, MAX_NAME_LENGTH, type Inject } from '@pactesur/contracts';
import { capAlertOf, identifierOf, senderOf } from '../../exports/cap-message.ts';
import type { OrgCard } from '../../repositories/org-card.ts';

/** How long an inject's message stays in force: the exercise's players act on it, then it lapses. */
const IN_FORCE_MS = 60 * 60 * 1000;

/** Most characters of the headline taken from an inject's message (the mark EXERCISE goes before it). */
const HEADLINE_CHARS = 140;

/** The first line of a text, cut at a word within `max` characters. */
function firstLine(text: string, max: number): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? '';
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The CAP 1.2 message of a `cap-alert` inject (ALERTS.md, EXERCISES.md): status Exercise, scope Restricted to
 * the exercise's participants, sent by the organiser when the inject was delivered, its text the inject's
 * message (never its synopsis or control note, which are for controllers). Every headline and the note say
 * EXERCISE, so no copy can pass for a real alert; it never reaches a public channel. It does not claim the
 * city profile of public alerts (no area is known of an exercise's venues): it is a valid CAP 1.2 message,
 * nothing more.
 */
export function exerciseCapMessage(input: {
  readonly exerciseId: string;
  readonly exerciseName: string;
  readonly inject: Inject;
  readonly organiser: OrgCard;
  readonly sent: Date;
}): { identifier: string; xml: string } {
  const { inject, organiser } = input;
  const identifier = identifierOf(organiser.slug, `${input.exerciseId}.inject-${inject.number}`);
  const message = inject.message || inject.from;
  const content = AlertDraftContent.parse({
    status: 'Exercise',
    scope: 'Restricted',
    restriction: `For the participants of the exercise “${input.exerciseName}” only.`,
    note: `Inject ${inject.number} of the exercise “${input.exerciseName}”.`,
    infos: [
      {
        language: organiser.languages[0] ?? 'en',
        categories: ['Security'],
        event: (inject.storyline || input.exerciseName).slice(0, MAX_NAME_LENGTH),
        urgency: 'Immediate',
        severity: 'Severe',
        certainty: 'Observed',
        senderName: organiser.name.slice(0, MAX_NAME_LENGTH),
        headline: firstLine(message, HEADLINE_CHARS),
        description: message,
        instruction: 'This is an exercise: act on it within the exercise only.',
        contact: (inject.controller || inject.from).slice(0, MAX_NAME_LENGTH),
        expires: new Date(input.sent.getTime() + IN_FORCE_MS).toISOString(),
      },
    ],
  });
  const alert = capAlertOf({ identifier, sender: senderOf(organiser.slug), sent: input.sent, msgType: 'Alert', references: [], content });
  return { identifier, xml: writeCap({ ...alert, codes: [] }) };
}
