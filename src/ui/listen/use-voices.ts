import { useEffect, useState } from 'preact/hooks';

// The browser's voices; Chromium fills the list after the page loads and says so with
// `voiceschanged`.

export function useVoices(synth: SpeechSynthesis | undefined): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth?.getVoices() ?? []);
  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [synth]);
  return voices;
}
