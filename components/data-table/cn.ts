/** Joins class names. Stands in for `cn` from lib/utils until that shared helper exists. */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ')
}
