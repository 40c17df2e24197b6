/**
 * HTML in CAP's text fields. CAP text is plain: receivers show it as written (a siren's display, a phone's
 * cell-broadcast screen, a text-to-speech voice), so `<b>` or `&amp;nbsp;` reach the public literally.
 */

/**
 * The elements of HTML that turn up in alert text. A list rather than "any `<word…>`": plain text such as
 * "wind speed <50 km/h and gusts >80" must not be taken for markup.
 */
const TAGS = [
  'a',
  'abbr',
  'b',
  'big',
  'blockquote',
  'body',
  'br',
  'center',
  'code',
  'div',
  'em',
  'font',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'hr',
  'html',
  'i',
  'iframe',
  'img',
  'li',
  'ol',
  'p',
  'pre',
  's',
  'script',
  'small',
  'span',
  'strike',
  'strong',
  'style',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'tt',
  'u',
  'ul',
];

const TAG = new RegExp(`<\\/?(?:${TAGS.join('|')})(?:\\s[^<>]{0,500})?\\/?>`, 'i');
const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#x[0-9A-Fa-f]{1,6});/;

/** True when the (decoded) text holds an HTML tag such as `<b>`, `</p>` or `<br/>`. */
export const containsHtmlTags = (text: string): boolean => TAG.test(text);

/**
 * True when the decoded text still holds an entity reference (`&amp;`, `&#233;`): the sender escaped twice,
 * or wrote HTML inside CDATA.
 */
export const containsHtmlEntities = (text: string): boolean => ENTITY.test(text);
