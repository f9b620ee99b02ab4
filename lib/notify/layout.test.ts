import { describe, expect, test } from "vitest";
import { escapeHtml, renderEmail, type EmailContent } from "./layout";

const content: EmailContent = {
  subject: `Booked: "Peel" & <glow>`,
  recipientName: `Ana <script>alert(1)</script> O'Neil & "Co"`,
  body: [
    "Your appointment is confirmed.",
    {
      details: [
        ["With", "Mia & Co"],
        ["Where", `Glow <Spa>, 1 "Main" St`],
      ],
    },
    "See you soon.",
  ],
  links: [
    { label: "Manage your appointment", url: "https://spa.example/account/appointments/1?a=1&b=2" },
    { label: "Read your <plan>", url: `https://spa.example/plan/"x"` },
  ],
  spa: { name: "Glow & <Spa>", phone: "+1 212 555 0100", email: "spa@example.com" },
};

test("escapeHtml", () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
});

describe("renderEmail HTML", () => {
  const { html } = renderEmail(content);

  test.each([
    ["the subject in the title", "<title>Booked: &quot;Peel&quot; &amp; &lt;glow&gt;</title>"],
    ["the greeting", "<p>Hello Ana &lt;script&gt;alert(1)&lt;/script&gt; O&#39;Neil &amp; &quot;Co&quot;,</p>"],
    ["a paragraph", "<p>Your appointment is confirmed.</p>"],
    ["a detail row", `<tr><th scope="row" align="left">Where</th><td>Glow &lt;Spa&gt;, 1 &quot;Main&quot; St</td></tr>`],
    ["a link's URL and label", `<a href="https://spa.example/plan/&quot;x&quot;">Read your &lt;plan&gt;</a>`],
    ["a query string", `href="https://spa.example/account/appointments/1?a=1&amp;b=2"`],
    ["the contact line", "<p>Questions? Call +1 212 555 0100 or write to spa@example.com.</p>"],
    ["the spa's name", "<p>Glow &amp; &lt;Spa&gt;</p>"],
  ])("escapes %s", (_, expected) => {
    expect(html).toContain(expected);
  });

  test("nothing a person typed reaches the markup raw", () => {
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<glow>");
    expect(html).not.toContain("<Spa>");
  });

  test("the parts come in order: greeting, body, calls to action, footer", () => {
    const order = [
      "Hello",
      "confirmed.",
      "<table",
      "See you soon.",
      "Manage your appointment",
      "Read your",
      "Questions?",
      "<p>Glow &amp;",
      "</body>",
    ];
    const at = order.map((part) => html.indexOf(part));
    expect(at).not.toContain(-1);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});

describe("renderEmail text", () => {
  const { text, subject } = renderEmail(content);

  test("is the same content, unescaped, paragraphs apart", () => {
    expect(subject).toBe(content.subject);
    expect(
      text.startsWith(
        `Hello ${content.recipientName},\n\nYour appointment is confirmed.\n\nWith: Mia & Co\nWhere: Glow <Spa>, 1 "Main" St\n\nSee you soon.\n\n`,
      ),
    ).toBe(true);
  });

  test("each call to action is its label and URL on a line of their own", () => {
    expect(text).toContain("\nManage your appointment: https://spa.example/account/appointments/1?a=1&b=2\n");
    expect(text).toContain(`\nRead your <plan>: https://spa.example/plan/"x"\n`);
  });

  test("ends with the footer: contact, then the spa's name", () => {
    expect(text.endsWith("Questions? Call +1 212 555 0100 or write to spa@example.com.\n\nGlow & <Spa>")).toBe(true);
  });
});

describe("optional parts", () => {
  test("without a preferences URL there is no preferences link", () => {
    const { text, html } = renderEmail(content);
    expect(text).not.toContain("notifications");
    expect(html).not.toContain("notifications");
  });

  test("a preferences URL adds a link after the spa's name, in both parts", () => {
    const { text, html } = renderEmail({ ...content, preferencesUrl: "https://spa.example/account/notifications?from=mail&x=1" });
    expect(text.endsWith("Glow & <Spa>\nManage your email notifications: https://spa.example/account/notifications?from=mail&x=1")).toBe(
      true,
    );
    expect(html).toContain(
      `<p>Glow &amp; &lt;Spa&gt;</p>\n<p><a href="https://spa.example/account/notifications?from=mail&amp;x=1">Manage your email notifications</a></p>\n</body>`,
    );
  });

  test("a heading comes before the greeting, escaped in HTML", () => {
    const { text, html } = renderEmail({ ...content, heading: "Reset <your> password" });
    expect(text.startsWith("Reset <your> password\n\nHello ")).toBe(true);
    expect(html).toContain(`<h1 style="font-size:20px">Reset &lt;your&gt; password</h1>\n<p>Hello `);
  });

  test("with no calls to action the footer follows the body", () => {
    const { text } = renderEmail({ ...content, links: [] });
    expect(text).toContain("See you soon.\n\nQuestions?");
  });
});
