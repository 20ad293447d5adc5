import type { TriageRules } from './types.js';

/** Emoji and emoticons, read in every message whatever its language. */
export const rules: TriageRules = {
  lang: 'und',
  scripts: [],
  match: 'chars',
  cues: {
    anger: ['😡', '🤬', '😠', '😤', '🖕'],
    sarcasm: ['🙄', '🙃'],
    negative: ['😭', '😢', '😞', '😔', '🤦', '💔', '😨', '😩', '😫', '☹', '🙁', '😒', '😟', ':(', ':-(', 'ㅠㅠ', 'ㅜㅜ'],
    // Clapping or a thumbs-up next to a delay or silence is sarcasm.
    servicePraise: ['👏', '👍', '🙂'],
    praise: ['😍', '🥰', '❤', '💙', '💚', '💜', '💕', '🌹', '⭐'],
  },
};
