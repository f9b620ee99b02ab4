/** Formats an amount in minor units (cents) for display, e.g. 12500 USD → "$125". */
export function formatPrice(priceCents: number, currency: string, locale = "en-US"): string {
  const whole = priceCents % 100 === 0;
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(priceCents / 100);
}
