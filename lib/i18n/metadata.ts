import type { Metadata } from "next";
import { getT } from "./server";

/** `export const generateMetadata = pageTitle("nav.sites")`: the tab title in the visitor's language. */
export function pageTitle(key: string) {
  return async (): Promise<Metadata> => ({ title: (await getT())(key) });
}
