/**
 * The person's values, or clear placeholders when we do not know them. Placeholders are shell-safe
 * words (YOUR_HOST) and conventional paths (/path/to/ca.pem), so every rendered command still
 * parses; the renderer lists the ones left in each step so the page can highlight them.
 */

import { encodeQueryValue } from '../uri/outputs/encode';
import { isIpLiteral } from '../names/ip';
import type { RenderContext } from './remedy';
import { connectionString, type ConnectionString } from '../syntax/template';

export { HOST_PLACEHOLDER } from './facts';
import { HOST_PLACEHOLDER } from './facts';
export const PYTHON_VERSION_PLACEHOLDER = 'YOUR_PYTHON_VERSION';
export const SUBJECT_PLACEHOLDER = 'YOUR_CLIENT_CERTIFICATE_SUBJECT';
export const DEFAULT_PORT = 27017;

/** Tokens that mark a placeholder in rendered text. */
const PLACEHOLDER_PATTERN = /\bYOUR_[A-Z0-9_]+\b|(?:C:[\\/]path[\\/]to[\\/]|\/path\/to\/)[\w.-]+/g;

export function placeholdersIn(text: string): string[] {
	return [...new Set(text.match(PLACEHOLDER_PATTERN) ?? [])];
}

export const hostOf = (c: RenderContext): string => c.facts.host ?? HOST_PLACEHOLDER;
export const portOf = (c: RenderContext): number => c.facts.port ?? DEFAULT_PORT;

/** host:port, with brackets around an IPv6 address. */
export function hostPortOf(c: RenderContext): string {
	const host = hostOf(c);
	return `${host.includes(':') ? `[${host}]` : host}:${portOf(c)}`;
}

/**
 * A connection string with TLS options. With a mongodb+srv:// host the SRV form is kept (it implies
 * tls=true, but saying it does no harm and makes the intent plain).
 */
export function uriOf(c: RenderContext, options: Record<string, string> = {}): ConnectionString {
	const query = Object.entries({ tls: 'true', ...options })
		.map(([k, v]) => `${k}=${encodeQueryValue(v)}`)
		.join('&');
	return connectionString(`${baseUriText(c)}?${query}`);
}

/** The connection string without options, for code that passes options separately. */
export function baseUriOf(c: RenderContext): ConnectionString {
	return connectionString(baseUriText(c));
}

// The hosts in facts were checked when they were collected (facts.ts), so they are URI text.
const baseUriText = (c: RenderContext): string => (c.facts.srvHost ? `mongodb+srv://${c.facts.srvHost}/` : `mongodb://${hostPortOf(c)}/`);

/**
 * Where a file lives, as a placeholder path in the style the consumer expects: Windows shells want
 * backslashes; code and connection strings accept forward slashes on Windows too.
 */
export function pathOf(c: RenderContext, name: string, where: 'shell' | 'code' = 'shell'): string {
	if (c.os === 'windows') return where === 'shell' ? `C:\\path\\to\\${name}` : `C:/path/to/${name}`;
	return `/path/to/${name}`;
}

export function pythonVersionOf(c: RenderContext): string {
	return c.facts.pythonVersion ?? PYTHON_VERSION_PLACEHOLDER;
}

/** Names the certificate lists, for prose: "db1.example.com, 10.0.0.5". */
export function listedNames(c: RenderContext): string | undefined {
	const names = c.facts.certificateNames;
	return names?.length ? names.join(', ') : undefined;
}

/** An IPv4 or IPv6 literal (hosts in facts are checked already; this only tells the two kinds apart). */
export { isIpLiteral };
