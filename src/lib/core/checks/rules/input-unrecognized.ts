import { finding, type Check } from '../check';

const ACCEPTS =
	'TLS Doctor reads: error messages and logs from MongoDB clients and servers; certificates, chains and CA bundles (PEM or DER); ' +
	'CRLs; private keys (used only to check they match, never shown); PKCS#7 and PKCS#12 files; MongoDB connection strings; ' +
	'and the output of `openssl s_client -showcerts`.';

/** Says what the tool accepts when nothing in the input could be used. */
export const inputUnrecognized: Check = {
	id: 'input.unrecognized',
	description: 'Nothing in the input is something TLS Doctor can analyse.',
	citation: 'TLS Doctor input formats',
	remedies: [],
	run({ evidence }) {
		const usable = evidence.items.some((i) => i.kind !== 'unreadable');
		if (usable) return [];
		if (evidence.empty) {
			return [
				finding(this, 'info', {
					id: 'input.empty',
					subject: 'input',
					title: 'Paste something to analyse',
					detail: `The input is empty. ${ACCEPTS}`
				})
			];
		}
		if (evidence.unreadable.length > 0) {
			return [
				finding(this, 'warning', {
					subject: 'input',
					title: 'Nothing in the input could be read',
					detail: `Each part that could not be read is listed with the reason. ${ACCEPTS}`
				})
			];
		}
		return [
			finding(this, 'info', {
				subject: 'input',
				title: 'This does not look like an error message, a certificate or a connection string',
				detail: ACCEPTS,
				evidence: evidence.unrecognizedText.slice(0, 1).map((t) => (t.length > 120 ? t.slice(0, 117) + '…' : t))
			})
		];
	}
};
