/**
 * What the browser does when the extension's quota is used up: every write to the object store
 * `storeName` fails. Runs in the page or the service worker it is evaluated in.
 */
export function refuseWritesTo(storeName: string): void {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    if (this.name === storeName) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
}
