/**
 * Deep links and share links. Input travels in the URL fragment (#…), which browsers never send
 * to a server, compressed so a whole traceback fits. `?error=` and `#error=` as plain text are
 * accepted too, because error pages link that way.
 */

import { trimEndOf } from '../core/text/trim-end';

export interface LinkState {
	error?: string;
	host?: string;
	client?: string;
	os?: string;
	python?: string;
	shell?: string;
	theme?: 'light' | 'dark' | 'auto';
	/** The link's error text was longer than the page reads, and was cut to its beginning. */
	cut?: true;
}

const KEYS = ['error', 'host', 'client', 'os', 'python', 'shell', 'theme'] as const;
export const MAX_ERROR_CHARS = 200_000;

function bytesToBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return trimEndOf(btoa(bin).replace(/\+/g, '-').replace(/\//g, '_'), '=');
}

function base64UrlToBytes(s: string): Uint8Array {
	const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
	const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
	// A loop, not Uint8Array.from(bin, fn): a megabyte link took 300 ms through the iterator.
	const bytes = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
	return bytes;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const out = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function compressText(text: string): Promise<string> {
	return bytesToBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

/**
 * Inflates a #z= fragment, stopping once it has what the page reads: a link of a megabyte can
 * inflate to a gigabyte (deflate packs a run of one byte a thousand to one), which read whole
 * took the tab to gigabytes and a blank page. The compressed bytes go in a kilobyte at a time,
 * so the stream holds at most about a megabyte ahead of the reader.
 */
export async function decompressText(encoded: string, maxChars = MAX_ERROR_CHARS): Promise<{ text: string; cut: boolean } | undefined> {
	// UTF-8 takes at most four bytes a character: this many bytes always hold maxChars characters.
	const maxBytes = maxChars * 4;
	try {
		const bytes = base64UrlToBytes(encoded);
		let at = 0;
		const source = new ReadableStream<BufferSource>(
			{
				pull(controller) {
					if (at >= bytes.length) return controller.close();
					controller.enqueue(bytes.slice(at, (at += 1024)));
				}
			},
			{ highWaterMark: 0 }
		);
		const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
		const decoder = new TextDecoder();
		let text = '';
		let size = 0;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) {
				text += decoder.decode();
				break;
			}
			size += value.length;
			// A character cut in two at the limit stays out: the decoder keeps its first bytes back.
			text += decoder.decode(size > maxBytes ? value.subarray(0, value.length - (size - maxBytes)) : value, { stream: true });
			if (size > maxBytes || text.length > maxChars) {
				await reader.cancel().catch(() => {});
				return { text: text.slice(0, maxChars), cut: true };
			}
		}
		return text.length > maxChars ? { text: text.slice(0, maxChars), cut: true } : { text, cut: false };
	} catch {
		return undefined;
	}
}

/** Reads ?error=… / #error=… (plain) and #z=… (compressed error text) plus host, client, os, theme. */
export async function readLink(url: URL): Promise<LinkState> {
	const state: LinkState = {};
	const sources = [url.searchParams, new URLSearchParams(url.hash.replace(/^#/, ''))];
	for (const params of sources) {
		for (const key of KEYS) {
			const value = params.get(key);
			if (value === null || value === '') continue;
			if (key === 'theme') {
				if (value === 'light' || value === 'dark' || value === 'auto') state.theme = value;
			} else if (key === 'error') {
				state.error = value.slice(0, MAX_ERROR_CHARS);
				if (value.length > MAX_ERROR_CHARS) state.cut = true;
			} else {
				state[key] = value.slice(0, 300);
			}
		}
		const z = params.get('z');
		if (z) {
			const inflated = await decompressText(z);
			if (inflated) {
				state.error = inflated.text;
				if (inflated.cut) state.cut = true;
			}
		}
	}
	return state;
}

/** A share link: the page's address with the (already sanitised) input in the fragment. */
export async function buildShareLink(base: string, state: LinkState): Promise<string> {
	const params = new URLSearchParams();
	if (state.error) params.set('z', await compressText(state.error));
	for (const key of ['host', 'client', 'os', 'python', 'shell'] as const) if (state[key]) params.set(key, state[key]!);
	const url = new URL(base);
	url.search = '';
	url.hash = params.toString();
	return url.toString();
}
