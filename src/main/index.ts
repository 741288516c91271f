/**
 * Electron main entry (built to out/main/index.js). The shell is thin: everything it does is in
 * src/main/app; everything below that (backend, services, db) runs without Electron.
 */
import { join } from 'node:path'
import { startApp } from './app/lifecycle'

// __dirname is out/main, inside app.asar when packaged; preload and renderer sit beside it.
startApp({ outDir: join(__dirname, '..') })
