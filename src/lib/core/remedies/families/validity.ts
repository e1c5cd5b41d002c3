/**
 * A certificate is expired, not yet valid, or revoked (cert-expired, cert-not-yet-valid, revoked).
 * Source: RFC 5280 §4.1.2.5 (validity compared with the verifier's clock); seed 004 (issuing with
 * openssl x509 -req -days); MongoDB rotateCertificates (5.0+).
 */

import { command, text, type RemedyTemplate } from '../remedy';
import { sh } from '../../syntax/template';
import { clockSteps } from '../syntax/os';
import { issueFromCa } from '../syntax/issue-certificate';

export const validity: RemedyTemplate[] = [
	{
		id: 'renew-certificate',
		title: 'Renew (reissue) the certificate',
		source: 'seed 004 (openssl x509 -req … -days 365); RFC 5280 §4.1.2.5; MongoDB rotateCertificates',
		why: 'A certificate’s dates are signed into it; nothing can stretch them. A new certificate has to be issued (a revoked one too) and installed where the old one was.',
		verify:
			'openssl x509 -noout -dates -in server.pem shows a notAfter in the future, and the connection no longer fails with "certificate has expired".',
		varies: [],
		steps: (c) => [
			...(c.facts.atlas
				? [
						text(
							'Atlas renews its own certificates well before they expire. If an Atlas certificate looks expired to you, suspect the clock of the client machine or a proxy presenting its own certificate.'
						)
					]
				: []),
			text('See which certificate has run out and when:'),
			command(c, sh`openssl x509 -noout -subject -issuer -dates -in server.pem`),
			text('Issue a new one from the same CA (your CA’s process, or with openssl as below), then replace the certificateKeyFile contents:'),
			command(c, issueFromCa(c.shell, 'server', { signOnly: true })),
			text('Load it: db.adminCommand({ rotateCertificates: 1 }) on MongoDB 5.0+, otherwise restart mongod.')
		]
	},
	{
		id: 'check-clock',
		title: 'Check the clock of the client machine',
		source: 'RFC 5280 §4.1.2.5; timedatectl(1); sntp(1); w32tm',
		why: 'Validity dates are compared with the local clock. A machine, VM or container whose clock is days off sees good certificates as expired or not yet valid, and fixing the clock fixes the error.',
		verify: 'The time printed matches the real time in UTC (within a minute), and the certificate error is gone.',
		varies: ['os', 'shell'],
		steps: (c) => clockSteps(c)
	}
];
