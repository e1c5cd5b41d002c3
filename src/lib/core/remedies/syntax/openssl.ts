/** openssl command lines used by several remedies, written for the person's shell and host. */

import type { RenderContext } from '../remedy';
import { hostOf, hostPortOf, isIpLiteral } from '../values';
import { withEmptyStdin } from './shell';
import { join, sh, type Slot } from '../../syntax/template';

/**
 * Show the chain the server presents. -servername sends SNI (needed behind proxies and by Atlas);
 * it is left out for an IP address, where SNI is not allowed. Extra arguments are flags of ours
 * (sh`-showcerts`) or values, which are quoted.
 */
export function sClient(c: Pick<RenderContext, 'shell' | 'facts'>, extra: readonly Slot<'shell'>[] = []): ReturnType<typeof sh> {
	const host = hostOf(c);
	const sni = isIpLiteral(host) ? sh`` : sh` -servername ${host}`;
	const more = extra.length ? sh` ${join('shell', extra, ' ')}` : sh``;
	return withEmptyStdin(c.shell, sh`openssl s_client -connect ${hostPortOf(c)}${sni}${more}`);
}
