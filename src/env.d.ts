/// <reference types="astro/client" />

/** Astro's content collections, for the bodies only Astro renders (src/integrations/okrbook.ts). */
declare module 'okrbook:astro-bodies' {
  export { getEntry, render } from 'astro:content';
}

/** True under `astro dev` only (defined by src/integrations/okrbook.ts): pages then read the content afresh on every request. */
declare const __OKRBOOK_DEV_SERVER__: boolean;
