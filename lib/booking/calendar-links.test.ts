import { describe, expect, test } from "vitest";
import type { CalendarAppointment } from "./calendar-event";
import { calendarLinks, googleCalendarTime, outlookCalendarTime } from "./calendar-links";

const visit: CalendarAppointment = {
  id: "0b6f2a52-9a55-4b9f-8a2e-3f6b1d7c9e01",
  // 11:00–12:00 in New York (EDT, UTC−4) is 15:00–16:00 UTC.
  startsAt: new Date("2030-03-12T15:00:00Z"),
  endsAt: new Date("2030-03-12T16:00:00Z"),
  status: "BOOKED",
  serviceName: "Deep Pore Cleansing & Glow Facial",
  staffName: "Zoë O'Neil",
  location: {
    name: "Glowbook Midtown",
    address: "120 W 44th St, New York, NY 10036",
    phone: "+1 212 555 0100",
    email: "hello@glowbook.test",
  },
  manageUrl: "https://spa.example/account/appointments/0b6f2a52-9a55-4b9f-8a2e-3f6b1d7c9e01",
};

const title = "Deep Pore Cleansing & Glow Facial at Glowbook Midtown";
const details = [
  "Deep Pore Cleansing & Glow Facial with Zoë O'Neil.",
  `Manage or cancel: ${visit.manageUrl}`,
  "Questions: +1 212 555 0100 · hello@glowbook.test",
].join("\n");
const location = "Glowbook Midtown, 120 W 44th St, New York, NY 10036";
// Outlook.com and Outlook for work or school take the same compose parameters.
const outlookParams = {
  path: "/calendar/action/compose",
  rru: "addevent",
  subject: title,
  startdt: "2030-03-12T15:00:00Z",
  enddt: "2030-03-12T16:00:00Z",
  body: details,
  location,
};

describe("calendar times", () => {
  test.each([
    { instant: "2030-03-12T15:00:00.000Z", google: "20300312T150000Z", outlook: "2030-03-12T15:00:00Z" },
    { instant: "2030-12-31T23:30:00.000Z", google: "20301231T233000Z", outlook: "2030-12-31T23:30:00Z" },
    // An instant given with an offset is written in UTC (the next day here).
    { instant: "2030-11-03T22:15:00-05:00", google: "20301104T031500Z", outlook: "2030-11-04T03:15:00Z" },
  ])("$instant → $google / $outlook", ({ instant, google, outlook }) => {
    expect(googleCalendarTime(new Date(instant))).toBe(google);
    expect(outlookCalendarTime(new Date(instant))).toBe(outlook);
  });
});

describe("calendarLinks", () => {
  const links = calendarLinks(visit);

  test.each([
    {
      name: "Google Calendar",
      url: links.google,
      origin: "https://calendar.google.com",
      path: "/calendar/render",
      params: { action: "TEMPLATE", text: title, dates: "20300312T150000Z/20300312T160000Z", details, location },
    },
    {
      name: "Outlook.com",
      url: links.outlook,
      origin: "https://outlook.live.com",
      path: "/calendar/0/deeplink/compose",
      params: outlookParams,
    },
    {
      name: "Outlook for work or school",
      url: links.office,
      origin: "https://outlook.office.com",
      path: "/calendar/0/deeplink/compose",
      params: outlookParams,
    },
  ])("$name: the service's address, UTC times and the encoded words, nothing else", ({ url, origin, path, params }) => {
    const parsed = new URL(url);
    expect(parsed.origin).toBe(origin);
    expect(parsed.pathname).toBe(path);
    expect(Object.fromEntries(parsed.searchParams)).toEqual(params);
  });

  test("words are percent-encoded (spaces as %20, never a + that Outlook would show), reserved characters escaped", () => {
    for (const url of Object.values(links)) {
      const search = url.slice(url.indexOf("?") + 1);
      expect(search).not.toContain("+");
      expect(search).not.toMatch(/[ \n#]/);
      expect(search).toContain("Deep%20Pore%20Cleansing%20%26%20Glow%20Facial");
      expect(search).toContain("Zo%C3%AB%20O'Neil");
    }
  });

  test("only the treatment, the esthetician, the spa and the link: nothing from the client's record", () => {
    const withRecord = { ...visit, clientNotes: "pregnant, allergic to salicylic acid", intake: { pregnancy: { pregnant: true } } };
    const text = Object.values(calendarLinks(withRecord))
      .map((url) => decodeURIComponent(url))
      .join("\n");
    for (const secret of ["pregnant", "salicylic", "allergic"]) expect(text).not.toContain(secret);
  });
});
