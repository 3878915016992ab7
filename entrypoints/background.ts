import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  CAPTURE_MENU_ID,
  isUnsavedCapturesRequest,
  onCaptureMenuClick,
  unsavedCaptures,
} from './shared/capture-selection';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // Menus outlive the service worker: created once per install or update, never twice.
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: CAPTURE_MENU_ID,
        title: browser.i18n.getMessage('captureMenuTitle'),
        contexts: ['selection'],
      }),
    );
  });

  browser.contextMenus.onClicked.addListener((click, tab) => {
    if (click.menuItemId !== CAPTURE_MENU_ID) return;
    void onCaptureMenuClick(click, tab);
  });

  // A panel opening asks for the captures the storage refused: they live only here.
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (isUnsavedCapturesRequest(message)) sendResponse(unsavedCaptures());
  });

  // The menu's own handler, reachable from the service worker's console: end-to-end tests call it,
  // since no automation can click a native context menu.
  Object.assign(globalThis, { tallyWitnessCapture: onCaptureMenuClick });
});
