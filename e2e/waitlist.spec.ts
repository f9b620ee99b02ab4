import { expect, test } from "@playwright/test";
import { getLocalDate } from "@/lib/dates/local-date";
import { formatInstant, formatWhen } from "@/lib/format/zoned";
import { latestEmailText } from "./support/accounts";
import { chooseFirstAvailableDay, signUp, SPA_ZONE, spaDate, timeOf } from "./support/journeys";

/** The claim link in the newest waitlist offer sent to `email`, once the worker has written it. */
async function offerLink(email: string): Promise<string> {
  let link = "";
  await expect
    .poll(
      async () => {
        const text = await latestEmailText(email, "WAITLIST_OFFER").catch(() => "");
        link = /https?:\/\/\S+\/waitlist\/claim\/[A-Za-z0-9_-]{43}/.exec(text)?.[0] ?? "";
        return link;
      },
      { message: `a waitlist offer to ${email}`, timeout: 30_000 },
    )
    .not.toBe("");
  return link;
}

test("a client joins the waitlist, another cancels, the first claims the time from the offer email and sees the booking", async ({
  browser,
}) => {
  // Two sign-ups, a booking, a cancellation and the worker's offer: longer than one journey's minute.
  test.setTimeout(180_000);
  const stamp = Date.now();
  const canceller = { name: "Casey Cancel", email: `casey-${stamp}@example.com`, phone: "+1 646 555 0140" };
  const waiter = { name: "Wren Waiting", email: `wren-${stamp}@example.com`, phone: "+1 646 555 0141" };
  const caseyContext = await browser.newContext();
  const wrenContext = await browser.newContext();
  const casey = await caseyContext.newPage();
  const wren = await wrenContext.newPage();

  // Casey takes Ava's first free time, far enough ahead to cancel online.
  await signUp(casey, canceller);
  await casey.goto("/book?service=deep-pore-cleansing-facial");
  await casey.getByRole("link", { name: /^Ava Martinez/ }).click();
  const time = (await chooseFirstAvailableDay(casey, spaDate(3))).first();
  const bookedAt = await timeOf(time);
  await time.click();
  await casey.getByRole("form", { name: "Review and confirm" }).getByRole("button", { name: "Confirm booking" }).click();
  await expect(casey.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  const day = getLocalDate(new Date(bookedAt), SPA_ZONE);

  // Wren wants Ava that day: nothing earlier fits, so Wren joins the waitlist from /book.
  await signUp(wren, waiter);
  await wren.goto("/book?service=deep-pore-cleansing-facial");
  await wren.getByRole("link", { name: /^Ava Martinez/ }).click();
  await wren.getByRole("link", { name: "Join the waitlist" }).click();
  await expect(wren.getByRole("heading", { level: 1, name: "Waitlist: Deep Pore Cleansing Facial" })).toBeVisible();
  const join = wren.getByRole("form", { name: "Join the waitlist" });
  await join.getByLabel("From", { exact: true }).fill(day);
  await join.getByLabel("Until", { exact: true }).fill(day);
  await join.getByRole("button", { name: "Join the waitlist" }).click();
  await expect(wren).toHaveURL(/\/account\/waitlist\?joined=1$/);
  await expect(wren.getByRole("status").filter({ hasText: "You are on the waitlist" })).toBeVisible();
  await expect(wren.getByRole("heading", { level: 2, name: "Deep Pore Cleansing Facial" })).toBeVisible();

  // Casey cancels: the worker holds the freed time for Wren and emails the offer.
  await casey.getByRole("link", { name: "Cancel appointment" }).click();
  const cancel = casey.getByRole("form", { name: "Cancel appointment" });
  await cancel.getByRole("button", { name: "Cancel appointment" }).click();
  await expect(casey.getByRole("status").filter({ hasText: "Your appointment was cancelled." })).toBeVisible();

  const link = await offerLink(waiter.email);
  const held = formatWhen(new Date(bookedAt), SPA_ZONE).full;
  expect(await latestEmailText(waiter.email, "WAITLIST_OFFER")).toContain(held);

  await wren.goto(link);
  await expect(wren.getByRole("heading", { level: 1, name: "A time has opened up for you" })).toBeVisible();
  await expect(wren.getByText(held)).toBeVisible();
  await wren.getByRole("button", { name: "Book this time" }).click();
  await expect(wren.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  await wren.getByRole("link", { name: "See your appointment" }).click();
  const main = wren.getByRole("main");
  await expect(main.getByText(formatInstant(bookedAt, SPA_ZONE))).toBeVisible();
  await expect(main.getByText("Ava Martinez")).toBeVisible();

  // The link is single-use: opening it again shows the booking, not another offer.
  await wren.goto(link);
  await expect(wren.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  await expect(wren.getByRole("button", { name: "Book this time" })).toHaveCount(0);
  await caseyContext.close();
  await wrenContext.close();
});
