/// <reference types="astro/client" />

/** Astro's content collections, for the bodies only Astro renders (src/integrations/okrbook.ts). */
declare module 'okrbook:astro-bodies' {
  export { getEntry, render } from 'astro:content';
}
