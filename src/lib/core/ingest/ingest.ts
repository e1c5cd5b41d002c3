/**
 * The one funnel: every input (pasted text or a dropped file) becomes typed items, in input
 * order. Readers report what they could not read, precisely, instead of throwing.
 */

import type { AnalyzeInput } from '../model/context';
import { EvidenceBuilder } from './builder';
import { ingestBytes } from './bytes-input';
import type { Evidence } from './evidence';
import { ingestText } from './text-input';

export interface IngestOptions {
	/** Password for PKCS#12 files and encrypted keys; used, never stored in the result. */
	password?: string;
	/** Told as each input (by its index) starts being read: one input can be what takes long. */
	onInput?: (index: number) => void;
	/**
	 * Whether a diagnosis signature recognises a text. Handed in rather than imported, since the
	 * signatures belong to a later stage; without it only the words of looks-like-error.ts count.
	 */
	recognisesError?: (text: string) => boolean;
}

export async function ingest(inputs: AnalyzeInput[], options: IngestOptions = {}): Promise<Evidence> {
	const builder = new EvidenceBuilder(options.password, options.recognisesError);
	for (const [i, input] of inputs.entries()) {
		options.onInput?.(i);
		try {
			if (input.kind === 'text') await ingestText(builder, input.text, input.name);
			else await ingestBytes(builder, input.bytes, input.name);
		} catch (e) {
			// The last net: a reader bug must cost one input, never the report.
			const name = input.name ?? (input.kind === 'text' ? 'the pasted text' : `file ${i + 1}`);
			builder.unreadable(name, input.name ? { name: input.name } : {}, `Could not be read: ${(e as Error)?.message ?? String(e)}.`);
		}
	}
	builder.finish();
	return builder.evidence;
}
