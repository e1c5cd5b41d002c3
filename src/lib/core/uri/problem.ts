/** The finding ids this module produces, and one way to build a problem. */

import type { Severity } from '../model/report';
import type { ClientId, UriProblem } from '../model/connection';

export const URI_IDS = {
	invalid: 'uri.invalid',
	placeholder: 'uri.placeholder',
	conflictingTlsOptions: 'uri.conflicting-tls-options',
	crlWithOcsp: 'uri.crl-with-ocsp',
	tlsDisabled: 'uri.tls-disabled',
	tlsImplied: 'uri.tls-implied',
	srvImpliesTls: 'uri.srv-implies-tls',
	sslAlias: 'uri.ssl-alias',
	legacyOption: 'uri.legacy-option',
	insecureTls: 'uri.insecure-tls',
	unknownOption: 'uri.unknown-option',
	invalidValue: 'uri.invalid-value',
	duplicateOption: 'uri.duplicate-option',
	keyPasswordWithoutKey: 'uri.key-password-without-key',
	filePath: 'uri.file-path',
	ipLiteralHost: 'uri.ip-literal-host',
	localhostHost: 'uri.localhost-host',
	hostNotInCertificate: 'uri.host-not-in-certificate',
	hostInCertificate: 'uri.host-in-certificate',
	directConnection: 'uri.direct-connection',
	effectiveTls: 'uri.effective-tls'
} as const;

export type UriProblemId = (typeof URI_IDS)[keyof typeof URI_IDS];

export interface ProblemExtras {
	evidence?: string[];
	rejectedBy?: ClientId[];
	citation?: string;
	remedies?: string[];
}

export function problem(id: UriProblemId, severity: Severity, title: string, detail: string, extras: ProblemExtras = {}): UriProblem {
	return {
		id,
		severity,
		title,
		detail,
		evidence: extras.evidence ?? [],
		...(extras.rejectedBy?.length ? { rejectedBy: extras.rejectedBy } : {}),
		...(extras.citation ? { citation: extras.citation } : {}),
		...(extras.remedies ? { remedies: extras.remedies } : {})
	};
}

const CLIENT_NAMES: Record<ClientId, string> = {
	'pymongo-3': 'PyMongo 3',
	'pymongo-4': 'PyMongo 4',
	node: 'the Node driver (and mongosh, Compass)'
};

/** "PyMongo 3, PyMongo 4 and the Node driver (and mongosh, Compass)" */
export function clientList(clients: readonly ClientId[]): string {
	const names = clients.map((c) => CLIENT_NAMES[c]);
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
