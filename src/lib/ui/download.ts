/** Offers text as a file download, built in the page: nothing is fetched or uploaded. */
export function downloadText(filename: string, text: string, type = 'text/plain'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
