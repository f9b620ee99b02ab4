/** People-facing names for the enum values an admin picks from. */
export function enumLabel(value: string): string {
  const lower = value
    .toLowerCase()
    .replace(/_/g, " ")
    .replace(/\bled\b/, "LED");
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
