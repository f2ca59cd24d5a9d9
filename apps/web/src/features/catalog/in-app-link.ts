/**
 * Links that are not React Router links (Suomi.fi breadcrumbs, map popups) still navigate inside
 * the app on a plain click; a click that asks for a new tab or window keeps the browser's way.
 */
export function isPlainClick(event: { button: number; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}
