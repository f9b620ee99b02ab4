/**
 * The password length rule in characters as people count them, apart from the schemas so a form
 * can say it without loading zod and the common-password list (lib/auth/schema.ts applies it).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
