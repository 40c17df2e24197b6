import { validateXML } from 'xmllint-wasm';
import { childPath } from '../cap-elements.ts';
import { CAP_NAMESPACE } from '../model.ts';
import { CAP_READ_LIMITS } from '../read.ts';
import type { Finding } from '../validate/finding.ts';
import { parseXml } from '../xml/parse-xml.ts';
import type { XmlElement } from '../xml/xml-tree.ts';
import { capXsd } from './cap-xsd.ts';

/** The XSD findings kept for one message; past them one more finding says how many were left out. */
export const MAX_XSD_FINDINGS = 50;

/**
 * xmllint's memory (WebAssembly pages of 64 KiB): 256 MiB, room for the tree of the largest message read
 * (5 MiB) several times over. Its default, 32 MiB, fails on messages with large embedded resources.
 */
const MAX_MEMORY_PAGES = 4096;

const FILE = 'alert.xml';
const XSD = 'cap-v1.2.xsd';

/**
 * Validates a message against the CAP 1.2 XSD with xmllint (libxml2 compiled to WebAssembly, in a worker
 * thread): one finding `XSD_INVALID` per error xmllint reports, at the path of the element it names on its
 * line. libxml2 here reads no DTD from outside and stops entity expansion that grows too much; the reader
 * (`readCap`) refuses any DTD before this is ever called by {@link validateCap}.
 */
export async function validateXsd(xml: string): Promise<Finding[]> {
  if (xml.length > CAP_READ_LIMITS.maxBytes) {
    return [
      {
        code: 'XML_TOO_LARGE',
        level: 'error',
        path: 'alert',
        message: `the message is over ${CAP_READ_LIMITS.maxBytes} characters long; it is not validated`,
      },
    ];
  }
  let output: string;
  try {
    const r = await validateXML({
      xml: [{ fileName: FILE, contents: xml }],
      schema: [{ fileName: XSD, contents: capXsd() }],
      maxMemoryPages: MAX_MEMORY_PAGES,
    });
    if (r.valid) return [];
    output = r.rawOutput;
  } catch (e) {
    return [
      {
        code: 'XSD_UNAVAILABLE',
        level: 'error',
        path: 'alert',
        message: `the XSD check could not run: ${e instanceof Error ? e.message.slice(0, 200) : 'xmllint failed'}`,
      },
    ];
  }
  const errors = xmllintErrors(output);
  if (errors.length === 0) {
    // xmllint said no without a line we could read: still a failure, never a pass.
    return [
      {
        code: 'XSD_INVALID',
        level: 'error',
        path: 'alert',
        message:
          output.trim().split('\n')[0]?.slice(0, 300) ||
          'the message does not validate against the CAP 1.2 XSD',
      },
    ];
  }
  const paths = elementPaths(xml);
  const findings: Finding[] = errors.slice(0, MAX_XSD_FINDINGS).map((e) => ({
    code: 'XSD_INVALID',
    level: 'error',
    path: pathOf(paths, e.line, e.element),
    message: `line ${e.line}: ${e.message}`,
  }));
  if (errors.length > MAX_XSD_FINDINGS) {
    findings.push({
      code: 'XSD_INVALID',
      level: 'error',
      path: 'alert',
      message: `and ${errors.length - MAX_XSD_FINDINGS} more errors against the CAP 1.2 XSD`,
    });
  }
  return findings;
}

interface XmllintError {
  readonly line: number;
  /** The local name of the element the error names, if it names one. */
  readonly element: string | null;
  readonly message: string;
}

const CAP_NS_BRACES = `{${CAP_NAMESPACE}}`;

/**
 * The errors of xmllint's report: `alert.xml:9: Schemas validity error : Element '{ns}info': …`. The lines
 * that quote the source and point at it with `^` after a parser error, and the closing "fails to
 * validate", are not errors of their own.
 */
export function xmllintErrors(output: string): XmllintError[] {
  const errors: XmllintError[] = [];
  for (const line of output.split('\n')) {
    const m = /^alert\.xml:(\d+): (.*)$/.exec(line);
    if (!m) continue;
    const text = (m[2] ?? '')
      .replace(/^Schemas validity error : /, '')
      .split(CAP_NS_BRACES)
      .join('');
    const element = /Element '(?:\{[^}]*\})?([^'\s]+)'/.exec(m[2] ?? '')?.[1] ?? null;
    errors.push({
      line: Number(m[1]),
      element,
      message: text.length > 500 ? `${text.slice(0, 500)}…` : text,
    });
  }
  return errors;
}

interface PlacedElement {
  readonly line: number;
  readonly local: string;
  readonly path: string;
}

/**
 * Every element of the message with its path (`alert/info[0]/area[1]`) and the line libxml2 gives it: that
 * of the `>` closing its start tag, which is where a start tag written over several lines is known.
 */
function elementPaths(xml: string): PlacedElement[] {
  const parsed = parseXml(xml, CAP_READ_LIMITS);
  if (!parsed.ok) return [];
  const lineStarts = [0];
  for (let i = 0; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    // libxml2 counts a lone carriage return as a line end, as XML normalises it to one.
    if (c === 10 || (c === 13 && xml.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const out: PlacedElement[] = [];
  const walk = (el: XmlElement, path: string): void => {
    out.push({ line: lineOf(el.startTagEnd - 1), local: el.local, path });
    const counts = new Map<string, number>();
    for (const child of el.children) {
      if (child.kind !== 'element') continue;
      const index = counts.get(child.local) ?? 0;
      counts.set(child.local, index + 1);
      walk(child, childPath(path, child.local, index));
    }
  };
  // Depth is bounded by the parser's limit, so the recursion is too.
  walk(parsed.value.root, parsed.value.root.local);
  return out;
}

/**
 * The path of the element an error names: the one of that name whose start tag is on the error's line,
 * else the last of that name before it, else the last element starting on or before the line.
 */
function pathOf(elements: readonly PlacedElement[], line: number, local: string | null): string {
  let before: PlacedElement | undefined;
  let named: PlacedElement | undefined;
  for (const e of elements) {
    if (e.line > line) break;
    before = e;
    if (e.local === local) named = e;
    if (e.line === line && e.local === local) return e.path;
  }
  return named?.path ?? before?.path ?? 'alert';
}
