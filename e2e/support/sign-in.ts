import { expect, type Page } from "@playwright/test";

/**
 * Signs in through the real form (labels and button as a person sees them) and waits until the
 * app has moved on. Fails with the form's own message when sign-in is refused.
 */
export async function signIn(page: Page, email: string, password: string, options: { callbackUrl?: string } = {}): Promise<void> {
  const query = options.callbackUrl ? `?${new URLSearchParams({ callbackUrl: options.callbackUrl })}` : "";
  await page.goto(`/signin${query}`);
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();

  // Next renders its own role=alert (the route announcer), so look for the form's alert only.
  // Each waiter turns its own failure into a value, so the one that loses the race never
  // surfaces later as an unhandled rejection.
  const refused = form.getByRole("alert");
  const outcome = await Promise.race([
    page
      .waitForURL((url) => url.pathname !== "/signin")
      .then(
        () => "signed-in" as const,
        () => "timed-out" as const,
      ),
    refused.waitFor().then(
      () => "refused" as const,
      () => "timed-out" as const,
    ),
  ]);
  if (outcome === "refused") throw new Error(`Sign-in as ${email} was refused: ${await refused.innerText()}`);
  if (outcome === "timed-out") throw new Error(`Sign-in as ${email} did not finish: still on ${page.url()}`);
  await expect(page).not.toHaveURL(/\/signin(\?|$)/);
}
