/** Every problem detector, in the order their problems are listed. */

import type { UriProblem } from '../../model/connection';
import { conflictingTlsOptions } from './conflicts';
import type { ProblemContext } from './context';
import { crlWithOcsp } from './crl-ocsp';
import { directConnection } from './direct-connection';
import { duplicateOptions } from './duplicates';
import { filePaths } from './file-paths';
import { hostProblems } from './host-checks';
import { insecureTls } from './insecure';
import { invalidValues } from './invalid-value';
import { keyPasswordWithoutKey } from './key-password';
import { legacyOptions } from './legacy';
import { placeholders } from './placeholder';
import { srvImpliesTls } from './srv';
import { sslAlias } from './ssl-alias';
import { effectiveSummary } from './summary';
import { tlsDisabled } from './tls-disabled';
import { tlsImplied } from './tls-implied';
import { unknownOptions } from './unknown';

export type { CertificateNames, ProblemContext } from './context';
export { hostProblems } from './host-checks';

const DETECTORS: ((ctx: ProblemContext) => UriProblem[])[] = [
	placeholders,
	conflictingTlsOptions,
	crlWithOcsp,
	invalidValues,
	unknownOptions,
	legacyOptions,
	duplicateOptions,
	tlsDisabled,
	tlsImplied,
	srvImpliesTls,
	sslAlias,
	insecureTls,
	keyPasswordWithoutKey,
	filePaths,
	(ctx) => hostProblems({ hosts: ctx.parsed.hosts, srv: ctx.parsed.srv, tls: ctx.tls, certificate: ctx.certificate }),
	directConnection,
	effectiveSummary
];

export function detectProblems(ctx: ProblemContext): UriProblem[] {
	return DETECTORS.flatMap((detect) => detect(ctx));
}
