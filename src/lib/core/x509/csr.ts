/**
 * Certificate signing requests (PKCS#10). They are rare in what people paste, so pkijs, which
 * reads them, is loaded only when one arrives and stays out of the analysis worker's main chunk.
 */

import type { CsrParse } from './parsed';

export type { CsrParse } from './parsed';

export async function parseCsr(der: Uint8Array): Promise<CsrParse> {
	const { parseCsrWithPkijs } = await import('./csr-pkijs');
	return parseCsrWithPkijs(der);
}
