import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Addresses a webhook must not reach unless private addresses are allowed: "this network", private,
 * shared (carrier-grade NAT), loopback, link-local (cloud metadata services live there), documentation,
 * benchmarking, multicast and reserved ranges, and the IPv6 ranges that embed or stand for them.
 * IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) are checked against the IPv4 ranges by `BlockList`.
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 32], ['2001:db8::', 32],
  ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');

/**
 * Whether an IP address is on the public internet.
 *
 * @example
 * isPublicAddress('93.184.215.14') // true
 * isPublicAddress('169.254.169.254') // false
 */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export type UrlProblem =
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'private'; readonly reason: string }
  | { readonly kind: 'unresolvable'; readonly reason: string };

/** The host of a URL as `dns.lookup` and `isIP` take it (IPv6 literals without their brackets). */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** The form of a webhook address: `http:` or `https:`, a host, and no user name or password. */
export function parseWebhookUrl(raw: string): URL | UrlProblem {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { kind: 'invalid', reason: 'not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'invalid', reason: `the scheme ${url.protocol} is not http: or https:` };
  if (url.username !== '' || url.password !== '') return { kind: 'invalid', reason: 'the URL carries a user name or password' };
  if (hostOf(url) === '') return { kind: 'invalid', reason: 'the URL has no host' };
  return url;
}

/** The first address of `addresses` that is not public, when private ones are refused. */
function refused(addresses: readonly string[], allowPrivate: boolean): string | undefined {
  return allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a));
}

/** Resolves `host` (an IP literal stands for itself) and refuses it when any of its addresses is not public. */
export async function resolveHost(host: string, allowPrivate: boolean): Promise<LookupAddress[] | UrlProblem> {
  let addresses: LookupAddress[];
  if (isIP(host) !== 0) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
        dnsLookup(host, { all: true }, (error, found) => (error ? reject(error) : resolve(found))),
      );
    } catch (error) {
      return { kind: 'unresolvable', reason: `${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    }
  }
  const bad = refused(addresses.map((a) => a.address), allowPrivate);
  return bad === undefined ? addresses : { kind: 'private', reason: `${host} resolves to the non-public address ${bad}` };
}

/** Whether a webhook may be set to `raw`: its form, then where its host resolves now. */
export async function checkWebhookUrl(raw: string, allowPrivate: boolean): Promise<URL | UrlProblem> {
  const url = parseWebhookUrl(raw);
  if (!(url instanceof URL)) return url;
  const resolved = await resolveHost(hostOf(url), allowPrivate);
  return Array.isArray(resolved) ? url : resolved;
}

/**
 * A `lookup` for `http.request` that refuses a host resolving to a non-public address. The connection goes
 * to the very addresses checked, so a name cannot resolve to a public address for the check and to a
 * private one for the connection.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const bad = refused(addresses.map((a) => a.address), allowPrivate);
      const first = addresses[0];
      if (bad !== undefined || !first) {
        const problem = Object.assign(new Error(`${hostname} resolves to the non-public address ${bad ?? 'none'}`), { code: 'ENOTPUBLIC' });
        return callback(problem, '', 0);
      }
      if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}
