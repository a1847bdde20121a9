export { ReadAloudButton } from './read-aloud-button';
export { pickLocalVoice, voiceSpeaks, type SpeechLang } from './voices';
