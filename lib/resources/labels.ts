import type { Translate } from "@/lib/i18n/translate";

/** Kinds are free text: known ones are translated, others shown as written ("boat_shed" -> "boat shed"). */
export function getKindLabel(t: Translate, kind: string): string {
  const key = `resources.kinds.${kind}`;
  const label = t(key);
  return label === key ? kind.replaceAll("_", " ") : label;
}

/** The fragment id of a resource on its site page, so links from the site list land on the resource. */
export function getResourceAnchor(resourceId: string): string {
  return `resource-${resourceId}`;
}
