import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';

/**
 * Re-renders its host whenever one of the stores it is given changes, while the host is connected. The
 * host reads values with `.get()` in `render()`; `watch()` swaps the stores (another conversation).
 */
export class StoresController implements ReactiveController {
  private stores: readonly ReadableAtom<unknown>[] = [];
  private unsubscribe: (() => void)[] = [];
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  watch(stores: readonly ReadableAtom<unknown>[]) {
    this.stores = stores;
    if (this.connected) this.subscribe();
  }

  hostConnected() {
    this.connected = true;
    this.subscribe();
  }

  hostDisconnected() {
    this.connected = false;
    for (const stop of this.unsubscribe.splice(0)) stop();
  }

  private subscribe() {
    for (const stop of this.unsubscribe.splice(0)) stop();
    this.unsubscribe = this.stores.map((store) => store.listen(() => this.host.requestUpdate()));
    this.host.requestUpdate();
  }
}
