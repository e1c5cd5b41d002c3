/** Every error signature, from every family. Add a family file and list it here. */

import { CONFIG_SIGNATURES } from './families/config';
import { DOTNET_SIGNATURES } from './families/dotnet';
import { GO_SIGNATURES } from './families/go';
import { JAVA_SIGNATURES } from './families/java';
import { MONGOD_SIGNATURES } from './families/mongod';
import { NETWORK_SIGNATURES } from './families/network';
import { NODE_SIGNATURES } from './families/node';
import { OPENSSL_SIGNATURES } from './families/openssl';
import { PYMONGO_SIGNATURES } from './families/pymongo';
import { PYTHON_SIGNATURES } from './families/python';
import { gated } from './gate';
import { OPENSSL_REASON_SIGNATURES } from './tables/openssl-reasons-signatures';
import { PYTHON_SSL_SIGNATURES } from './tables/python-ssl-signatures';
import { TLS_ALERT_SIGNATURES } from './tables/tls-alerts-signatures';
import type { ErrorSignature } from './signature';

export const SIGNATURES: readonly ErrorSignature[] = [
	...OPENSSL_SIGNATURES,
	...TLS_ALERT_SIGNATURES,
	...OPENSSL_REASON_SIGNATURES,
	...PYTHON_SIGNATURES,
	...PYTHON_SSL_SIGNATURES,
	...PYMONGO_SIGNATURES,
	...NODE_SIGNATURES,
	...JAVA_SIGNATURES,
	...MONGOD_SIGNATURES,
	...GO_SIGNATURES,
	...DOTNET_SIGNATURES,
	...NETWORK_SIGNATURES,
	...CONFIG_SIGNATURES
];

// Each text is scanned once for the literals every pattern needs (gate.ts).
for (const signature of SIGNATURES) gated(signature.pattern);
