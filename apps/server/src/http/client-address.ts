import { BlockList, isIP } from 'node:net';
import { z } from 'zod';

const ProxyEntry = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], {
  error: 'must be 0, or a comma list of IP addresses and CIDR ranges',
});

/**
 * `TRUST_PROXY` (ADR 0017): the reverse proxies whose `X-Forwarded-For` is believed, as a comma list of
 * addresses and CIDR ranges (`10.0.0.5, 172.16.0.0/12`). Unset, empty or `0`: none, the socket's address
 * is the client's.
 */
export const TrustProxy = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '' && part !== '0'))
  .pipe(z.array(ProxyEntry));

/** `::ffff:192.0.2.1` (an IPv4 client of a dual-stack socket) is `192.0.2.1`, so it is counted once. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

/** Whether an address is one of the trusted proxies. */
export type TrustedProxies = (address: string) => boolean;

export function trustedProxies(list: readonly string[]): TrustedProxies {
  if (list.length === 0) return () => false;
  const blocks = new BlockList();
  for (const entry of list) {
    const [network = '', prefix] = entry.split('/');
    const type = isIP(network) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) blocks.addAddress(network, type);
    else blocks.addSubnet(network, Number(prefix), type);
  }
  return (address) => {
    const family = isIP(address);
    return family !== 0 && blocks.check(address, family === 6 ? 'ipv6' : 'ipv4');
  };
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then `X-Forwarded-For` is read
 * from the right (each proxy appends the address it was called from) and the first address that is not a
 * trusted proxy is the client. The left-most entries are whatever the client chose to send: never believed.
 */
export function clientAddress(socketAddress: string | null, forwardedFor: string | undefined, trusted: TrustedProxies): string | null {
  if (socketAddress === null) return null;
  let address = plain(socketAddress);
  if (!trusted(address)) return address;
  const hops = (forwardedFor ?? '').split(',').map((hop) => plain(hop.trim()));
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] ?? '';
    // A trusted proxy writes bare addresses; anything else did not come from it: stop at the last one known.
    if (isIP(hop) === 0) return address;
    address = hop;
    if (!trusted(address)) return address;
  }
  return address;
}
