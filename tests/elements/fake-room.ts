// The room, played by a test over a fake WebSocket: for element tests that need the states a real
// room puts the widget in (the server's own behaviour is tested against a real partykit dev in tests/server).
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CsWidget } from '../../elements/widget/widget.js';
import type { ChatMessage, ServerMessage } from '../../src/protocol/messages.js';

/**
 * A WebSocket the test plays the room on: records what the widget sends, delivers frames on demand.
 * Installed as `window.WebSocket`, which partysocket uses when it connects.
 */
export class FakeSocket extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static opened: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  binaryType = 'blob';
  readonly sent: Record<string, unknown>[] = [];

  constructor(readonly url: string) {
    super();
    FakeSocket.opened.push(this);
  }

  send(data: string) {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }

  close() {
    this.readyState = FakeSocket.CLOSED;
  }

  accept() {
    this.readyState = FakeSocket.OPEN;
    this.dispatchEvent(new Event('open'));
  }

  deliver(frame: ServerMessage) {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(frame) }));
  }

  /** The connection drops (a network loss): partysocket starts reconnecting. */
  drop() {
    this.readyState = FakeSocket.CLOSED;
    this.dispatchEvent(new CloseEvent('close', { code: 1006 }));
  }

  /** The `read/mark` seqs sent so far. */
  get readMarks() {
    return this.sent.filter((m) => m.type === 'read/mark').map((m) => m.seq);
  }
}

export const text = (seq: number, role: 'visitor' | 'agent', body = `message ${seq}`): ChatMessage => ({
  id: `message-${seq}`,
  seq,
  role,
  body,
  sentAt: 1000 + seq,
  ...(role === 'agent' ? { name: 'Alice' } : {}),
});

/** A widget resuming a stored conversation over a FakeSocket the room has accepted. */
export async function connectedWidget(template: TemplateResult = html`<cs-widget server="127.0.0.1:9" site="test" open></cs-widget>`) {
  const grant = { conversationId: 'conversation-1', token: 'token-0123456789abcdef' };
  localStorage.setItem('cs-widget:v1:test', JSON.stringify({ grant, outbox: [] }));
  const wrapper = await fixture(html`<div>${template}</div>`);
  const el = wrapper.querySelector<CsWidget>('cs-widget')!;
  await waitUntil(() => FakeSocket.opened.length === 1, 'the widget should open its conversation socket');
  const socket = FakeSocket.opened[0]!;
  socket.accept();
  await el.updateComplete;
  return { el, socket };
}

/** Installs FakeSocket as `window.WebSocket` around each test of the calling `describe`. */
export function useFakeSockets() {
  const RealWebSocket = window.WebSocket;
  beforeEach(() => {
    FakeSocket.opened = [];
    window.WebSocket = FakeSocket as unknown as typeof WebSocket;
  });
  afterEach(() => {
    window.WebSocket = RealWebSocket;
  });
}
