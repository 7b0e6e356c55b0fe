/** How the dashboard writes values the server and the stories both show: amounts, and the Zuora invoice number flow 3 derives. */

/** An amount in the currency's major units, as people read it: `49.00 USD` (no currency: `49.00`). */
export function money(amount: number, currency: string): string {
  return `${amount.toFixed(2)} ${currency}`.trim();
}

/** The Zuora invoice number flow 3 makes of a Togai invoice ID (`inv.X.Y` -> `inv-X-Y`). */
export function zuoraInvoiceNumber(togaiInvoiceId: string): string {
  return togaiInvoiceId.replaceAll('.', '-');
}
