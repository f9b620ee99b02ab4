// Building a NumberFormat costs far more than formatting with one; a page of services formats a
// price per card, in one or two currencies.
const formatters = new Map<string, Intl.NumberFormat>();

/** Formats an amount in minor units (cents) for display, e.g. 12500 USD → "$125". */
export function formatPrice(priceCents: number, currency: string, locale = "en-US"): string {
  const whole = priceCents % 100 === 0;
  const key = `${locale}|${currency}|${whole}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(priceCents / 100);
}
