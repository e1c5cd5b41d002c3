/**
 * The one funnel: every input (pasted text or a dropped file) becomes typed items, in input
 * order. Readers report what they could not read, precisely, instead of throwing.
 */

import type { AnalyzeInput } from '../context';
import { EvidenceBuilder } from './builder';
import { ingestBytes } from './bytes-input';
import type { Evidence } from './evidence';
import { ingestText } from './text-input';

export interface IngestOptions {
	/** Password for PKCS#12 files and encrypted keys; used, never stored in the result. */
	password?: string;
}

export async function ingest(inputs: AnalyzeInput[], options: IngestOptions = {}): Promise<Evidence> {
	const builder = new EvidenceBuilder(options.password);
	for (const input of inputs) {
		if (input.kind === 'text') await ingestText(builder, input.text, input.name);
		else await ingestBytes(builder, input.bytes, input.name);
	}
	return builder.evidence;
}
