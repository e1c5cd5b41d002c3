/** Every error signature, from every family. Add a family file and list it here. */

import { OPENSSL_SIGNATURES } from './families/openssl';
import type { ErrorSignature } from './signature';

export const SIGNATURES: readonly ErrorSignature[] = [...OPENSSL_SIGNATURES];
