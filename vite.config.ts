import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin, type PluginOption } from 'vite'
import vue from '@vitejs/plugin-vue'
import { Features } from 'lightningcss'
import { VitePWA } from 'vite-plugin-pwa'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { passageBanks } from './scripts/vite-banks.ts'
import { questionsGuard } from './scripts/lib/questions-guard.ts'
import { scormPlayer } from './scripts/scorm-player.ts'
import { CSP, cspMeta } from './scripts/csp.ts'
import { earlyTheme } from './scripts/early-theme.ts'
import { renderBlockingEntry } from './scripts/render-blocking.ts'

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
    version: string
  }
  return pkg.version
}

/** The app's colours in the manifest, matching --accent and --paper in src/styles/main.css. */
const THEME = '#1f4fa3'
const BACKGROUND = '#fdfcf9'

/** Offline after one visit: the app shell and every bank precached by a Workbox service worker. */
function offline(disable: boolean): PluginOption {
  return VitePWA({
    disable,
    // A new version waits for the student's "Reload" (src/components/app/UpdatePrompt.vue).
    registerType: 'prompt',
    // Registered by src/composables/app-update.ts once the first page is on screen.
    injectRegister: false,
    includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
    manifest: {
      name: 'Passage',
      short_name: 'Passage',
      description: 'Read a news article, prove you understood it, come back for review.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: THEME,
      background_color: BACKGROUND,
      icons: [
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      // Every chunk: each set's questions and each article are chunks of their own.
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      // The first install takes over the open page at once; later versions wait to be asked.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  })
}

/** The portable file's icon inlined, and no links to files that are not there. */
function portableHtml(): Plugin {
  const svg = readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8')
  return {
    name: 'passage-portable-html',
    transformIndexHtml: (html) =>
      html
        .replace('./favicon.svg', `data:image/svg+xml,${encodeURIComponent(svg.trim())}`)
        .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, ''),
  }
}

// `vite build --mode portable` (npm run build:portable): one self-contained HTML file that works
// from disk, with no service worker (file:// has none) and no CSP meta (its script is inline).
export default defineConfig(({ command, mode }) => {
  const portable = mode === 'portable'
  // Backups and results files say which Passage wrote them: a build writes the package's version
  // unless given another (VITE_APP_VERSION=…); `npm start` writes "dev".
  if (command === 'build') process.env.VITE_APP_VERSION ??= packageVersion()
  const questions = process.env.PASSAGE_QUESTIONS_DIR || undefined
  return {
    plugins: [
      // The customizable select's <selectedcontent> (Chromium 135+): an element, not a component.
      vue({
        template: { compilerOptions: { isCustomElement: (tag) => tag === 'selectedcontent' } },
      }),
      passageBanks({ questions }),
      // Refuses to bundle a bank file that links out of questions/ or cannot be read.
      questionsGuard(questions ?? fileURLToPath(new URL('./questions', import.meta.url))),
      // The SCORM package's page, built and inlined for the Classroom page's lazy chunk.
      scormPlayer(),
      ...(portable
        ? [viteSingleFile({ removeViteModuleLoader: true }), portableHtml()]
        : [cspMeta(), renderBlockingEntry()]),
      // The Settings theme on the page before its first paint: no light flash for a dark reader.
      // Last in <head>, after the tags above, so it never holds back the app's own fetches.
      earlyTheme({ inline: portable }),
      offline(portable),
    ],
    // No component uses the Options API (data/methods/computed objects): leaving Vue's support for
    // it out of the build makes the first load about 1.5 kB gzip lighter. Tests keep Vue's default.
    define: command === 'build' ? { __VUE_OPTIONS_API__: 'false' } : {},
    // No stylesheet writes light-dark(): without this, the minifier adds its stand-in's two
    // variables to every color-scheme rule, for browsers before light-dark() (about 20 B gzip).
    css: { lightningcss: { exclude: Features.LightDark } },
    resolve: {
      alias: [
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        // The portable file starts no worker (a page opened from disk cannot), so none is built.
        ...(portable
          ? [
              {
                find: /^\.\/(backup|lint)-worker\.ts$/,
                replacement: fileURLToPath(
                  new URL('./src/composables/no-worker.portable.ts', import.meta.url),
                ),
              },
            ]
          : []),
      ],
    },
    // A second dev server (the start test) gets its own dependency cache, so it never rewrites
    // the one a running `npm start` serves from.
    cacheDir: process.env.PASSAGE_VITE_CACHE_DIR || undefined,
    // Relative asset paths let the built site be opened from any folder or sub-path.
    base: './',
    // The portable build is the one HTML file: icons and the manifest are for the installed app.
    publicDir: portable ? false : 'public',
    // `npm run preview` and the browser tests serve the build under the policy it ships with.
    preview: { headers: { 'Content-Security-Policy': CSP } },
    build: portable
      ? { target: 'es2022', outDir: 'dist-portable' }
      : {
          target: 'es2022',
          // Every browser es2022 code runs in but Safari before 17 understands modulepreload; there
          // the polyfill would only fetch a little earlier what the import fetches anyway (~350 B).
          modulePreload: { polyfill: false },
          // Read by the size budget (scripts/size.ts) and the benchmark to know what a route loads.
          manifest: true,
          rolldownOptions: {
            output: {
              // Everything the first page needs in one chunk (Vue, router, Pinia and the app
              // shell, not four), so a first visit fetches fewer files and gzip sees them together.
              codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
              // Lazy chunks and their styles are named by their hash alone: the entry lists every
              // one of them (its preload map), and their names cost the first load about 600 B
              // gzip. The Vite manifest (dist/.vite/manifest.json) says which source each holds.
              // Seven characters, not the default eight: 114 B less. Rolldown refuses a hash too
              // short for the number of chunks (7 is its least for the 65 here) with a message
              // naming this option, so more chunks can never collide, only fail the build.
              // Hexadecimal, not base64: gzip codes a character of 16 in 4 bits, not 6, so the
              // names cost the first load about 100 B less; lower case only, no two names differ
              // only by case where a copy of the site lands on a disk that ignores it.
              hashCharacters: 'hex',
              chunkFileNames: 'assets/[hash:7].js',
              assetFileNames: 'assets/[hash:7][extname]',
            },
          },
        },
  }
})
