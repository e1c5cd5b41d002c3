/**
 * Last resorts that switch verification off. Each one carries `risk` (so it sorts last and the
 * page marks it), says what it exposes, and is meant only to confirm a diagnosis.
 * Source: seed 001 (Allow Insecure TLS: what tlsInsecure relaxes; "Don't Use in Production");
 * seed 000 (tlsAllowInvalidCertificates, tlsAllowInvalidHostnames).
 */

import { caution, text, type RemedyTemplate } from '../remedy';
import { clientSteps } from '../syntax/clients';

const CONFIRM_ONLY = 'Use it once to confirm the diagnosis, then remove it and apply a real fix above.';

export const insecure: RemedyTemplate[] = [
	{
		id: 'allow-invalid-hostnames',
		title: 'Last resort: turn off hostname verification (tlsAllowInvalidHostnames)',
		source: 'seeds 000/001 (tlsAllowInvalidHostnames; do not use in production)',
		why: 'The driver then accepts a certificate from a trusted CA even when it names another host. If the connection works with it, the only problem was the name.',
		verify: 'The connection works with the option and fails without it: the name was the problem. Remove the option again.',
		risk: 'Any server holding any certificate from a CA you trust (any public website’s, if you use public roots) can impersonate your database and read the credentials and data sent to it.',
		varies: ['client', 'shell'],
		steps: (c) => [caution(CONFIRM_ONLY), ...clientSteps(c, { allowInvalidHostnames: true })]
	},
	{
		id: 'allow-invalid-certificates',
		title: 'Last resort: stop verifying the server certificate (tlsAllowInvalidCertificates)',
		source: 'seeds 000/001 (tlsAllowInvalidCertificates; do not use in production)',
		why: 'The connection stays encrypted, but the driver no longer checks who it is talking to. If it works this way, the certificate chain (trust, dates or purpose) was the problem.',
		verify: 'The connection works with the option and fails without it: the chain was the problem. Remove the option again.',
		risk: 'Anyone able to intercept the connection can present any certificate, impersonate the server, and read or change your data and credentials.',
		varies: ['client', 'shell'],
		steps: (c) => [caution(CONFIRM_ONLY), ...clientSteps(c, { allowInvalidCertificates: true })]
	},
	{
		id: 'allow-tls-insecure',
		title: 'Last resort: insecure TLS (tlsInsecure)',
		source: 'seed 001 (Allow Insecure TLS: hostname, dates, trust and purpose all relaxed; traffic still encrypted)',
		why: 'tlsInsecure relaxes every certificate check at once: the name, the dates, the chain and the purpose. Only the encryption remains.',
		verify: 'The connection works with the option: the server’s certificate is the problem. Remove the option again.',
		risk: 'Nothing about the server is verified: anyone on the network path can impersonate it and read or change everything sent, including passwords.',
		varies: ['client', 'shell'],
		steps: (c) => [
			caution(CONFIRM_ONLY),
			...clientSteps(c, { insecure: true }),
			text('tlsInsecure cannot be combined with tlsAllowInvalidCertificates or tlsAllowInvalidHostnames.')
		]
	}
];
