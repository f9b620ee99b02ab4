/**
 * A Fresha-style client export of `count` clients, a few of them broken the ways real exports are:
 * no name, a malformed email, the same person twice. Names carry `tag` so a run finds its own.
 */
export function clientExport(
  count: number,
  tag: string,
  header = "First Name,Last Name,Email,Mobile Number,Date of Birth,Accepts Marketing,Added",
): { csv: string; badRows: number[] } {
  const lines = [header];
  const badRows: number[] = [];
  for (let i = 1; i <= count; i++) {
    const phone = `(646) 555-${String(1000 + i).slice(-4)}`;
    if (i === 17) {
      lines.push(`,,nameless.${tag}@example.test,,,,`);
      badRows.push(i);
    } else if (i === 58) {
      lines.push(`Broken,Email${tag},broken.${tag}@example,,,,`);
      badRows.push(i);
    } else if (i === 121) {
      lines.push(`Again,Client1${tag},client1.${tag}@example.test,,,,`);
      badRows.push(i);
    } else {
      lines.push(
        `Client${i},Tester${tag},client${i}.${tag}@example.test,${phone},1990-01-${String((i % 28) + 1).padStart(2, "0")},${i % 3 ? "Yes" : "No"},2022-03-04`,
      );
    }
  }
  return { csv: lines.join("\r\n") + "\r\n", badRows };
}
