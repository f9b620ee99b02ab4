import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { arrangeStartedVisit, signUp, submitIntakeForm } from "./support/journeys";
import { signIn } from "./support/sign-in";

const CLIENT_NAME = "Lina Moreau";

/** A phone photo: EXIF with a GPS position and the camera, which must never reach storage. */
async function phonePhoto(seed: number): Promise<Buffer> {
  const width = 900;
  const height = 1200;
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i += 3) {
    const pixel = i / 3;
    raw[i] = 170 + ((pixel % width) % 60);
    raw[i + 1] = 120 + ((Math.floor(pixel / width) + seed * 30) % 70);
    raw[i + 2] = 100 + seed * 20;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .withExif({ IFD0: { Make: "E2E Phone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "40/1 44/1 3000/100" } })
    .jpeg()
    .toBuffer();
}

async function uploadPhoto(page: Page, { phase, seed }: { phase: "Before" | "After"; seed: number }) {
  const capture = page.getByRole("region", { name: "Take a photo" });
  await capture.getByRole("radio", { name: phase, exact: true }).check();
  await capture.getByRole("radio", { name: "Front", exact: true }).check();
  await capture
    .getByLabel("Upload a photo")
    .setInputFiles({ name: `${phase.toLowerCase()}.jpg`, mimeType: "image/jpeg", buffer: await phonePhoto(seed) });
  await capture.getByRole("button", { name: `Save photo (Front, ${phase.toLowerCase()})` }).click();
  await expect(capture.getByRole("status")).toHaveText(`Saved: Front, ${phase.toLowerCase()}.`);
}

/** On the chart: before and after photos through the file chooser, then the face map, then signing. */
async function photographAndSign(page: Page, appointmentId: string, seed: number, markerNote: string) {
  await page.goto(`/staff/appointments/${appointmentId}`);
  await page.getByRole("link", { name: "Take or upload photos" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Photos — ${CLIENT_NAME}` })).toBeVisible();
  await uploadPhoto(page, { phase: "Before", seed });
  await uploadPhoto(page, { phase: "After", seed: seed + 1 });
  const visitPhotos = page.getByRole("region", { name: "This visit's photos" });
  await expect(visitPhotos.getByRole("img", { name: /^Photo: Front — (before|after)$/ })).toHaveCount(2);

  await page.getByRole("link", { name: "Back to the chart" }).click();
  const note = page.getByRole("form", { name: "Treatment note" });
  await note.getByLabel(/^A — Assessment/).fill("Cleanse, extraction on nose, calming mask.");
  // The drawing: tap the nose to choose it, tick a finding; then pin a marker on the chin.
  const drawing = note.getByRole("img", { name: /^Face map drawing/ });
  await drawing.scrollIntoViewIfNeeded();
  const box = (await drawing.boundingBox())!;
  const tap = (x: number, y: number) => drawing.click({ position: { x: box.width * x, y: box.height * y } });
  await tap(0.5, 0.45);
  await expect(note.getByRole("radio", { name: /^Nose/ })).toBeChecked();
  await note.getByRole("group", { name: "Nose" }).getByRole("checkbox", { name: "Comedones" }).check();
  await note.getByRole("button", { name: "Pin a marker" }).click();
  await tap(0.5, 0.747);
  await note.getByLabel("Note for marker 1").fill(markerNote);
  await note.getByRole("button", { name: "Sign and lock the note" }).click();
  const signed = page.getByRole("region", { name: "Treatment note" }).getByRole("article", { name: "Signed treatment note" });
  await expect(signed).toContainText("Nose: Comedones");
  await expect(signed).toContainText(`Marker 1: ${markerNote}`);
  await expect(page.getByRole("region", { name: "Photos", exact: true })).toContainText("Locked with the signed note");
}

test("an esthetician takes before and after photos, marks the face map, signs, and compares with the previous visit", async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const email = `photos-${Date.now()}@example.com`;
  await signUp(page, { name: CLIENT_NAME, email });
  // Two visits that have begun (notes are signed once a visit has started): one a week ago, one today.
  const visit = { clientEmail: email, staffEmail: "ava@glowbook.test", service: "deep-pore-cleansing-facial" };
  const first = await arrangeStartedVisit({ ...visit, startedBy: new Date(Date.now() - 7 * 24 * 60 * 60_000) });
  const second = await arrangeStartedVisit(visit);
  await submitIntakeForm(page, {
    name: CLIENT_NAME,
    emergencyContact: "Paul Moreau",
    emergencyPhone: "+1 646 555 0191",
    skinType: "Combination",
    clinicalPhotos: true,
  });

  await context.clearCookies();
  await signIn(page, "ava@glowbook.test", "glowbook-staff-demo", { callbackUrl: `/staff/appointments/${first}` });
  await expect(page.getByRole("region", { name: "Photos", exact: true })).toContainText(/Clinical photos: given on/);
  await photographAndSign(page, first, 1, "Healed blemish");

  // The next visit: the earlier front photo is there as a ghost to line the new one up with.
  await page.goto(`/staff/appointments/${second}/photos`);
  await expect(page.getByLabel(/^Overlay of the before photo of /)).toBeVisible();
  await photographAndSign(page, second, 5, "Check again next time");

  // Compare: this visit's after against the previous visit, each with its face map.
  await page.getByRole("link", { name: "Compare photos" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Compare photos — ${CLIENT_NAME}` })).toBeVisible();
  const compared = page.getByRole("img", { name: /^Photo from .*, (before|after)$/ });
  await expect(compared).toHaveCount(2);
  for (const image of await compared.all()) {
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  }
  const [leftCaption, rightCaption] = await page.locator("figcaption").allTextContents();
  expect(leftCaption).not.toBe(rightCaption);
  await expect(page.getByRole("region", { name: /^Face map, / })).toHaveCount(2);
  await expect(page.getByRole("region", { name: /^Face map, / }).first()).toContainText("Healed blemish");

  await page.getByRole("radio", { name: "Slider" }).check();
  await page.getByRole("button", { name: "Show" }).click();
  const slider = page.getByRole("slider", { name: /^Show more of the left/ });
  await slider.fill("20");
  await expect(slider).toHaveValue("20");

  // The photo route never lets a clinical image be cached.
  const src = (await page
    .getByRole("img", { name: /, after$/ })
    .first()
    .getAttribute("src"))!;
  const response = await page.request.get(src);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect(response.headers()["content-type"]).toBe("image/webp");
});
