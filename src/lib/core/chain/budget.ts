/**
 * Path search limits. Go and rustls-webpki stop after about 100 signature checks and pyca after
 * 128; name constraint comparisons are capped near a million. Hostile inputs (a hundred
 * intermediates that all claim one subject, a CA with thousands of constraints) then fail in
 * milliseconds instead of hanging the page.
 */
export class Budget {
	exhausted = false;
	constructor(
		public signatureChecks: number,
		public nameChecks: number
	) {}

	static standard(): Budget {
		return new Budget(128, 1 << 20);
	}

	spendSignature(): boolean {
		if (this.signatureChecks <= 0) {
			this.exhausted = true;
			return false;
		}
		this.signatureChecks--;
		return true;
	}
}
