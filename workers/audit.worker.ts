// The browser's audit worker: the audit runs here, off the page's thread, through comlink.
import * as Comlink from 'comlink';
import { createAuditService } from './audit-service.js';
import { browserPlatform } from './browser-files.js';

Comlink.expose(createAuditService(browserPlatform));
