import { finding, type Check } from '../check';

/**
 * An encrypted private key needs its password at load time: tlsCertificateKeyFilePassword in
 * the connection string or MongoClient(...) (seed 000), net.tls.certificateKeyFilePassword for
 * mongod. Without it PyMongo stops with "[SSL] PEM lib" or prompts on a terminal.
 */
export const keyEncrypted: Check = {
	id: 'key.encrypted',
	description: 'The private key is encrypted: the client needs tlsCertificateKeyFilePassword.',
	citation: 'RFC 5958 §3 (EncryptedPrivateKeyInfo); PyMongo tlsCertificateKeyFilePassword (seed 000)',
	remedies: ['key-password'],
	run({ evidence }) {
		return evidence.keys.flatMap(({ item }) => {
			const key = item.key;
			if (!key.encrypted) return [];
			const opened = key.decrypted === true;
			return [
				finding(this, opened ? 'info' : 'warning', {
					subject: item.id,
					title: opened ? 'The private key is encrypted (the password given opens it)' : 'The private key is encrypted',
					detail:
						(opened
							? 'The password you gave decrypts it, so it could be matched with its certificate here. '
							: 'Without its password it cannot be used, or even matched with a certificate here; give the password to check it. ') +
						'The client needs the same password as tlsCertificateKeyFilePassword (mongod: net.tls.certificateKeyFilePassword); without it PyMongo fails with ' +
						'“[SSL] PEM lib” or stops to prompt for it.',
					evidence: [`format: ${key.format}`, ...(key.encryption ? [`encryption: ${key.encryption}`] : [])]
				})
			];
		});
	}
};
