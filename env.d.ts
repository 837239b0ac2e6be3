/// <reference types="vite/client" />

/** The SCORM player page, built and inlined by scripts/scorm-player.ts. */
declare module 'virtual:scorm-player' {
  const html: string
  export default html
}
