import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import { en } from '../../shared/i18n/en'
import { showAbout } from './dialogs'

/**
 * A small menu: quit, the standard editing commands (so copy/paste shortcuts work), and what
 * a projector at the monthly review needs: reload, zoom, full screen.
 */
export function installMenu(options: { devTools: boolean }): void {
  const text = en.dialogs.menu
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(options.devTools ? [{ role: 'toggleDevTools' } as const] : []),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' }
  ]
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { label: text.file, submenu: [{ role: 'quit' }] },
    { label: text.edit, role: 'editMenu' },
    { label: text.view, submenu: view },
    {
      label: text.help,
      role: 'help',
      submenu: [{ label: text.about, click: () => showAbout(BrowserWindow.getFocusedWindow() ?? undefined) }]
    }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
