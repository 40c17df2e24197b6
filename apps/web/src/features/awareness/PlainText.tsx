import { blocksOf } from './plainText.ts';

/**
 * A text as the city wrote it: paragraphs (their line breaks kept) and "- " lists, every character shown as
 * text — nothing in it is read as markup.
 */
export function PlainText({ text, lang }: { text: string; lang: string }) {
  return (
    <div className="awareness-text" lang={lang}>
      {blocksOf(text).map((block, i) =>
        block.kind === 'list' ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            {block.lines.map((line, j) => (
              <span key={j}>
                {j > 0 && <br />}
                {line}
              </span>
            ))}
          </p>
        ),
      )}
    </div>
  );
}
