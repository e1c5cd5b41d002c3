/** The machine a remedy is written for. Unknown parts get steps that work everywhere. */
export interface Environment {
	os?: string;
	python?: string;
	shell?: string;
	client?: string;
}
