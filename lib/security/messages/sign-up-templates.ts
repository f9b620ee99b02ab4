import { renderEmail, type RenderedEmail, type SpaContact } from "@/lib/notify/layout";

/**
 * The two answers to a sign-up, by email only: the form says the same "check your email" either
 * way, so it never tells a stranger whether an address has an account. The owner of the address
 * reads which case it was.
 */
export function renderSignUpConfirmation(data: { name: string; confirmUrl: string; spa: SpaContact }): RenderedEmail {
  return renderEmail({
    subject: `Confirm your email to finish signing up at ${data.spa.name}`,
    recipientName: data.name,
    body: [
      `Someone, hopefully you, asked to create an account at ${data.spa.name} with this email address.`,
      "Confirm it to finish: the link signs you in and works for 24 hours.",
      "If it wasn't you, ignore this email and no account will be created.",
    ],
    links: [{ label: "Confirm and sign in", url: data.confirmUrl }],
    spa: data.spa,
  });
}

export function renderExistingAccountNotice(data: { name: string; signInUrl: string; spa: SpaContact }): RenderedEmail {
  return renderEmail({
    subject: `You already have an account at ${data.spa.name}`,
    recipientName: data.name,
    body: [
      "Someone tried to create a new account with this email address, which already has one.",
      "If it was you, sign in with your password instead. If you don't remember it, call or write to the spa and we will help.",
      "If it wasn't you, you can ignore this email: nothing about your account changed.",
    ],
    links: [{ label: "Sign in", url: data.signInUrl }],
    spa: data.spa,
  });
}
