export const LIB_LAYERS: string[][];
export function forbiddenDomainsFor(domain: string): string[];
