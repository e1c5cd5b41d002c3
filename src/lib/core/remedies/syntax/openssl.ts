/** openssl command lines used by several remedies, written for the person's shell and host. */

import type { RenderContext } from '../remedy';
import { hostOf, hostPortOf, isIpAddress } from '../values';
import { withEmptyStdin } from './shell';

/**
 * Show the chain the server presents. -servername sends SNI (needed behind proxies and by Atlas);
 * it is left out for an IP address, where SNI is not allowed.
 */
export function sClient(c: RenderContext, extra: string[] = []): string {
	const host = hostOf(c);
	const sni = isIpAddress(host) ? [] : ['-servername', host];
	return withEmptyStdin(c.shell, ['openssl s_client -connect', hostPortOf(c), ...sni, ...extra].join(' '));
}
