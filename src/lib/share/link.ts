/**
 * Deep links and share links. Input travels in the URL fragment (#…), which browsers never send
 * to a server, compressed so a whole traceback fits. `?error=` and `#error=` as plain text are
 * accepted too, because error pages link that way.
 */

export interface LinkState {
	error?: string;
	host?: string;
	client?: string;
	os?: string;
	python?: string;
	shell?: string;
	theme?: 'light' | 'dark' | 'auto';
}

const KEYS = ['error', 'host', 'client', 'os', 'python', 'shell', 'theme'] as const;
const MAX_ERROR_CHARS = 200_000;

function bytesToBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToBytes(s: string): Uint8Array {
	const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
	const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
	return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const out = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function compressText(text: string): Promise<string> {
	return bytesToBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

export async function decompressText(encoded: string, maxChars = MAX_ERROR_CHARS): Promise<string | undefined> {
	try {
		const text = new TextDecoder().decode(await pipe(base64UrlToBytes(encoded), new DecompressionStream('deflate-raw')));
		return text.slice(0, maxChars);
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
			} else {
				state[key] = value.slice(0, 300);
			}
		}
		const z = params.get('z');
		if (z) {
			const text = await decompressText(z);
			if (text !== undefined) state.error = text;
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
