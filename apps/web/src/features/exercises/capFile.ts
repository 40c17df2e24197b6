/**
 * The file a CAP message delivered in an exercise is downloaded as: named after its identifier, with only
 * the characters every system takes in a file name.
 *
 * @example capFileName('urn:oid:2.49.0.1.250.0.exercise.42') // 'urn-oid-2.49.0.1.250.0.exercise.42.cap.xml'
 */
export function capFileName(identifier: string): string {
  const name = identifier.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 120);
  return `${name || 'alert'}.cap.xml`;
}

/** The media type of a CAP message. */
export const CAP_TYPE = 'application/cap+xml';
