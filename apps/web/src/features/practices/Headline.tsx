import { Fragment } from 'react';
import { headlineParts } from './headline.ts';

/** The extract of a result with the words found marked; its text is shown as text, never as HTML. */
export function Headline({ headline }: { headline: string }) {
  const parts = headlineParts(headline);
  if (parts.length === 0) return null;
  return (
    <p className="practice-headline" data-testid="practice-headline">
      {parts.map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </p>
  );
}
