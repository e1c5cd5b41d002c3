/**
 * CPython prints the C source line of the call that raised an ssl error: "(_ssl.c:992)". The line
 * moves between releases, so it hints at the Python version, which matters because Python 3.10
 * tightened the TLS defaults (minimum TLS 1.2, no RSA key exchange, no SHA-1 suites).
 *
 * Only lines seen next to a stated Python version are listed; each entry says where it was seen.
 * The hint is read only from the parenthesised form that do_handshake errors carry, because other
 * call sites (read, write, the handshake timeout "_ssl.c:1091: The handshake operation timed out")
 * have lines of their own.
 */

const SSL_C_LINES: Record<number, { python: string; seen: string }> = {
	992: { python: '3.11', seen: 'Debian bookworm python3 3.11.2: this project’s corpus (tests/fixtures/errors/captured/pymongo)' },
	997: { python: '3.10', seen: 'PyMongo TLS troubleshooting, the Python 3.10+ examples (seed documents 000, 001, 002)' },
	1002: { python: '3.11', seen: 'https://github.com/SynBioDex/tyto/issues/79 (reporter on Python 3.11)' },
	1006: {
		python: '3.11',
		seen: 'https://github.com/bleachbit/bleachbit/issues/1776 (sys.version 3.11.10); https://github.com/AI4Finance-Foundation/FinGPT/issues/79 (python.org 3.11)'
	},
	1028: { python: '3.13', seen: 'https://github.com/GSA-TTS/cg-egress-proxy/issues/96 (Python 3.13.5)' },
	1032: { python: '3.13', seen: 'https://github.com/python/cpython/issues/138193 (Python 3.13)' }
};

/** The Python minor version implied by a "(_ssl.c:NNNN)" in the text, when the line is a known one. */
export function pythonFromSslCLine(text: string): string | undefined {
	const m = /\(_ssl\.c:(\d+)\)/.exec(text);
	return m ? SSL_C_LINES[Number(m[1])]?.python : undefined;
}

/** Is this Python (a "3.x" string) 3.10 or newer? */
export function isPython310OrNewer(version: string | undefined): boolean {
	if (!version) return false;
	const m = /^3\.(\d+)/.exec(version);
	return !!m && Number(m[1]) >= 10;
}
