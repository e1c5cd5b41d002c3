import { locateSecretUserinfo } from './uri/userinfo';

import type { AnalysisContext, ResolvedContext } from './model/context';
import { DIMENSIONS } from './model/environment';

export type { AnalysisContext, AnalyzeInput, ResolvedContext } from './model/context';

export class ContextError extends Error {}

export function resolveContext(context: AnalysisContext = {}, now: () => Date = () => new Date()): ResolvedContext {
	let at = now();
	if (context.at !== undefined && context.at !== '') {
		at = new Date(context.at);
		if (Number.isNaN(at.getTime())) {
			throw new ContextError(`"${context.at}" is not an ISO-8601 date (try 2026-01-31 or 2026-01-31T12:00:00Z)`);
		}
	}
	const host = hostFromField(context.host);
	return {
		host,
		role: context.role ?? 'server',
		...(context.role ? { roleFrom: 'chosen' as const } : {}),
		at,
		os: context.os,
		python: context.python,
		shell: context.shell,
		client: context.client,
		password: context.password,
		chosen: (context.chosen ?? DIMENSIONS).filter((d) => context[d] !== undefined && context[d] !== '')
	};
}

/**
 * The host from the Host field. People paste the whole connection string there, password and
 * all: then the first host of it is the host, and the user name and password go no further (not
 * into the report, not into a link). "user:pw@host" without a scheme loses its userinfo too.
 */
export function hostFromField(value: string | undefined): string | undefined {
	const trimmed = value?.trim();
	if (!trimmed) return undefined;
	const scheme = /^mongodb(?:\+srv)?:\/\//i.exec(trimmed);
	let authority = trimmed;
	if (scheme) {
		const loc = locateSecretUserinfo(trimmed);
		const rest = trimmed.slice(loc.at >= 0 ? loc.at + 1 : loc.authorityStart);
		authority = rest.split(/[/?#]/, 1)[0];
	} else if (trimmed.includes('@')) {
		authority = trimmed.slice(trimmed.lastIndexOf('@') + 1);
	}
	const first = authority.split(',', 1)[0].trim();
	return first || undefined;
}
