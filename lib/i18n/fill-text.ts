/** Fills `{name}` placeholders; a placeholder without a value stays visible rather than becoming "undefined". */
export function fillText(template: string, values?: Record<string, string | number>): string {
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
