/** What every problem detector receives: the parsed string, its combined options and TLS settings. */

import type { SubjectAltName } from '../../model/report';
import type { EffectiveTlsSettings } from '../../model/connection';
import type { ParsedConnectionString } from '../parsed';
import type { PythonString } from '../python-string';
import type { Settings } from '../settings';

export interface CertificateNames {
	sans: SubjectAltName[];
	commonName?: string;
	/** How to name the certificate in messages. */
	name?: string;
}

export interface ProblemContext {
	parsed: ParsedConnectionString & { hostString?: PythonString };
	settings: Settings;
	tls: EffectiveTlsSettings;
	certificate?: CertificateNames;
}
