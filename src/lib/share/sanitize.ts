/**
 * What may go into a share link: the pasted text with every secret ingest knows how to find taken
 * out by its span (private keys and key numbers, passwords in connection strings, flags,
 * environment variables, config and code), and from the Host field only a host: a connection
 * string typed there leaves its user name and password behind. Dropped files never go in.
 */

import { hostFromField } from '../core/context';
import { redactText } from '../core/ingest/secrets';
import { checkHost } from '../core/syntax/host';

export interface Sanitized {
	text: string;
	/** What was taken out, in words ("1 private key", "2 connection-string passwords"), so the person knows the link is safe. */
	removed: string[];
}

export function sanitizeForSharing(input: string): Sanitized {
	const { text, removed } = redactText(input);
	return { text, removed };
}

/** The host for a link, and what was left out of the Host field's text. */
export function hostForSharing(field: string): { host?: string; removed?: string } {
	const trimmed = field.trim();
	if (trimmed === '') return {};
	const host = hostFromField(trimmed);
	const checked = host === undefined ? undefined : checkHost(host);
	if (!checked?.ok) return { removed: 'the Host field (it is not a host name)' };
	const written = checked.kind === 'ipv6' ? `[${checked.host}]` : checked.host;
	const value = checked.port ? `${written}:${checked.port}` : checked.host;
	return value === trimmed.toLowerCase() || host === trimmed
		? { host: value }
		: { host: value, removed: 'all of the Host field but its host' };
}

/** Everything a share link may carry from the text box and the Host field, and what was left out. */
export function shareable(text: string, host: string): { text: string; host?: string; removed: string[] } {
	const clean = sanitizeForSharing(text);
	const shared = hostForSharing(host);
	return {
		text: clean.text,
		...(shared.host ? { host: shared.host } : {}),
		removed: [...clean.removed, ...(shared.removed ? [shared.removed] : [])]
	};
}
