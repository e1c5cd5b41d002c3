/** Every error signature, from every family. Add a family file and list it here. */

import { CONFIG_SIGNATURES } from './families/config';
import { GO_SIGNATURES } from './families/go';
import { JAVA_SIGNATURES } from './families/java';
import { MONGOD_SIGNATURES } from './families/mongod';
import { NETWORK_SIGNATURES } from './families/network';
import { NODE_SIGNATURES } from './families/node';
import { OPENSSL_SIGNATURES } from './families/openssl';
import { PYMONGO_SIGNATURES } from './families/pymongo';
import { PYTHON_SIGNATURES } from './families/python';
import { gated } from './gate';
import { DOTNET_SIGNATURES } from './tables/dotnet-signatures';
import { DRIVER_AUTH_SIGNATURES } from './tables/driver-auth-signatures';
import { DRIVER_OPTION_SIGNATURES } from './tables/driver-options-signatures';
import { GO_TABLE_SIGNATURES } from './tables/go-signatures';
import { JAVA_TABLE_SIGNATURES } from './tables/java-signatures';
import { MONGOD_LOG_SIGNATURES } from './tables/mongod-log-signatures';
import { NODE_TABLE_SIGNATURES } from './tables/node-signatures';
import { OPENSSL_REASON_SIGNATURES } from './tables/openssl-reasons-signatures';
import { PYTHON_SSL_SIGNATURES } from './tables/python-ssl-signatures';
import { RUSTLS_SIGNATURES } from './tables/rustls-signatures';
import { SERVER_SELECTION_SIGNATURES } from './tables/server-selection';
import { TLS_ALERT_SIGNATURES } from './tables/tls-alerts-signatures';
import { MACOS_SIGNATURES } from './tables/macos-signatures';
import { WINDOWS_SIGNATURES } from './tables/windows-signatures';
import type { ErrorSignature } from './signature';

export const SIGNATURES: readonly ErrorSignature[] = [
	...OPENSSL_SIGNATURES,
	...TLS_ALERT_SIGNATURES,
	...OPENSSL_REASON_SIGNATURES,
	...RUSTLS_SIGNATURES,
	...PYTHON_SIGNATURES,
	...PYTHON_SSL_SIGNATURES,
	...PYMONGO_SIGNATURES,
	...NODE_SIGNATURES,
	...NODE_TABLE_SIGNATURES,
	...JAVA_SIGNATURES,
	...JAVA_TABLE_SIGNATURES,
	...MONGOD_SIGNATURES,
	...MONGOD_LOG_SIGNATURES,
	...GO_SIGNATURES,
	...GO_TABLE_SIGNATURES,
	...DOTNET_SIGNATURES,
	...WINDOWS_SIGNATURES,
	...MACOS_SIGNATURES,
	...NETWORK_SIGNATURES,
	...DRIVER_OPTION_SIGNATURES,
	...CONFIG_SIGNATURES,
	...SERVER_SELECTION_SIGNATURES,
	...DRIVER_AUTH_SIGNATURES
];

// Each text is scanned once for the literals every pattern needs (gate.ts).
for (const signature of SIGNATURES) gated(signature.pattern);
