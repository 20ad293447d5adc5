import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Availability } from '../../src/protocol/wait.ts';
import { createConversation } from '../../src/stores/conversation.ts';

const closed: Availability = { open: false, agentsOnline: 0, changesAt: 1_800_000_000_000, timeZone: 'Asia/Tokyo', language: 'en' };
const open: Availability = { open: true, agentsOnline: 2, changesAt: null, timeZone: 'Asia/Tokyo', language: 'en' };

test('availability fetched before a conversation fills the wait store until the room speaks; then the room wins', () => {
  const conversation = createConversation();
  assert.equal(conversation.$wait.get(), null);
  conversation.setAvailability(closed);
  assert.deepEqual(conversation.$wait.get(), { estimate: null, availability: closed });
  conversation.setAvailability(open); // refetched when it flipped
  assert.deepEqual(conversation.$wait.get(), { estimate: null, availability: open });

  const estimate = { kind: 'open', ahead: 0, lowMinutes: 1, highMinutes: 4, basis: 'target' } as const;
  conversation.receive({ type: 'wait/updated', estimate, availability: open });
  // A fetch answered late (or a refetch) changes nothing once the room told the wait.
  conversation.setAvailability(closed);
  assert.deepEqual(conversation.$wait.get(), { estimate, availability: open });
  conversation.receive({ type: 'wait/updated', estimate: null, availability: closed });
  assert.deepEqual(conversation.$wait.get(), { estimate: null, availability: closed });
});
