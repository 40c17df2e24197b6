/**
 * The tree {@link parseXml} builds: elements with their namespaces resolved, text decoded, and the character
 * offsets of every node in the text it was read from, so that a caller can keep any part of it verbatim.
 */

export interface XmlAttribute {
  /** As written (`xsi:schemaLocation`, `xmlns:cap`). */
  readonly name: string;
  readonly prefix: string | null;
  readonly local: string;
  /** The namespace of a prefixed attribute; null for an unprefixed one (attributes take no default namespace). */
  readonly ns: string | null;
  /** Decoded and normalised (references replaced, literal tabs and line ends as spaces). */
  readonly value: string;
}

export interface XmlElement {
  readonly kind: 'element';
  /** As written (`cap:info`). */
  readonly name: string;
  readonly prefix: string | null;
  readonly local: string;
  /** The namespace it is in; null for none. */
  readonly ns: string | null;
  /** Every attribute, namespace declarations included, in the order written. */
  readonly attributes: readonly XmlAttribute[];
  /** The namespace declarations of this element: `[prefix or '', uri]`, in the order written. */
  readonly declarations: readonly (readonly [string, string])[];
  readonly children: readonly XmlNode[];
  /** Offset of its `<`. */
  readonly start: number;
  /** Offset just after its end tag (or after the `/>` of an empty-element tag). */
  readonly end: number;
  /** Offset just after its start tag. */
  readonly startTagEnd: number;
}

export interface XmlText {
  readonly kind: 'text';
  /** Decoded: references replaced, line ends normalised to `\n`. */
  readonly value: string;
  readonly cdata: boolean;
  readonly start: number;
  readonly end: number;
}

export interface XmlComment {
  readonly kind: 'comment';
  readonly start: number;
  readonly end: number;
}

export interface XmlInstruction {
  readonly kind: 'instruction';
  readonly target: string;
  readonly start: number;
  readonly end: number;
}

export type XmlNode = XmlElement | XmlText | XmlComment | XmlInstruction;

export interface XmlDeclaration {
  readonly version: string;
  readonly encoding?: string;
  readonly standalone?: string;
}

export interface XmlDocument {
  /** The text that was parsed; node offsets index it. */
  readonly text: string;
  readonly declaration: XmlDeclaration | null;
  /** Comments and processing instructions before the root. */
  readonly prolog: readonly (XmlComment | XmlInstruction)[];
  readonly root: XmlElement;
  /** Comments and processing instructions after the root. */
  readonly epilog: readonly (XmlComment | XmlInstruction)[];
}

/** The namespace the `xml` prefix is bound to in every document. */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
