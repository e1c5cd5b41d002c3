/**
 * Connection-string mistakes (config-conflict, unknown-option, invalid-uri).
 * Source: seed 001 (option names; tlsInsecure vs tlsAllowInvalid*); the MongoDB connection string
 * reference (percent-encoding of user name and password; no port with mongodb+srv).
 */

import { config, text, type RemedyTemplate } from '../remedy';
import { connectionString } from '../../syntax/template';
import { connectionStep } from '../syntax/clients';
import { connectionNotes } from '../syntax/connection';
import { needsPasswordNote, PASSWORD_PLACEHOLDER } from '../values';

const withNotes = (c: Parameters<typeof connectionNotes>[0], steps: ReturnType<typeof connectionStep>) => [
	...steps,
	...connectionNotes(c, steps)
];

export const uri: RemedyTemplate[] = [
	{
		id: 'fix-uri-options',
		title: 'Correct the connection-string options',
		source: 'seed 001 (TLS option names); MongoDB connection string reference',
		why: 'Drivers reject a connection string with conflicting TLS options and ignore (or reject) misspelled ones, so a setting you believe is on may not be. Exact names, one value each, and an escaped password fix it.',
		verify: 'The driver parses the string without warnings about unknown or conflicting options, and connects.',
		varies: [],
		steps: (c) => [
			// Checked as one word in remedies/facts.ts: a name from the error, never a raw run of input.
			...(c.facts.optionNamed
				? [text(`The driver's error names the option "${c.facts.optionNamed}": that is the one to correct or remove.`)]
				: []),
			text(
				'Spell options exactly: tls, tlsCAFile, tlsCertificateKeyFile, tlsCertificateKeyFilePassword, tlsCRLFile, tlsAllowInvalidCertificates, tlsAllowInvalidHostnames, tlsInsecure. Option names are case-insensitive; values are not.'
			),
			text(
				'Use tls or ssl, not both with different values, and tlsInsecure alone rather than together with tlsAllowInvalidCertificates or tlsAllowInvalidHostnames.'
			),
			text(
				'Percent-encode @ : / ? # [ ] % in the user name and password (@ becomes %40). A mongodb+srv:// host takes no port and exactly one host name.'
			),
			// The doctor's corrected string keeps every host and option; the password never travels in it.
			...(c.facts.correctedUri
				? [
						text(
							needsPasswordNote(c.facts.correctedUri)
								? `The connection string you pasted, corrected. Put your password back in place of ${PASSWORD_PLACEHOLDER} (percent-encoded: @ becomes %40):`
								: 'The connection string you pasted, corrected:'
						),
						config(connectionString(c.facts.correctedUri), 'connection string', 'uri')
					]
				: withNotes(c, connectionStep(c, {})))
		]
	}
];
