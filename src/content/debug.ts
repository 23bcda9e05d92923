/** Says why auto-clean stopped or what it did; console.debug is hidden unless DevTools shows verbose output. */
export function debug(message: string, detail?: unknown): void {
  console.debug(`[Broadsheet] ${message}`, ...(detail === undefined ? [] : [detail]));
}
