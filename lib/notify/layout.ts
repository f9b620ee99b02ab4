/**
 * The one layout every email is drawn with. A template gives content only — plain strings — and
 * this file writes both the HTML and the plain-text part, escaping every value in one place, so
 * no template can forget to. Content is names, dates and links: health details never go in email.
 */

export type RenderedEmail = { subject: string; text: string; html: string };

/** A link the reader is asked to follow, e.g. { label: "Manage your appointment", url }. */
export type EmailLink = { label: string; url: string };

/** A paragraph, or a list of label/value rows (the visit's treatment, time, place). */
export type EmailBlock = string | { details: [label: string, value: string][] };

/** Who sent it and how to reach them; a location row fits as it is. */
export type SpaContact = { name: string; phone: string; email: string };

export type EmailContent = {
  subject: string;
  /** Greeted as "Hello <name>,". */
  recipientName: string;
  /** A visible title above the greeting; most messages say it in the subject alone. */
  heading?: string;
  body: EmailBlock[];
  /** The calls to action, in order; the first is the one the message is for. */
  links: EmailLink[];
  spa: SpaContact;
  /** The email-preferences page, for messages a person can turn off (reminders, nudges). */
  preferencesUrl?: string;
};

export function escapeHtml(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

const PREFERENCES_LABEL = "Manage your email notifications";

const contactLine = (spa: SpaContact) => `Questions? Call ${spa.phone} or write to ${spa.email}.`;

const linkHtml = (link: EmailLink) => `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`;

const linkText = (link: EmailLink) => `${link.label}: ${link.url}`;

function blockHtml(block: EmailBlock): string {
  if (typeof block === "string") return `<p>${escapeHtml(block)}</p>`;
  const rows = block.details.map(
    ([label, value]) => `<tr><th scope="row" align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
  );
  return `<table role="presentation" cellpadding="4">${rows.join("")}</table>`;
}

function blockText(block: EmailBlock): string {
  if (typeof block === "string") return block;
  return block.details.map(([label, value]) => `${label}: ${value}`).join("\n");
}

function renderHtml(content: EmailContent): string {
  const preferences = content.preferencesUrl ? [linkHtml({ label: PREFERENCES_LABEL, url: content.preferencesUrl })] : [];
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="font-family:sans-serif;color:#1c1917">`,
    ...(content.heading ? [`<h1 style="font-size:20px">${escapeHtml(content.heading)}</h1>`] : []),
    `<p>Hello ${escapeHtml(content.recipientName)},</p>`,
    ...content.body.map(blockHtml),
    ...content.links.map(linkHtml),
    `<p>${escapeHtml(contactLine(content.spa))}</p>`,
    `<p>${escapeHtml(content.spa.name)}</p>`,
    ...preferences,
    `</body></html>`,
  ].join("\n");
}

// Plain text: blocks apart by a blank line; the links sit right above the contact line, each URL
// on a line of its own so mail clients make it clickable.
function renderText(content: EmailContent): string {
  const preferences = content.preferencesUrl ? [linkText({ label: PREFERENCES_LABEL, url: content.preferencesUrl })] : [];
  const blocks = [...(content.heading ? [content.heading] : []), `Hello ${content.recipientName},`, ...content.body.map(blockText)];
  return [
    ...blocks.flatMap((block) => [block, ""]),
    ...content.links.map(linkText),
    contactLine(content.spa),
    "",
    content.spa.name,
    ...preferences,
  ].join("\n");
}

/** The whole message, both parts, from content alone. */
export function renderEmail(content: EmailContent): RenderedEmail {
  return { subject: content.subject, text: renderText(content), html: renderHtml(content) };
}
