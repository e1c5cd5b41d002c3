import { finding, type Check } from '../check';

/**
 * A PKCS#12 file is encrypted with a password (RFC 7292 §4, PBES2/PBMAC); without it nothing
 * inside can be read, so the rest of the report says nothing about its certificates. That must
 * be said as loudly as a problem: a quiet report under the password field reads as "all clear".
 */
export const inputLocked: Check = {
	id: 'input.locked',
	description: 'A PKCS#12 file needs its password before anything inside it can be checked.',
	citation: 'RFC 7292 §4 (PKCS#12 integrity and privacy modes); OpenSSL pkcs12(1)',
	remedies: ['pkcs12-password'],
	run({ evidence }) {
		return evidence.items.flatMap((item) => {
			if (item.kind !== 'pkcs12' || (item.password !== 'missing' && item.password !== 'wrong')) return [];
			const name = item.source.name ?? 'The PKCS#12 file';
			const wrong = item.password === 'wrong';
			return [
				finding(this, 'warning', {
					subject: item.id,
					title: wrong ? `The password given does not open ${name}` : `${name} is locked: its password is needed to check it`,
					detail:
						(wrong
							? 'The file’s integrity check fails with that password, so nothing inside could be read. Check for a typing slip, or ask whoever exported it. '
							: 'Its certificates and key are encrypted, so nothing in it has been checked yet: not its dates, names, chain or key. ') +
						'In the page, type the password in the field shown with the file: it stays in this tab and is never sent or stored. ' +
						'From the command line, put it in an environment variable and pass its name with --password-env, or run tls-doctor in a terminal to be asked for it.',
					evidence: [`password: ${item.password}`, ...item.problems]
				})
			];
		});
	}
};
